// `burnout worker`: an inference worker for several-machine set-ups. It loads the models in its analysis threads and
// takes check-in jobs from PostgreSQL (DATABASE_URL) until stopped; run as many as the machines allow (docs/deploy.md).
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { BurnoutError } from '../../errors.ts';
import { startModelHost } from '../../server/model-host.ts';
import { openStore } from '../../store/open.ts';
import { startWorkerWhenReady } from '../job-worker.ts';

interface WorkerOptions {
  threads?: string;
}

/** Registers `burnout worker`. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take check-in jobs from PostgreSQL and analyse them (models load in this process); see docs/deploy.md')
    .option('--threads <n>', 'analysis threads, each with its own models (default: server.analysisWorkers; 0 = automatic)')
    .action(async (opts: WorkerOptions) => {
      const loaded = loadConfig();
      if (!loaded.store.databaseUrl) {
        throw new BurnoutError('CONFIG_INVALID', 'burnout worker needs PostgreSQL: set DATABASE_URL (or store.databaseUrl)', {
          hint: 'with SQLite, `burnout serve` analyses check-ins itself',
        });
      }
      const threads = opts.threads === undefined ? loaded.server.analysisWorkers : parseThreads(opts.threads);
      const config = { ...loaded, server: { ...loaded.server, analysisWorkers: threads } };
      const store = await openStore(config.store);
      console.log(`store: ${store.dialect} at ${store.location}`);
      const models = startModelHost(config);
      console.log('models: loading…');
      const worker = await startWorkerWhenReady(config, store, models, 'worker').catch(async (e: unknown) => {
        await models.dispose();
        await store.close();
        throw e;
      });
      const stop = async () => {
        await worker.stop();
        await models.dispose();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}

function parseThreads(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 32) throw new BurnoutError('INPUT_INVALID', `--threads must be an integer from 0 to 32 (got ${text})`);
  return n;
}
