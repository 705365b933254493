// Reads the stored history a trend as of some check-in needs, and computes trends as of stored check-ins: the trend of
// a check-in covers the check-ins up to it (by time, ties by id) within its window of local days.
import type { Kysely } from 'kysely';
import { historySince } from '../store/history.ts';
import type { StoredAssessment } from '../store/record.ts';
import type { Database } from '../store/types.ts';
import type { TrendOutcome, TrendSettings } from '../trend/infer.ts';
import type { TrendComputer } from './deps.ts';
import type { TrendCheckIn } from '../trend/types.ts';

const MS_PER_DAY = 86_400_000;

/** An instant early enough that every check-in of a window ending at `at` is later (a day of margin for zones). */
export function windowFrom(at: string, windowDays: number): string {
  return new Date(Date.parse(at) - (windowDays + 1) * MS_PER_DAY).toISOString();
}

/** Stored check-ins from the start of the window of `at` onwards, oldest first (ties by id). */
export async function historyAround(db: Kysely<Database>, profileId: string, at: string, settings: TrendSettings): Promise<StoredAssessment[]> {
  return historySince(db, profileId, windowFrom(at, settings.windowDays));
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
