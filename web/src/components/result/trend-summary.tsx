// The trend over recent check-ins in one line (or that there are not enough yet).
import type { Trend } from '../../../../src/trend/types.ts';
import { trendWords } from '../../lib/format.ts';

const ARROWS: Record<Trend['direction'], string> = { improving: '↘', stable: '→', worsening: '↗', insufficient_history: '…' };

/** The trend line with an arrow (decorative) and words. */
export function TrendSummary({ trend, minSteps }: { trend: Trend; minSteps?: number }) {
  return (
    <p className={`trend trend-${trend.direction}`}>
      <span aria-hidden="true">{ARROWS[trend.direction]} </span>
      Trend: {trendWords(trend, minSteps)}
    </p>
  );
}
