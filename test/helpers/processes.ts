// Real `burnout` child processes for multi-process tests and benchmarks: each in its own process group (so a kill
// reaches its worker threads and ffmpeg too), its output kept for waiting on a line, and every one killed on cleanup —
// also when the test fails or the parent exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/config/paths.ts';

/** A running `node bin/burnout.js …`. */
export interface BurnoutProcess {
  readonly child: ChildProcess;
  readonly name: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when a printed line matches `pattern`; rejects after `ms` or when the process exits first. */
  waitFor(pattern: RegExp, ms: number): Promise<string>;
  /** Signals the whole process group (SIGKILL by default) and resolves when the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<BurnoutProcess>();
process.once('exit', () => { for (const p of running) killGroup(p.child, 'SIGKILL'); });

/** Binds `port` (0: any) on loopback and closes it again; resolves to the port bound, or null when it is taken. */
function tryPort(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(null));
    s.listen(port, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : null));
    });
  });
}

/**
 * A free TCP port on loopback. With BURNOUT_TEST_PORTS=LO-HI (a shared machine that reserves a range for this
 * checkout) the port is taken from that range, starting at a random place in it; otherwise any free port.
 */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.BURNOUT_TEST_PORTS ?? '');
  if (!range) {
    const port = await tryPort(0);
    if (port === null) throw new Error('no free loopback port');
    return port;
  }
  const lo = Number(range[1]);
  const size = Number(range[2]) - lo + 1;
  const start = Math.floor(Math.random() * size);
  for (let k = 0; k < size; k += 1) {
    const port = await tryPort(lo + ((start + k) % size));
    if (port !== null) return port;
  }
  throw new Error(`no free port in BURNOUT_TEST_PORTS=${process.env.BURNOUT_TEST_PORTS}`);
}

/** Starts `burnout <args>` with `env` added to this process's environment (a key set to undefined is removed). */
export function startBurnout(name: string, args: string[], env: Record<string, string | undefined>): BurnoutProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let text = '';
  const watchers = new Set<() => void>();
  const onData = (b: Buffer) => { text += b.toString(); for (const w of watchers) w(); };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => { running.delete(proc); for (const w of watchers) w(); resolve(); }));
  const proc: BurnoutProcess = {
    child,
    name,
    output: () => text,
    waitFor(pattern, ms) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => { watchers.delete(check); reject(new Error(`${name}: no line matching ${pattern} within ${ms} ms; output:\n${text.slice(-2000)}`)); }, ms);
        function check() {
          const m = text.split('\n').find((l) => pattern.test(l));
          if (m !== undefined) { clearTimeout(timer); watchers.delete(check); resolve(m); return; }
          if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer); watchers.delete(check);
            reject(new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}; output:\n${text.slice(-2000)}`));
          }
        }
        watchers.add(check);
        check();
      });
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) killGroup(child, signal);
      await exited;
    },
  };
  running.add(proc);
  return proc;
}

/** Kills every process this module started that is still running (afterAll). */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.kill('SIGKILL')));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
