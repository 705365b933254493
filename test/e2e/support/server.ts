// Starts the real server (`burnout serve`, the same command `npm start` runs) as a child process on a free
// loopback port with its own SQLite file, waits until its models are loaded, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../src/config/paths.ts';
import { freePort } from '../../helpers/processes.ts';

/** A running server. */
export interface TestServer {
  url: string;
  sqlitePath: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** False once the server process has exited (a crash, for the reliability benchmark). */
  alive(): boolean;
  stop(): Promise<void>;
}


async function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

/** Polls `check` every 250 ms until it returns true, the child dies, or `ms` pass. */
async function waitFor(what: string, child: ChildProcess, log: () => string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before ${what}:\n${log()}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}:\n${log()}`);
}

/**
 * Starts `burnout serve` with a fresh SQLite database in `dir` (never the environment's PostgreSQL); `extraEnv` adds
 * settings (e.g. BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE for the benchmarks, or BURNOUT_STORE_DATABASE_URL and
 * BURNOUT_STORE_DATABASE_SCHEMA for a test that runs on PostgreSQL on purpose).
 */
export async function startServer(dir: string, extraEnv: Record<string, string> = {}): Promise<TestServer> {
  const port = await freePort();
  const sqlitePath = join(dir, 'burnout.sqlite');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.BURNOUT_STORE_DATABASE_URL;
  Object.assign(env, extraEnv, { BURNOUT_STORE_SQLITE_PATH: sqlitePath });
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const output = () => log;
  const stop = async () => {
    if (!(await exited(child, 0))) {
      child.kill('SIGTERM');
      if (!(await exited(child, 10_000))) child.kill('SIGKILL');
    }
  };
  try {
    await waitFor('the server to listen', child, output, 60_000, async () => (await fetch(`${url}api/health`)).ok);
    await waitFor('the models to load', child, output, 180_000, async () => {
      const models = (await (await fetch(`${url}api/models`)).json()) as { state?: string };
      if (models.state === 'failed') throw new Error(`the server could not load its models:\n${log}`);
      return models.state === undefined || models.state === 'ready';
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, sqlitePath, output, stop, alive: () => child.exitCode === null && child.signalCode === null };
}
