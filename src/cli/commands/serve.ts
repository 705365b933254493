// `burnout serve`: opens the store, loads the models once, and serves the API and the dashboard (loopback unless
// auth.mode local: then any address, behind TLS — docs/security.md).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { REPO_ROOT } from '../../config/paths.ts';
import { BurnoutError } from '../../errors.ts';
import { openStore } from '../../store/open.ts';
import { buildApp } from '../../server/app.ts';
import { startJobClient } from '../../jobs/job-client.ts';
import { startModelHost, trendOnlyModelHost, type ModelHost } from '../../server/model-host.ts';
import { startWorkerWhenReady } from '../job-worker.ts';
import { formatTable, NOTICE } from '../output.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  pull?: boolean;
  log?: boolean;
  /** False with --no-inference. */
  inference: boolean;
}

/** Registers `burnout serve`. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and the HTTP API (127.0.0.1:8080 by default)')
    .option('--port <port>', 'TCP port (default: server.port)')
    .option('--host <host>', 'address to bind (default: server.host; anything but loopback needs auth.mode local)')
    .option('--pull', 'download missing hub models before loading (needs internet)')
    .option('--log', 'log every request as JSON lines')
    .option('--no-inference', 'load no analysis models: separate `burnout worker` processes analyse check-ins (PostgreSQL)')
    .action(async (opts: ServeOptions) => {
      const config = loadConfig();
      const host = opts.host ?? config.server.host;
      const port = opts.port === undefined ? config.server.port : parsePort(opts.port);
      assertBindAllowed(host, config.auth.mode);
      if (!isLoopback(host) && !config.auth.tls) console.log(`warning: ${host} is not loopback and auth.tls is false: put a TLS proxy in front and set auth.tls: true (docs/security.md)`);
      const store = await openStore(config.store);
      console.log(`store: ${store.dialect} at ${store.location}`);
      // PostgreSQL: check-ins are durable jobs; this process takes them too unless --no-inference (docs/deploy.md).
      const useJobs = store.dialect === 'postgres' && config.jobs.enabled;
      if (!opts.inference && !useJobs) {
        await store.close();
        throw new BurnoutError('INPUT_INVALID', '--no-inference needs check-in jobs: PostgreSQL (DATABASE_URL) with jobs.enabled', {
          hint: 'with SQLite, serve analyses check-ins itself; drop --no-inference',
        });
      }
      const models = opts.inference ? startModelHost(config, { pull: opts.pull, onChange: printDownloads }) : trendOnlyModelHost(config);
      const jobs = useJobs ? await startJobClient(store.db, config) : null;
      const app = await buildApp({ config, store, models, jobs, webDist: resolve(REPO_ROOT, 'web', 'dist'), logger: opts.log ? { level: 'info' } : false });
      try {
        await app.listen({ host, port });
      } catch (e) {
        await store.close();
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new BurnoutError('INPUT_INVALID', `port ${port} on ${host} is already in use`, { hint: 'choose another with --port' });
        throw e;
      }
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
      console.log(`serving ${url}  (API docs: ${url}api/docs)`);
      console.log(NOTICE);
      console.log(opts.inference ? 'models: loading…' : 'models: none here (--no-inference); check-ins go to `burnout worker` processes');
      void models.ready.then(() => printModelStatus(models));
      const worker = useJobs && opts.inference ? startWorkerWhenReady(config, store, models, 'local-user') : null;
      worker?.catch((e: unknown) => console.error(`worker: ${e instanceof Error ? e.message : String(e)}`));
      const stop = async () => {
        await (await worker?.catch(() => null))?.stop();
        await app.close();
        await jobs?.close();
        await models.dispose();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}

/** Loopback addresses the server may bind to without authentication. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Refuses any non-loopback address unless accounts are on (auth.mode local): check-ins are personal data. */
export function assertBindAllowed(host: string, authMode: 'none' | 'local'): void {
  if (isLoopback(host) || authMode === 'local') return;
  throw new BurnoutError('INPUT_INVALID', `refusing to listen on ${host}: without accounts (auth.mode none) the server only binds to loopback (127.0.0.1, ::1, localhost)`, {
    hint: 'use --host 127.0.0.1 (an SSH tunnel reaches it from another device), or set auth.mode: local, add users with `burnout user add` and serve behind TLS',
  });
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new BurnoutError('INPUT_INVALID', `--port must be an integer from 0 to 65535 (got ${text})`);
  return n;
}

function printModelStatus(models: ModelHost): void {
  if (models.state === 'failed') console.log(`models: FAILED — ${models.error ?? 'unknown reason'} (check-ins are refused until this is fixed)`);
  else console.log('models: ready');
  const rows = Object.entries(models.engines).flatMap(([part, statuses]) =>
    statuses.map((s) => [part, s.name, s.ok ? 'loaded' : 'no', s.ok ? (s.model ?? '') : (s.reason ?? '')]),
  );
  if (rows.length) console.log(formatTable(['part', 'engine', 'status', 'model / reason'], rows));
}

function printDownloads(models: ModelHost): void {
  for (const d of models.downloads) {
    if (d.state === 'downloading' && d.progress !== null) console.log(`download ${d.model}: ${Math.round(d.progress * 100)} %`);
    else if (d.state === 'failed') console.log(`download ${d.model}: failed — ${d.message ?? ''}`);
  }
}
