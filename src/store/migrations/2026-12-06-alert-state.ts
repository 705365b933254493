// Migration 2026-12-06 (frozen — never edit; add a new dated file instead): alerts that update and resolve.
// At most one open (unresolved) alert per rule per profile: it counts the check-ins that met the rule and when it was
// last seen, and is resolved when the rule stops holding (DESIGN §5).
import { sql, type Kysely } from 'kysely';

/**
 * Adds occurrences, last_seen_at, last_assessment_id and resolved_at to alerts. Older duplicates of a rule (one
 * alert per matching check-in, the old behaviour) are resolved at the time of the newest one, which stays open;
 * a partial unique index then keeps one open alert per (profile, rule).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alerts').addColumn('occurrences', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('alerts').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('alerts')
    .addColumn('last_assessment_id', 'text', (c) => c.references('assessments.id').onDelete('set null')).execute();
  await db.schema.alterTable('alerts').addColumn('resolved_at', 'text').execute();
  await sql`update alerts set last_seen_at = at, last_assessment_id = assessment_id`.execute(db);
  await sql`update alerts set resolved_at = (
      select max(newer.at) from alerts newer
      where newer.profile_id = alerts.profile_id and newer.rule = alerts.rule
        and (newer.at > alerts.at or (newer.at = alerts.at and newer.id > alerts.id)))
    where exists (
      select 1 from alerts newer
      where newer.profile_id = alerts.profile_id and newer.rule = alerts.rule
        and (newer.at > alerts.at or (newer.at = alerts.at and newer.id > alerts.id)))`.execute(db);
  await db.schema.createIndex('alerts_one_open_per_rule').on('alerts').columns(['profile_id', 'rule']).unique()
    .where(sql.ref('resolved_at'), 'is', null).execute();
  await db.schema.createIndex('alerts_last_assessment').on('alerts').column('last_assessment_id').execute();
}

/** Drops the indexes and the four columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('alerts_last_assessment').execute();
  await db.schema.dropIndex('alerts_one_open_per_rule').execute();
  for (const column of ['resolved_at', 'last_assessment_id', 'last_seen_at', 'occurrences']) {
    await db.schema.alterTable('alerts').dropColumn(column).execute();
  }
}
