// The profile's trend now: as of its latest check-in, so that it equals that check-in's stored trend and the alert
// that quotes it — one value everywhere (History, result page, alert).
import { latestCheckIn } from '../store/history.ts';
import type { TrendOutcome, TrendSettings } from '../trend/infer.ts';
import type { Trend } from '../trend/types.ts';
import { profileSettings, trendsOf, type DiaryDeps } from './deps.ts';
import { historyAround, trendAsOf } from './history-window.ts';

/** The current trend, its probabilities and days, the settings used, and the latest check-in's time. */
export interface CurrentTrend {
  trend: Trend;
  probabilities: TrendOutcome['probabilities'];
  /** The local days the trend read (oldest first). */
  days: string[];
  settings: TrendSettings;
  /** Time of the latest check-in (the trend is as of it), or null without check-ins. */
  asOf: string | null;
  /** Whether a trend model is loaded. */
  available: boolean;
}

/** Computes the trend as of the profile's latest check-in (its stored trend when no model is loaded). */
export async function currentTrend(deps: DiaryDeps, profileId: string): Promise<CurrentTrend> {
  const settings = await profileSettings(deps.db, deps.config, profileId);
  const latest = await latestCheckIn(deps.db, profileId);
  const none: Trend = { direction: 'insufficient_history', confidence: null, steps: 0 };
  const base = { settings, asOf: latest?.at ?? null, available: deps.trendModel !== null };
  if (!latest) return { ...base, trend: none, probabilities: null, days: [] };
  const outcome = await trendAsOf(trendsOf(deps), await historyAround(deps.db, profileId, latest.at, settings), latest, settings);
  if (!outcome) return { ...base, trend: latest.trend ?? none, probabilities: null, days: [] };
  return { ...base, trend: outcome.trend, probabilities: outcome.probabilities, days: outcome.days };
}
