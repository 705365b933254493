// A process's job worker: graphile-worker takes check-in jobs (one per profile at a time, LISTEN/NOTIFY for new ones)
// and hands each to runCheckInJob on this process's analysis pool. The worker registers itself as alive, and sweeps
// for jobs of dead workers every jobs.sweepIntervalSec. Used by `burnout worker` and by `burnout serve` on PostgreSQL.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { makeWorkerUtils, run, type Runner, type Task, type WorkerEvents } from 'graphile-worker';
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import type { AnalysisPool } from '../pool/analysis-pool.ts';
import type { Database } from '../store/types.ts';
import type { TrendModel } from '../trend/load.ts';
import { registerWorker, type Registration } from './liveness.ts';
import { CHECK_IN_TASK, migrateQueue, quietLogger } from './queue.ts';
import { runCheckInJob } from './run-check-in.ts';
import { sweep, type SweepReport } from './sweeper.ts';

/** What the worker runs on. */
export interface JobWorkerOptions {
  db: Kysely<Database>;
  config: Readonly<Config>;
  pool: AnalysisPool;
  trendModel: TrendModel | null;
  /** Called when the worker can no longer prove it is alive (its liveness connection failed): stop the process. */
  onLost(e: unknown): void;
  /** Called after each sweep that did something (the CLI prints it). */
  onSweep?(r: SweepReport): void;
  actor?: string;
}

/** A running job worker. */
export interface JobWorker {
  /** graphile-worker's pool id (what job rows show in locked_by). */
  readonly id: string;
  /** Jobs taken at once: the pool's threads + 1, so a thread never idles while a finished check-in is being stored. */
  readonly concurrency: number;
  /** Stops taking jobs, lets running ones finish, unregisters. */
  stop(): Promise<void>;
}

/** Starts taking check-in jobs. */
export async function startJobWorker(o: JobWorkerOptions): Promise<JobWorker> {
  const url = o.config.store.databaseUrl;
  if (!url) throw new BurnoutError('CONFIG_INVALID', 'a job worker needs PostgreSQL (store.databaseUrl or DATABASE_URL)');
  const schema = o.config.jobs.schema;
  await migrateQueue(url, schema);
  const concurrency = o.pool.stats().workers + 1;
  const pgPool = new pg.Pool({ connectionString: url, max: concurrency + 3 });
  // An idle client losing its connection must not crash the process (graphile-worker reconnects its LISTEN client).
  pgPool.on('error', () => {});
  pgPool.on('connect', (client) => { client.on('error', () => {}); });
  const deps = { db: o.db, config: o.config, pool: o.pool, trendModel: o.trendModel, actor: o.actor ?? 'worker' };
  const task: Task = async (payload, helpers) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    await runCheckInJob(deps, id, { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
  };
  const events: WorkerEvents = new EventEmitter();
  let poolId = '';
  events.on('pool:create', ({ workerPool }) => { poolId = workerPool.id; });
  const runner: Runner = await run({
    pgPool, schema, concurrency, noHandleSignals: true, pollInterval: o.config.jobs.pollIntervalMs,
    taskList: { [CHECK_IN_TASK]: task }, events, logger: quietLogger(),
  });
  let registration: Registration;
  try {
    registration = await registerWorker(o.db, url, poolId, concurrency, o.onLost);
  } catch (e) {
    await runner.stop();
    await pgPool.end();
    throw e;
  }
  const utils = await makeWorkerUtils({ pgPool, schema, logger: quietLogger() });
  let sweeping = false;
  let sweeps = 0;
  const runSweep = () => {
    if (sweeping) return;
    sweeping = true;
    void (async () => {
      const r = await sweep(o.db, o.config, poolId);
      if (r.released.length || r.exhausted || r.purged) o.onSweep?.(r);
      // Named queues of profiles with no job left are deleted now and then (graphile-worker's own clean-up).
      if (++sweeps % 60 === 0) await utils.cleanup({ tasks: ['GC_JOB_QUEUES'] });
    })().catch((e: unknown) => console.error(`jobs: sweep failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => { sweeping = false; });
  };
  // At once (a restarted worker frees what its previous life held), then every sweepIntervalSec.
  runSweep();
  const timer = setInterval(runSweep, o.config.jobs.sweepIntervalSec * 1000);
  timer.unref();
  return {
    id: poolId,
    concurrency,
    async stop() {
      clearInterval(timer);
      await runner.stop();
      await registration.close();
      await utils.release();
      await pgPool.end();
    },
  };
}
