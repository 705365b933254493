// Throughput of check-in jobs with 1 vs 2 `burnout worker` processes (one analysis thread each, offline engines) behind
// one `serve --no-inference`, for text-only and three-modality check-ins, and the latency of non-inference endpoints
// (GET /api/health, GET /api/assessments) while the workers are busy. Prints figures; asserts nothing.
// Needs PostgreSQL: --pg URL, or BURNOUT_TEST_PG_URL (a throw-away database is created in it and dropped).
// Run: node bin/run-ts.js bench/jobs-throughput.ts [--runs 3] [--text 150] [--three 40] [--pg postgres://…]
// Runs are interleaved (1 and 2 workers alternate); for "1 worker" the second worker process is paused (SIGSTOP) while
// the queue is empty, so both settings run on the same processes and the same warm database.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../src/config/paths.ts';
import { median } from '../src/eval/metrics.ts';
import { speechLikeVoice, wavBytes } from '../test/helpers/audio-fixtures.ts';
import { createTempDatabase } from '../test/helpers/pg-database.ts';
import { freePort, killAll, startBurnout, type BurnoutProcess } from '../test/helpers/processes.ts';
import { numberArg, stringArg } from './args.ts';

const runs = numberArg('runs', 3);
const counts = { text: numberArg('text', 150), three: numberArg('three', 40) };
const pgUrl = stringArg('pg') ?? process.env.BURNOUT_TEST_PG_URL;
if (!pgUrl) throw new Error('give --pg URL (or set BURNOUT_TEST_PG_URL) of a PostgreSQL server where a database may be created');

type Kind = keyof typeof counts;
/** Cores used during a run (1.0 = one core busy the whole time): ours by process, and the machine in all. */
interface Cores { workers: number; serve: number; machine: number }
interface Figures { perSec: number; healthP99: number; listP99: number; probes: number; wallSec: number; cores: Cores }

const wav = wavBytes(speechLikeVoice(16000, 5), 16000);
const face = new Uint8Array(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'face', 'astronaut.jpg')));

function form(kind: Kind, i: number): FormData {
  const f = new FormData();
  f.append('text', i % 2 ? 'Long day, many meetings, I feel drained and tense.' : 'A calm day; I slept well and went for a walk.');
  f.append('energy', String(i % 10));
  f.append('stress', String(9 - (i % 10)));
  if (kind === 'three') {
    f.append('audio', new Blob([new Uint8Array(wav)], { type: 'audio/wav' }), 'v.wav');
    f.append('image', new Blob([new Uint8Array(face)], { type: 'image/jpeg' }), 'f.jpg');
  }
  return f;
}

function p99(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]! : NaN;
}

/** CPU time (s) of a process and all its threads so far (utime + stime from /proc/<pid>/stat). */
function cpuSec(p: BurnoutProcess): number {
  const fields = readFileSync(`/proc/${p.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Busy CPU time (s) of the whole machine so far (/proc/stat: all but idle and iowait). */
function machineBusySec(): number {
  const [, ...v] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return (v.reduce((a, b) => a + b, 0) - v[3]! - v[4]!) / 100;
}

function rssMb(p: BurnoutProcess): number {
  const status = readFileSync(`/proc/${p.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const db = await createTempDatabase(pgUrl, 'bench_jobs');
const client = new pg.Client({ connectionString: db.url });
try {
  const env = {
    DATABASE_URL: db.url, BURNOUT_STORE_DATABASE_URL: undefined, BURNOUT_SERVER_ANALYSIS_WORKERS: '1',
    BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '100000000', BURNOUT_SERVER_MAX_QUEUED_CHECK_INS: '100000', BURNOUT_JOBS_MAX_QUEUED: '100000',
  };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startBurnout('serve', ['serve', '--no-inference', '--port', String(port)], env);
  const workers = [startBurnout('worker-1', ['worker', '--threads', '1'], env), startBurnout('worker-2', ['worker', '--threads', '1'], env)];
  await Promise.all([server.waitFor(/^serving http/, 120_000), ...workers.map((w) => w.waitFor(/taking check-in jobs/, 240_000))]);
  await client.connect();

  // A reader profile with 50 stored check-ins for GET /api/assessments.
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${url}/api/assessments`, { method: 'POST', body: form('text', i), headers: { 'x-profile-id': 'reader' } });
    if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  }
  const unfinished = async () => Number((await client.query('select count(*) as n from check_in_jobs where state in ($1, $2)', ['queued', 'running'])).rows[0].n);

  async function measure(kind: Kind, nWorkers: 1 | 2, tag: string): Promise<Figures> {
    process.kill(-workers[1]!.child.pid!, nWorkers === 2 ? 'SIGCONT' : 'SIGSTOP');
    const n = counts[kind];
    const cpu0 = { workers: workers.map(cpuSec), serve: cpuSec(server), machine: machineBusySec() };
    const t0 = performance.now();
    let next = 0;
    const submit = async () => {
      while (next < n) {
        const i = next++;
        const res = await fetch(`${url}/api/assessments`, {
          method: 'POST', body: form(kind, i), headers: { 'x-profile-id': `${tag}-${i % 40}`, prefer: 'respond-async' },
        });
        if (res.status !== 202 && res.status !== 201) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
      }
    };
    const health: number[] = [];
    const list: number[] = [];
    let busy = true;
    const probe = (async () => {
      for (let i = 0; busy; i++) {
        const s = performance.now();
        const res = await fetch(i % 2 ? `${url}/api/assessments?limit=50` : `${url}/api/health`, { headers: { 'x-profile-id': 'reader' } });
        await res.arrayBuffer();
        (i % 2 ? list : health).push(performance.now() - s);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await Promise.all(Array.from({ length: 8 }, submit));
    while ((await unfinished()) > 0) await new Promise((r) => setTimeout(r, 50));
    const wallSec = (performance.now() - t0) / 1000;
    const cores: Cores = {
      workers: workers.reduce((sum, w, i) => sum + cpuSec(w) - cpu0.workers[i]!, 0) / wallSec,
      serve: (cpuSec(server) - cpu0.serve) / wallSec,
      machine: (machineBusySec() - cpu0.machine) / wallSec,
    };
    busy = false;
    await probe;
    const failed = Number((await client.query("select count(*) as n from check_in_jobs where state = 'failed'")).rows[0].n);
    if (failed) throw new Error(`${failed} jobs failed`);
    return { perSec: n / wallSec, healthP99: p99(health), listP99: p99(list), probes: health.length + list.length, wallSec, cores };
  }

  const results = new Map<string, Figures[]>();
  for (let r = 0; r < runs; r++) {
    for (const kind of ['text', 'three'] as const) {
      const order: Array<1 | 2> = r % 2 === 0 ? [1, 2] : [2, 1];
      for (const w of order) {
        const f = await measure(kind, w, `r${r}-${kind}-${w}`);
        const key = `${kind} ${w}`;
        results.set(key, [...(results.get(key) ?? []), f]);
        console.log(`run ${r + 1} ${kind.padEnd(5)} ${w} worker(s): ${f.perSec.toFixed(2)} check-ins/s (${counts[kind]} in ${f.wallSec.toFixed(1)} s), ` +
          `health p99 ${f.healthP99.toFixed(0)} ms, list p99 ${f.listP99.toFixed(0)} ms (${f.probes} probes); cores: workers ${f.cores.workers.toFixed(2)}, ` +
          `serve ${f.cores.serve.toFixed(2)}, machine ${f.cores.machine.toFixed(2)} of ${availableParallelism()} (the rest: PostgreSQL, this client, other users)`);
      }
    }
  }
  process.kill(-workers[1]!.child.pid!, 'SIGCONT');
  console.log(`\nmedian of ${runs} run(s) (serve --no-inference + 2 worker processes × 1 thread, ${counts.text} text / ${counts.three} three-modality check-ins per run):`);
  for (const kind of ['text', 'three'] as const) {
    const one = results.get(`${kind} 1`)!;
    const two = results.get(`${kind} 2`)!;
    const m = (fs: Figures[], k: Exclude<keyof Figures, 'cores'>) => median(fs.map((f) => f[k]));
    console.log(`${kind.padEnd(5)}: 1 worker ${m(one, 'perSec').toFixed(2)}/s, 2 workers ${m(two, 'perSec').toFixed(2)}/s, ratio ${(m(two, 'perSec') / m(one, 'perSec')).toFixed(2)} ` +
      `(per-run ratios ${two.map((t, i) => (t.perSec / one[i]!.perSec).toFixed(2)).join(', ')}); while busy: health p99 ${m(one, 'healthP99').toFixed(0)} / ${m(two, 'healthP99').toFixed(0)} ms, ` +
      `list p99 ${m(one, 'listP99').toFixed(0)} / ${m(two, 'listP99').toFixed(0)} ms (1 / 2 workers); cores of the workers ` +
      `${median(one.map((f) => f.cores.workers)).toFixed(2)} / ${median(two.map((f) => f.cores.workers)).toFixed(2)}, machine busy ` +
      `${median(one.map((f) => f.cores.machine)).toFixed(2)} / ${median(two.map((f) => f.cores.machine)).toFixed(2)}`);
  }
  console.log(`RSS: serve --no-inference ${rssMb(server)} MB, workers ${workers.map(rssMb).join(' MB, ')} MB`);
} finally {
  await client.end().catch(() => {});
  await killAll();
  await db.drop();
}
