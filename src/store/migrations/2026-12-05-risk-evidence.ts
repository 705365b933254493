// Migration 2026-12-05 (frozen — never edit; add a new dated file instead): the self-report's fusion weight, why a
// level is `unclear` (or a caveat on the level given), and whether the journal used safety language (help is then shown
// whatever the level).
import type { Kysely } from 'kysely';

/** Adds weight_self_report, unclear_reason, level_note and safety_language to assessments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').addColumn('weight_self_report', 'double precision', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('assessments').addColumn('unclear_reason', 'text').execute();
  await db.schema.alterTable('assessments').addColumn('level_note', 'text').execute();
  await db.schema.alterTable('assessments').addColumn('safety_language', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

/** Drops the three columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['safety_language', 'level_note', 'unclear_reason', 'weight_self_report']) {
    await db.schema.alterTable('assessments').dropColumn(column).execute();
  }
}
