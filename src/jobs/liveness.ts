// Which workers are alive: each worker process holds a session advisory lock on its own connection for as long as it
// runs, and lists its graphile-worker pool id with that lock's key in job_workers. PostgreSQL releases the lock the
// moment the process dies (SIGKILL, power cut, lost network), so "can I take its lock?" is an exact death test.
import { hostname } from 'node:os';
import { randomInt } from 'node:crypto';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { nowIso } from '../store/ids.ts';
import type { Database } from '../store/types.ts';
import { JOB_LOCK_SPACE } from './queue.ts';

/** A live worker's registration. */
export interface Registration {
  lockKey: number;
  /** Removes the registration and releases the lock (a clean stop). */
  close(): Promise<void>;
}

/**
 * Takes a fresh liveness lock on a dedicated connection, then registers `poolId` under it. `onLost` is called when that
 * connection fails: the process can no longer prove it is alive, and others will re-run its jobs — it should stop.
 */
export async function registerWorker(db: Kysely<Database>, url: string, poolId: string, threads: number, onLost: (e: unknown) => void): Promise<Registration> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let lockKey = 0;
  for (let i = 0; i < 20 && lockKey === 0; i++) {
    const key = randomInt(1, 2 ** 31 - 1);
    const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1, $2) as ok', [JOB_LOCK_SPACE, key]);
    if (got.rows[0]?.ok) lockKey = key;
  }
  if (lockKey === 0) throw new Error('could not take a liveness lock');
  let closing = false;
  const lost = (e: unknown) => { if (!closing) onLost(e); };
  client.on('error', lost);
  client.on('end', () => lost(new Error('the liveness connection closed')));
  await db.insertInto('job_workers').values({
    id: poolId, lock_key: lockKey, host: hostname(), pid: process.pid, threads, started_at: nowIso(),
  }).execute();
  return {
    lockKey,
    async close() {
      closing = true;
      await db.deleteFrom('job_workers').where('id', '=', poolId).execute().catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** Registered pools whose process is gone (their liveness lock is free), other than `selfId`. */
export async function deadWorkers(db: Kysely<Database>, selfId: string): Promise<string[]> {
  const rows = await db.selectFrom('job_workers').select(['id', 'lock_key']).where('id', '<>', selfId).execute();
  const dead: string[] = [];
  for (const r of rows) {
    // Take and give back in one statement (one session): true only when nobody holds it.
    const res = await sql<{ dead: boolean }>`select case when pg_try_advisory_lock(${JOB_LOCK_SPACE}, ${r.lock_key}::int)
        then pg_advisory_unlock(${JOB_LOCK_SPACE}, ${r.lock_key}::int) else false end as dead`.execute(db);
    if (res.rows[0]?.dead) dead.push(r.id);
  }
  return dead;
}
