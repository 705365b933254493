// The trend over recent check-ins in one line (or that there are not enough yet).
import { HowGoodLink } from '../models/how-good-link.tsx';
import type { Trend } from '../../../../src/trend/types.ts';
import { trendWords } from '../../lib/format.ts';

const BADGES: Record<Trend['direction'], string> = {
  improving: 'getting better',
  stable: 'steady',
  worsening: 'getting worse',
  insufficient_history: 'no trend yet',
};

/** The trend line: a short badge and the full sentence. */
export function TrendSummary({ trend, minSteps }: { trend: Trend; minSteps?: number }) {
  return (
    <p className={`trend trend-${trend.direction}`} data-testid="trend">
      <span>Trend:</span>
      {trend.direction !== 'insufficient_history' && <span className="trend-badge">{BADGES[trend.direction]}</span>}
      <span>{trendWords(trend, minSteps)}</span>
      <HowGoodLink part="trend" />
    </p>
  );
}
