// Migration 2026-12-07 (frozen — never edit; add a new dated file instead): the questionnaire beside the model and the
// personal baseline — a table of answered Copenhagen Burnout Inventories (answers, scale scores, bands) and, per
// check-in, how it compared with the person's baseline.
import type { Kysely } from 'kysely';

/** Creates questionnaires (with an index by profile and time) and adds assessments.baseline_json. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const float = 'double precision';
  await db.schema.createTable('questionnaires')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profile_id', 'text', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('framing', 'text', (c) => c.notNull())
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .addColumn('personal', float)
    .addColumn('work', float)
    .addColumn('client', float)
    .addColumn('personal_band', 'text')
    .addColumn('work_band', 'text')
    .addColumn('client_band', 'text')
    .execute();
  await db.schema.createIndex('questionnaires_profile_at').on('questionnaires').columns(['profile_id', 'at', 'id']).execute();
  await db.schema.alterTable('assessments').addColumn('baseline_json', 'text').execute();
}

/** Drops the column and the table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').dropColumn('baseline_json').execute();
  await db.schema.dropTable('questionnaires').execute();
}
