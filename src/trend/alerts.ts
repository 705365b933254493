// Escalation rules (pure): turn a history and its trend into alerts with a reason in plain words and where to seek help.
import type { Config } from '../config/schema.ts';
import type { AssessedLevel } from '../fusion/types.ts';
import { HELP_RESOURCES } from '../notice.ts';
import { sortByTime } from './days.ts';
import type { Alert, Trend, TrendCheckIn } from './types.ts';
import { confidencePercent, daysWord } from './words.ts';

/** Rule ids (stable: the store and the dashboard key on them). */
export const ALERT_RULES = {
  /** High and reliable in K of the last N check-ins. */
  repeatedHigh: 'repeated-high-risk',
  /** Worsening trend with enough confidence while the latest risk is at least Moderate. */
  worsening: 'worsening-trend',
} as const;

type AlertConfig = Pick<Config['trend'], 'highRiskCount' | 'highRiskWindow' | 'worseningMinConfidence'>;

const LEVEL_WORDS: Record<AssessedLevel, string> = { low: 'Low', moderate: 'Moderate', high: 'High', unclear: 'unclear' };

/**
 * Every escalation rule that fires for this history (any order; sorted by `at`) and its trend, as of the latest
 * check-in. `unclear` check-ins carry no estimate and are left out (as in the trend). Thresholds come from
 * `config.trend`. Returns [] when nothing fires.
 */
export function evaluateAlerts(history: readonly TrendCheckIn[], trend: Trend, config: { trend: AlertConfig }): Alert[] {
  const sorted = sortByTime(history).filter((c) => c.risk.level !== 'unclear');
  return [repeatedHigh(sorted, config.trend), worseningTrend(sorted, trend, config.trend)].filter((a): a is Alert => a !== null);
}

/** "High and reliable in K of the last N check-ins" (needs at least K check-ins). */
export function repeatedHigh(sorted: readonly TrendCheckIn[], c: Pick<AlertConfig, 'highRiskCount' | 'highRiskWindow'>): Alert | null {
  const window = sorted.slice(-c.highRiskWindow);
  const count = window.filter((x) => x.risk.level === 'high' && x.risk.reliable).length;
  if (count < c.highRiskCount) return null;
  return {
    rule: ALERT_RULES.repeatedHigh,
    reason: `Your burnout risk was High, with a reliable estimate, in ${count} of your last ${window.length} check-ins. ` +
      'That pattern is worth talking about with someone you trust or a professional.',
    resources: [...HELP_RESOURCES],
  };
}

/** "Worsening with confidence ≥ threshold while the latest risk is at least Moderate". */
export function worseningTrend(sorted: readonly TrendCheckIn[], trend: Trend, c: Pick<AlertConfig, 'worseningMinConfidence'>): Alert | null {
  const latest = sorted[sorted.length - 1];
  if (!latest || trend.direction !== 'worsening' || trend.confidence < c.worseningMinConfidence) return null;
  if (latest.risk.level === 'low') return null;
  return {
    rule: ALERT_RULES.worsening,
    reason: `Your last ${daysWord(trend.steps)} with a check-in show a worsening trend (confidence ${confidencePercent(trend.confidence)} %) ` +
      `and your latest risk is ${LEVEL_WORDS[latest.risk.level]}. Consider easing your load and talking to someone about it.`,
    resources: [...HELP_RESOURCES],
  };
}
