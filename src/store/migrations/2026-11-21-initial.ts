// Migration 2026-11-21 (frozen — never edit; add a new dated file instead): the initial schema.
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../types.ts';

/** Creates profiles, assessments, alerts, consents, media and audit_log with their indexes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  const float = 'double precision';
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  await db.schema.createTable('profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  let t = db.schema.createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profile_id', 'text', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('risk_level', 'text', (c) => c.notNull())
    .addColumn('prob_low', float, (c) => c.notNull())
    .addColumn('prob_moderate', float, (c) => c.notNull())
    .addColumn('prob_high', float, (c) => c.notNull())
    .addColumn('confidence', float, (c) => c.notNull())
    .addColumn('uncertainty', float, (c) => c.notNull())
    .addColumn('reliable', 'integer', (c) => c.notNull())
    .addColumn('weight_text', float, (c) => c.notNull())
    .addColumn('weight_voice', float, (c) => c.notNull())
    .addColumn('weight_face', float, (c) => c.notNull());
  for (const m of ['text', 'voice', 'face']) t = t.addColumn(`${m}_status`, 'text', (c) => c.notNull());
  for (const m of ['text', 'voice', 'face']) t = t.addColumn(`${m}_engine`, 'text').addColumn(`${m}_model`, 'text');
  await t
    .addColumn('fusion_model', 'text')
    .addColumn('modalities_json', 'text', (c) => c.notNull())
    .addColumn('energy', float)
    .addColumn('stress', float)
    .addColumn('work', float)
    .addColumn('trend_direction', 'text')
    .addColumn('trend_confidence', float)
    .addColumn('trend_steps', 'integer')
    .addColumn('explanation_json', 'text', (c) => c.notNull())
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('help_json', 'text')
    .addColumn('journal_text', 'text')
    .execute();
  await db.schema.createIndex('assessments_profile_at').on('assessments').columns(['profile_id', 'at', 'id']).execute();

  await db.schema.createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profile_id', 'text', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('resources_json', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema.createIndex('alerts_profile_at').on('alerts').columns(['profile_id', 'at']).execute();
  await db.schema.createIndex('alerts_assessment').on('alerts').column('assessment_id').execute();

  await db.schema.createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profile_id', 'text', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.references('assessments.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consents_profile').on('consents').column('profile_id').execute();

  await db.schema.createTable('media')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profile_id', 'text', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', blob, (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_profile').on('media').column('profile_id').execute();
  await db.schema.createIndex('media_assessment').on('media').column('assessment_id').execute();

  await db.schema.createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('profile_id', 'text')
    .addColumn('target_id', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_profile').on('audit_log').column('profile_id').execute();
}

/** Drops everything the up step created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_log', 'media', 'consents', 'alerts', 'assessments', 'profiles']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
