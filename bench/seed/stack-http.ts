// The project's check-in over HTTP: a real `burnout serve` child (own process group, own SQLite file, the seed models
// configured through its environment), one multipart POST /api/assessments per check-in: upload, decode, Stages 1–3
// in the analysis pool, store. Peak RSS is the server process's (VmHWM), not this client's.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { multipart } from '../../test/helpers/http.ts';
import { freePort, startBurnout } from '../../test/helpers/processes.ts';
import { SEED_SELF_REPORT } from './inputs.ts';
import { seedEnv } from './seed-config.ts';
import { since, type Stack, type StackOptions } from './stack.ts';

interface Stored {
  modalities?: Record<string, { status: string; engine?: string; model?: string; reason?: string }>;
  error?: { code: string; message: string };
}

/** Starts the server, waits until it reports its models ready, and returns the stack (stage: readyMs). */
export async function createHttpStack(o: StackOptions): Promise<Stack & { readyMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'burnout-seed-http-'));
  const port = await freePort();
  const t0 = performance.now();
  const server = startBurnout('server', ['serve', '--port', String(port), '--host', '127.0.0.1'], {
    ...seedEnv(o.modelsDir, o.dtype, o.env),
    BURNOUT_STORE_SQLITE_PATH: join(dir, 'burnout.sqlite'),
    BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '100000000',
    DATABASE_URL: undefined,
    BURNOUT_STORE_DATABASE_URL: undefined,
  });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await server.waitFor(/models: (ready|FAILED)/, 300_000);
    if (/models: FAILED/.test(server.output())) throw new Error(`the server could not load its models:\n${server.output().slice(-2000)}`);
  } catch (e) {
    await server.kill();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const readyMs = since(t0);
  const body = await multipart([
    ['text', o.inputs.text],
    ['audio', { bytes: o.inputs.wav48k, filename: 'voice.wav' }],
    ['image', { bytes: o.inputs.jpeg, filename: 'face.jpg' }],
    ...Object.entries(SEED_SELF_REPORT).map(([k, v]): [string, string] => [k, String(v)]),
  ]);
  let served = '';
  return {
    readyMs,
    describe: () => served,
    async run() {
      const t = performance.now();
      const res = await fetch(`${url}api/assessments`, { method: 'POST', headers: body.headers, body: new Uint8Array(body.payload) });
      const stored = (await res.json()) as Stored;
      const totalMs = since(t);
      if (res.status !== 201) throw new Error(`POST /api/assessments answered ${res.status}: ${JSON.stringify(stored.error ?? stored).slice(0, 400)}`);
      served = Object.entries(stored.modalities ?? {}).map(([m, r]) => `${m} ${r.status === 'ok' ? `${r.engine} (${r.model})` : `${r.status}: ${r.reason}`}`).join(', ');
      return { totalMs, stages: serverTimingStages(res.headers.get('server-timing')) };
    },
    peakRssMiB: () => vmHwmMiB(server.child.pid),
    async close() {
      await server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server's own laps from its Server-Timing header (`upload;dur=1.2, analysis;dur=…`), in ms. */
function serverTimingStages(header: string | null): Record<string, number> {
  const stages: Record<string, number> = {};
  for (const m of (header ?? '').matchAll(/([\w-]+);dur=([\d.]+)/g)) stages[m[1]!] = Number(m[2]);
  return stages;
}

/** Peak resident set (VmHWM) of a Linux process, in MiB; null elsewhere or when it is gone. */
function vmHwmMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
