// Migration 2026-12-10 (frozen — never edit; add a new dated file instead): per check-in, the modalities as the trend
// reads them (status and emotions only, a few hundred bytes), so that a write that reads its 14-day window does not
// read and parse every check-in's whole result. Rows from before it have NULL and are read from modalities_json.
import type { Kysely } from 'kysely';

/** Adds assessments.trend_modalities_json. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').addColumn('trend_modalities_json', 'text').execute();
}

/** Drops the column. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').dropColumn('trend_modalities_json').execute();
}
