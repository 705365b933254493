// Reads the stored history a trend as of some check-in needs, and computes trends as of stored check-ins: the trend of
// a check-in covers the check-ins up to it (by time, ties by id) within its window of local days.
import type { Kysely } from 'kysely';
import { trendHistorySince, type HistoryCheckIn } from '../store/history.ts';
import type { Database } from '../store/types.ts';
import type { TrendOutcome, TrendSettings } from '../trend/infer.ts';
import type { TrendComputer } from './deps.ts';
import type { TrendCheckIn } from '../trend/types.ts';

const MS_PER_DAY = 86_400_000;

/** An instant early enough that every check-in of a window ending at `at` is later (a day of margin for zones). */
export function windowFrom(at: string, windowDays: number): string {
  return new Date(Date.parse(at) - (windowDays + 1) * MS_PER_DAY).toISOString();
}

/** Stored check-ins (as the trend reads them) from the start of the window of `at` onwards, oldest first (ties by id). */
export async function historyAround(db: Kysely<Database>, profileId: string, at: string, settings: TrendSettings): Promise<HistoryCheckIn[]> {
  return trendHistorySince(db, profileId, windowFrom(at, settings.windowDays));
}

/**
 * The part of `history` (read by historyAround for an earlier or equal time, so it holds everything later) that
 * historyAround would read for `at`: a write reads its window once and serves its later steps from it.
 */
export function narrowToWindow<T extends { at: string }>(history: readonly T[], at: string, settings: TrendSettings): T[] {
  const from = windowFrom(at, settings.windowDays);
  return history.filter((c) => c.at >= from);
}

/** The latest of `history` by time, then id (null when empty). */
export function latestOf<T extends { at: string; id: string }>(history: readonly T[]): T | null {
  let latest: T | null = null;
  for (const c of history) if (!latest || notAfter(latest, c)) latest = c;
  return latest;
}

/** Whether check-in `a` comes at or before `b` (time, then id: ids are time-ordered UUIDv7). */
export function notAfter(a: { at: string; id: string }, b: { at: string; id: string }): boolean {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  return ta < tb || (ta === tb && a.id <= b.id);
}

/** The trend as of `target`: over the check-ins of `history` up to and including it. Null without a trend computer. */
export async function trendAsOf(trends: TrendComputer | null, history: ReadonlyArray<TrendCheckIn & { id: string }>, target: { at: string; id: string }, settings: TrendSettings): Promise<TrendOutcome | null> {
  if (!trends) return null;
  return trends(history.filter((c) => notAfter(c, target)), settings);
}
