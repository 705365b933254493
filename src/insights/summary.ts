// The insights a person sees: hidden until enough days have a clear check-in, then the associations of stress, energy
// and work hours with the risk estimate and the weekday pattern, each in plain words with n — associations, not causes.
import type { TrendCheckIn } from '../trend/types.ts';
import { association, insightDays, weekdayMeans, type Association, type WeekdayMean } from './associations.ts';

/** The caution every insight carries. */
export const ASSOCIATION_NOT_CAUSE =
  'These are associations in your own check-ins, not causes: many things change together, and the risk estimate is not a diagnosis.';

/** What GET /api/insights returns. */
export interface Insights {
  /** False until `minDays` days have a clear check-in; then nothing else is computed. */
  available: boolean;
  days: number;
  minDays: number;
  associations: Association[];
  weekdays: WeekdayMean[];
  /** The weekday pattern in words, or null when too few days fall on each weekday. */
  weekdaySentence: string | null;
  caution: string;
}

/** Settings: the time zone of the local days and the minimums (config insights.minDays / minPairs). */
export interface InsightSettings {
  timeZone: string;
  minDays: number;
  minPairs: number;
}

/** The insights of a history (any order; `unclear` check-ins are left out). */
export function insightsFor(history: readonly TrendCheckIn[], s: InsightSettings): Insights {
  const days = insightDays(history, s.timeZone);
  const base = { days: days.length, minDays: s.minDays, caution: ASSOCIATION_NOT_CAUSE };
  if (days.length < s.minDays) return { ...base, available: false, associations: [], weekdays: [], weekdaySentence: null };
  const weekdays = weekdayMeans(days);
  return {
    ...base,
    available: true,
    associations: (['stress', 'energy', 'work'] as const).map((v) => association(days, v, s.minPairs)),
    weekdays,
    weekdaySentence: weekdaySentence(weekdays),
  };
}

/** "Your risk estimate was highest on Mondays (62 of 100, n = 4 days) and lowest on Saturdays (…)", or null. */
export function weekdaySentence(weekdays: readonly WeekdayMean[]): string | null {
  const usable = weekdays.filter((w) => w.n >= 2 && w.meanRisk !== null);
  if (usable.length < 2) return null;
  const sorted = [...usable].sort((a, b) => (b.meanRisk as number) - (a.meanRisk as number));
  const hi = sorted[0] as WeekdayMean;
  const lo = sorted[sorted.length - 1] as WeekdayMean;
  const score = (w: WeekdayMean) => `${Math.round((w.meanRisk as number) * 100)} of 100, n = ${w.n} days`;
  if ((hi.meanRisk as number) - (lo.meanRisk as number) < 0.1) {
    return `Your risk estimate was about the same on every weekday with at least 2 check-in days (${usable.length} weekdays compared).`;
  }
  return `Your risk estimate was highest on ${hi.weekday}s (${score(hi)}) and lowest on ${lo.weekday}s (${score(lo)}), on a scale from 0 (Low) to 100 (High).`;
}
