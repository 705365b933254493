// After a change to one day of the diary (a back-dated check-in, an edit, a deletion, an import), the stored trends of
// the later check-ins whose window holds that day are recomputed. Runs inside the caller's transaction.
import type { Kysely } from 'kysely';
import { updateTrends, type HistoryCheckIn } from '../store/history.ts';
import type { Database } from '../store/types.ts';
import { dayNumber, localDay } from '../trend/days.ts';
import type { TrendSettings } from '../trend/infer.ts';
import type { TrendComputer } from './deps.ts';
import type { Trend } from '../trend/types.ts';
import { historyAround, narrowToWindow, notAfter, trendAsOf } from './history-window.ts';

const MS_PER_DAY = 86_400_000;

/**
 * Recomputes the stored trend of every check-in after `changed` (time, then id) whose window of
 * `settings.windowDays` local days includes the changed day, and writes those that differ. Returns how many changed.
 * Check-ins in `opts.keep` are left as stored (an import restores their trends). `opts.history`, when given, is the
 * current history read by historyAround for `changed.at` or earlier (it is then not read again). Without a trend
 * model nothing is recomputed (stored trends stay as they are).
 */
export async function refreshLaterTrends(db: Kysely<Database>, trends: TrendComputer | null, profileId: string,
  changed: { at: string; id: string }, settings: TrendSettings,
  opts: { keep?: ReadonlySet<string>; history?: readonly HistoryCheckIn[] } = {}): Promise<number> {
  if (!trends) return 0;
  const keep = opts.keep ?? new Set<string>();
  const lastDay = dayNumber(localDay(changed.at, settings.timeZone)) + settings.windowDays - 1;
  const horizon = new Date(Date.parse(changed.at) + (settings.windowDays + 1) * MS_PER_DAY).toISOString();
  const read = opts.history ? narrowToWindow(opts.history, changed.at, settings) : await historyAround(db, profileId, changed.at, settings);
  const history = read.filter((c) => c.at <= horizon);
  if (!history.some((c) => !notAfter(c, changed))) return 0;
  const updates: Array<{ id: string; trend: Trend | null }> = [];
  for (const c of history) {
    if (keep.has(c.id) || notAfter(c, changed) || dayNumber(localDay(c.at, settings.timeZone)) > lastDay) continue;
    const trend = (await trendAsOf(trends, history, c, settings))?.trend ?? null;
    if (!sameTrend(trend, c.trend)) updates.push({ id: c.id, trend });
  }
  await updateTrends(db, updates);
  return updates.length;
}

function sameTrend(a: Trend | null, b: Trend | null): boolean {
  if (a === null || b === null) return a === b;
  return a.direction === b.direction && a.steps === b.steps && (a.confidence ?? -1) === (b.confidence ?? -1);
}
