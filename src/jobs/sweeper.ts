// The periodic housekeeping every worker does: release jobs held by workers that died (so the next worker re-runs
// them at once instead of graphile-worker's 4-hour lock timeout), end jobs whose every attempt was used up by crashes
// (failed, INTERNAL), and forget finished jobs older than jobs.retainHours.
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { finishJob, purgeFinishedJobs } from '../store/check-in-jobs.ts';
import type { Database } from '../store/types.ts';
import { deadWorkers } from './liveness.ts';
import { exhaustedEntries, forceUnlock, lockingPools, removeEntries } from './queue.ts';

/** What one sweep did. */
export interface SweepReport {
  /** Pools found dead whose locks were released. */
  released: string[];
  /** Jobs failed because every attempt was used up. */
  exhausted: number;
  /** Finished jobs forgotten. */
  purged: number;
}

/** A pool not in the registry that has held a job this long (s) is taken for dead (it died before registering). */
const UNREGISTERED_GRACE_SEC = 30;

/** Runs one sweep on behalf of the worker `selfId`. */
export async function sweep(db: Kysely<Database>, config: Readonly<Config>, selfId: string): Promise<SweepReport> {
  const schema = config.jobs.schema;
  const dead = await deadWorkers(db, selfId);
  const registered = new Set((await db.selectFrom('job_workers').select('id').execute()).map((r) => r.id));
  const unknown = (await lockingPools(db, schema, UNREGISTERED_GRACE_SEC)).filter((id) => !registered.has(id) && id !== selfId);
  const released = [...dead, ...unknown];
  await forceUnlock(db, schema, released);
  if (dead.length) await db.deleteFrom('job_workers').where('id', 'in', dead).execute();

  const spent = await exhaustedEntries(db, schema);
  let exhausted = 0;
  if (spent.length) {
    const jobs = await db.selectFrom('check_in_jobs').select(['id', 'attempts']).where('queue_job_id', 'in', spent).execute();
    for (const j of jobs) {
      const message = `the worker analysing this check-in stopped during each of its ${j.attempts} attempts`;
      if (await db.transaction().execute((trx) => finishJob(trx, j.id, { code: 'INTERNAL', message }))) exhausted += 1;
    }
    await removeEntries(db, schema, spent);
  }
  const before = new Date(Date.now() - config.jobs.retainHours * 3_600_000).toISOString();
  return { released, exhausted, purged: await purgeFinishedJobs(db, before) };
}
