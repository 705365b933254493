// The check-in history the trend reads (a time range, oldest first: only the columns it needs) and the trend columns
// it writes back.
import { sql, type Kysely } from 'kysely';
import type { Modality } from '../analysis/types.ts';
import { toTrendModalities } from '../trend/trend-modalities.ts';
import type { Trend, TrendCheckIn, TrendModality } from '../trend/types.ts';
import { fromAssessmentRow, riskOfRow, selfReportOfRow, trendColumns, trendOfRow, type StoredAssessment } from './record.ts';
import type { Database } from './types.ts';

/** One stored check-in as the trend and the alert rules read it: its id, time, risk, self-report, emotions and stored trend. */
export interface HistoryCheckIn extends TrendCheckIn {
  id: string;
  trend: Trend | null;
}

/** The profile's check-ins with `at` ≥ `fromAt` (and < `beforeAt` when given; ISO-8601 UTC), oldest first (ties by id), without their alerts. */
export async function historySince(db: Kysely<Database>, profileId: string, fromAt: string, beforeAt?: string): Promise<StoredAssessment[]> {
  let query = db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId).where('at', '>=', fromAt);
  if (beforeAt !== undefined) query = query.where('at', '<', beforeAt);
  const rows = await query.orderBy('at', 'asc').orderBy('id', 'asc').execute();
  return rows.map((r) => fromAssessmentRow(r));
}

/**
 * The profile's check-ins with `at` ≥ `fromAt`, oldest first (ties by id), as the trend reads them: the risk and
 * self-report columns and the modalities' status and emotions (from the small trend_modalities_json; rows from before
 * it have their full modalities_json read instead). A write reads its whole window, so this stays small.
 */
export async function trendHistorySince(db: Kysely<Database>, profileId: string, fromAt: string): Promise<HistoryCheckIn[]> {
  const rows = await db.selectFrom('assessments')
    .select([
      'id', 'at', 'risk_level', 'prob_low', 'prob_moderate', 'prob_high', 'confidence', 'uncertainty', 'reliable',
      'weight_text', 'weight_voice', 'weight_face', 'weight_self_report', 'unclear_reason', 'level_note',
      'energy', 'stress', 'work', 'trend_direction', 'trend_confidence', 'trend_steps',
      sql<string>`coalesce(trend_modalities_json, modalities_json)`.as('modalities'),
    ])
    .where('profile_id', '=', profileId).where('at', '>=', fromAt)
    .orderBy('at', 'asc').orderBy('id', 'asc').execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    risk: riskOfRow(r),
    modalities: toTrendModalities(JSON.parse(r.modalities) as Record<Modality, TrendModality>),
    selfReport: selfReportOfRow(r),
    trend: trendOfRow(r),
  }));
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
