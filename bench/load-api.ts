// Load benchmark of the HTTP API with autocannon against a real `burnout serve` child process (its own SQLite file,
// rate limit lifted): GET /api/assessments at 50 connections, then text-only multipart POST check-ins.
// Run: node bin/run-ts.js bench/load-api.ts [--duration 30] [--connections 50] [--post-connections 8] [--runs 3]
//      [--only get|post] (default: both halves)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { REPO_ROOT } from '../src/config/paths.ts';
import { median } from '../src/eval/metrics.ts';
import { multipart } from '../test/helpers/http.ts';
import { numberArg, stringArg } from './args.ts';

const duration = numberArg('duration', 30);
const connections = numberArg('connections', 50);
const postConnections = numberArg('post-connections', 8);
const runs = numberArg('runs', 3);
const seedRows = numberArg('seed', 120);
const only = stringArg('only');
if (only !== undefined && only !== 'get' && only !== 'post') throw new Error('--only takes get or post');

interface Figures { p50: number; p99: number; rps: number; errors: number; non2xx: number; total: number }

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startServer(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, BURNOUT_STORE_SQLITE_PATH: join(dir, 'load.sqlite'), BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '100000000' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), 'serve', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const state = await fetch(`${url}/api/models`).then((r) => r.json() as Promise<{ state: string; error?: string }>).catch(() => null);
    if (state?.state === 'ready') return { url, child };
    if (state?.state === 'failed') throw new Error(`models failed to load: ${state.error}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not become ready');
}

async function run(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon(opts);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total };
}

function report(name: string, all: Figures[]): void {
  const m = (k: keyof Figures) => median(all.map((f) => f[k]));
  console.log(`${name}: median of ${all.length} run(s): p50 ${m('p50')} ms, p99 ${m('p99')} ms, ${m('rps').toFixed(0)} req/s, ` +
    `errors ${m('errors')}, non-2xx ${m('non2xx')} (per run: ${all.map((f) => `p99 ${f.p99} ms/${f.total} req`).join('; ')})`);
}

const dir = mkdtempSync(join(tmpdir(), 'burnout-load-'));
const { url, child } = await startServer(dir);
try {
  const body = await multipart([['text', 'Busy day with many meetings; I feel a bit tired but okay.'], ['energy', '5'], ['stress', '6'], ['work', '9']]);
  for (let i = 0; i < seedRows; i++) {
    const res = await fetch(`${url}/api/assessments`, { method: 'POST', body: new Uint8Array(body.payload), headers: body.headers });
    if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  }
  console.log(`seeded ${seedRows} check-ins; GET returns pages of 50 (${connections} connections, ${duration} s × ${runs})`);
  if (only !== 'post') {
    const gets: Figures[] = [];
    for (let i = 0; i < runs; i++) gets.push(await run({ url: `${url}/api/assessments`, connections, duration }));
    report('GET /api/assessments', gets);
  }
  if (only !== 'get') {
    const posts: Figures[] = [];
    for (let i = 0; i < runs; i++) {
      posts.push(await run({ url: `${url}/api/assessments`, connections: postConnections, duration, method: 'POST', body: body.payload, headers: body.headers }));
    }
    report(`POST /api/assessments text-only (${postConnections} connections)`, posts);
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
