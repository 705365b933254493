// The graphile-worker side of check-in jobs: its schema (migrated once, under the project's schema lock), the task
// name, one named queue per profile (so one check-in per profile runs at a time, across all workers), adding a queue
// entry inside our own transaction, and the admin calls the sweeper needs. Only this file knows graphile-worker's SQL API.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { makeWorkerUtils, Logger } from 'graphile-worker';
import { sql, type Kysely } from 'kysely';
import { PROJECT_LOCK_SPACE, underSchemaLock } from '../store/schema-lock.ts';
import type { Database } from '../store/types.ts';

/** graphile-worker's task identifier of a check-in job. */
export const CHECK_IN_TASK = 'check-in';

/** First key of the job machinery's two-key advisory locks: the project's lock space (second key 0 is the schema lock). */
export const JOB_LOCK_SPACE = PROJECT_LOCK_SPACE;

/**
 * The named queue of a profile: jobs in one queue run one at a time, in order. The profile id is hashed so that
 * graphile-worker's tables name no profile (an erased profile leaves nothing readable there).
 */
export function queueNameFor(profileId: string): string {
  return 'p:' + createHash('sha256').update(profileId).digest('hex').slice(0, 32);
}

/** Adds the queue entry of job `id` (payload: our job id only) in the caller's transaction; returns graphile's job id. */
export async function addQueueEntry(trx: Kysely<Database>, schema: string, id: string, profileId: string, maxAttempts: number): Promise<string> {
  const res = await sql<{ id: string }>`select id::text as id from ${sql.id(schema, 'add_job')}(
      identifier => ${CHECK_IN_TASK}, payload => json_build_object('id', ${id}::text),
      queue_name => ${queueNameFor(profileId)}, max_attempts => ${maxAttempts}::int)`.execute(trx);
  return res.rows[0]!.id;
}

/** A logger that keeps graphile-worker quiet except for warnings and errors (one line each, on stderr). */
export function quietLogger(): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') console.error(`jobs: ${message.split('\n')[0]}`);
  });
}

/**
 * Creates or updates graphile-worker's schema. Servers and workers all call it at start; the project's schema lock
 * makes them (and the store's migrations, which cannot run beside these) take turns.
 */
export async function migrateQueue(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await underSchemaLock((text) => client.query(text), async () => {
      const utils = await makeWorkerUtils({ connectionString: url, schema, logger: quietLogger() });
      try {
        await utils.migrate();
      } finally {
        await utils.release();
      }
    });
  } finally {
    await client.end().catch(() => {});
  }
}

/** Releases the jobs and queues locked by these graphile-worker pools (they died). */
export async function forceUnlock(db: Kysely<Database>, schema: string, poolIds: string[]): Promise<void> {
  if (poolIds.length) await sql`select ${sql.id(schema, 'force_unlock_workers')}(${poolIds}::text[])`.execute(db);
}

/** Pools holding a check-in job locked for longer than `seconds` (to compare with the registry of live workers). */
export async function lockingPools(db: Kysely<Database>, schema: string, seconds: number): Promise<string[]> {
  const res = await sql<{ locked_by: string }>`select distinct locked_by from ${sql.id(schema, 'jobs')}
      where task_identifier = ${CHECK_IN_TASK} and locked_by is not null
        and locked_at < now() - make_interval(secs => ${seconds})`.execute(db);
  return res.rows.map((r) => r.locked_by);
}

/** Queue entries that will never run again (every attempt used, e.g. by crashing workers): graphile ids. */
export async function exhaustedEntries(db: Kysely<Database>, schema: string): Promise<string[]> {
  const res = await sql<{ id: string }>`select id::text as id from ${sql.id(schema, 'jobs')}
      where task_identifier = ${CHECK_IN_TASK} and locked_at is null and attempts >= max_attempts`.execute(db);
  return res.rows.map((r) => r.id);
}

/** Deletes unlocked queue entries (graphile-worker's complete_jobs). */
export async function removeEntries(db: Kysely<Database>, schema: string, ids: string[]): Promise<void> {
  if (ids.length) await sql`select 1 from ${sql.id(schema, 'complete_jobs')}(${ids}::bigint[])`.execute(db);
}
