// Migration 2026-12-08 (frozen — never edit; add a new dated file instead): durable check-in jobs (issue 15).
// Our side of a job (request and media while it lives; state, error code and assessment id afterwards), the registry of
// live workers, and rate-limit counters shared by server replicas. graphile-worker creates its own schema itself.
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../types.ts';

/** Creates check_in_jobs, check_in_job_media, job_workers and rate_limits (unlogged on PostgreSQL). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  await db.schema.createTable('check_in_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profile_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('request_json', 'text')
    .addColumn('assessment_id', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('queue_job_id', 'text')
    .execute();
  await db.schema.createIndex('check_in_jobs_profile').on('check_in_jobs').column('profile_id').execute();
  await db.schema.createIndex('check_in_jobs_state').on('check_in_jobs').columns(['state', 'updated_at']).execute();
  // One assessment per job, enforced by the database too (a job can never be stored twice).
  await db.schema.createIndex('check_in_jobs_assessment').on('check_in_jobs').column('assessment_id').unique().execute();

  await db.schema.createTable('check_in_job_media')
    .addColumn('job_id', 'text', (c) => c.notNull().references('check_in_jobs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', blob, (c) => c.notNull())
    .addPrimaryKeyConstraint('check_in_job_media_pk', ['job_id', 'kind'])
    .execute();

  await db.schema.createTable('job_workers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lock_key', 'integer', (c) => c.notNull().unique())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('pid', 'integer', (c) => c.notNull())
    .addColumn('threads', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();

  // Counters are worth nothing after a crash: PostgreSQL keeps them out of its WAL (unlogged), which makes each hit cheap.
  if (dialect === 'postgres') {
    await sql`create unlogged table rate_limits (key text primary key, hits integer not null, reset_at bigint not null)`.execute(db);
  } else {
    await db.schema.createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .addColumn('reset_at', 'bigint', (c) => c.notNull())
      .execute();
  }
}

/** Drops the four tables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['rate_limits', 'job_workers', 'check_in_job_media', 'check_in_jobs']) await db.schema.dropTable(t).execute();
}
