// The check-in history the trend reads (a time range, oldest first) and the trend columns it writes back.
import type { Kysely } from 'kysely';
import type { Trend } from '../trend/types.ts';
import { fromAssessmentRow, trendColumns, type StoredAssessment } from './record.ts';
import type { Database } from './types.ts';

/** The profile's check-ins with `at` ≥ `fromAt` (and < `beforeAt` when given; ISO-8601 UTC), oldest first (ties by id), without their alerts. */
export async function historySince(db: Kysely<Database>, profileId: string, fromAt: string, beforeAt?: string): Promise<StoredAssessment[]> {
  let query = db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId).where('at', '>=', fromAt);
  if (beforeAt !== undefined) query = query.where('at', '<', beforeAt);
  const rows = await query.orderBy('at', 'asc').orderBy('id', 'asc').execute();
  return rows.map((r) => fromAssessmentRow(r));
}

/** The profile's latest check-in by time (ties by id), without alerts, or null when it has none. */
export async function latestCheckIn(db: Kysely<Database>, profileId: string): Promise<StoredAssessment | null> {
  const row = await db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId)
    .orderBy('at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? fromAssessmentRow(row) : null;
}

/** Writes recomputed trends (the caller drops cached list items afterwards). */
export async function updateTrends(db: Kysely<Database>, updates: ReadonlyArray<{ id: string; trend: Trend | null }>): Promise<void> {
  for (const u of updates) await db.updateTable('assessments').set(trendColumns(u.trend)).where('id', '=', u.id).execute();
}
