// Starts this process's job worker once its models are ready (`burnout worker`, and `burnout serve` with inference on
// PostgreSQL), printing what it does; a lost liveness connection ends the process (another worker re-runs its jobs).
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import { startJobWorker, type JobWorker } from '../jobs/worker-runner.ts';
import type { ModelHost } from '../server/model-host.ts';
import type { Store } from '../store/open.ts';

/** Waits for the models, then takes check-in jobs with their analysis pool. Throws when the models failed to load. */
export async function startWorkerWhenReady(config: Readonly<Config>, store: Store, models: ModelHost, actor: string): Promise<JobWorker> {
  await models.ready;
  if (models.state !== 'ready' || !models.analysis) {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the models did not load: ${models.error ?? 'unknown reason'}; this process takes no check-in jobs`);
  }
  const worker = await startJobWorker({
    db: store.db,
    config,
    pool: models.analysis,
    trendModel: models.trendModel,
    actor,
    onLost(e) {
      console.error(`worker: lost its liveness connection to PostgreSQL (${e instanceof Error ? e.message : String(e)}); stopping — other workers re-run its jobs`);
      process.exit(75);
    },
    onSweep(r) {
      const parts = [
        r.released.length ? `released the jobs of ${r.released.length} stopped worker(s)` : '',
        r.exhausted ? `failed ${r.exhausted} job(s) whose attempts were used up` : '',
        r.purged ? `forgot ${r.purged} finished job(s)` : '',
      ].filter(Boolean);
      console.log(`worker: ${parts.join('; ')}`);
    },
  });
  console.log(`worker ${worker.id}: taking check-in jobs (${models.analysis.stats().workers} analysis thread(s), up to ${worker.concurrency} at once)`);
  return worker;
}
