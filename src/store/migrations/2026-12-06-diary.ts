// Migration 2026-12-06 (frozen — never edit; add a new dated file instead): the diary — a free-text note per check-in
// (kept only with consent, like the journal) and a time zone per profile (its local days group check-ins).
import type { Kysely } from 'kysely';

/** Adds assessments.note and profiles.time_zone. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').addColumn('note', 'text').execute();
  await db.schema.alterTable('profiles').addColumn('time_zone', 'text').execute();
}

/** Drops the two columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('profiles').dropColumn('time_zone').execute();
  await db.schema.alterTable('assessments').dropColumn('note').execute();
}
