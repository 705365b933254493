// The analysis pool: the one place that owns the worker threads (piscina) that decode uploads and run Stages 1–2,
// the per-check-in time budget (over it → ANALYSIS_TIMEOUT and the worker is terminated and replaced), the cleanup of
// a recycled worker's temporary files, and admission control. The event loop only parses requests and stores results.
import 'sharp'; // sharp's libvips must be loaded by the main thread before any worker thread loads it (sharp docs)
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { AssessmentResult } from '../assessment.ts';
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import { cleanStaleTempDirs, removeThreadTempDir } from '../media/temp-dir.ts';
import { createAdmission, type Admission } from './admission.ts';
import { fromWire, type AnalysisTask, type TaskOutcome, type WorkerStatus } from './task.ts';
import type { WorkerData } from './worker.ts';

/** Pool settings (from config.server unless given). */
export interface AnalysisPoolOptions {
  /** Worker threads (default config.server.analysisWorkers, 0 = automatic). */
  workers?: number;
  /** Time budget of one check-in in ms (default config.server.checkInBudgetSec). */
  budgetMs?: number;
  /** Running + waiting check-ins admitted (default config.server.maxQueuedCheckIns). */
  maxPending?: number;
  /** Do not load models: every check-in that decodes gets 503 MODEL_MISSING with this reason. */
  modelsUnavailable?: string;
}

/** Counters for GET /api/health and the benchmarks. */
export interface PoolStats {
  workers: number;
  pending: number;
  completed: number;
  timedOut: number;
  failed: number;
}

/** A check-in's Stage 1–2 answer. */
export interface Analysed {
  result: AssessmentResult;
  fusionModel: string;
}

/** The pool. */
export interface AnalysisPool {
  readonly admission: Admission;
  /** Resolves with the engines' status once a worker has loaded its models; rejects with why they could not load. */
  status(): Promise<WorkerStatus>;
  /** Decodes and assesses one check-in in a worker, within the time budget. Throws BurnoutErrors only. */
  analyze(task: Omit<AnalysisTask, 'kind' | 'port'>): Promise<Analysed>;
  stats(): PoolStats;
  close(): Promise<void>;
}

/** Worker threads for `setting` (0 = automatic: one core stays with the event loop; each worker holds every model). */
export function poolSize(setting: number): number {
  return setting > 0 ? setting : Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Starts the workers (each begins loading its models at once) and cleans temporary folders left by dead processes. */
export function createAnalysisPool(config: Readonly<Config>, options: AnalysisPoolOptions = {}): AnalysisPool {
  cleanStaleTempDirs();
  const workers = poolSize(options.workers ?? config.server.analysisWorkers);
  const budgetMs = options.budgetMs ?? config.server.checkInBudgetSec * 1000;
  const workerData: WorkerData = { config: config as Config, modelsUnavailable: options.modelsUnavailable ?? null };
  const piscina = new Piscina({
    filename: new URL('./worker-entry.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Piscina's default parks an idle worker in Atomics.wait, which freezes its event loop: model loading in the
    // background and the last callbacks of a task (ffmpeg's exit, temp-file removal) then wait for the next task —
    // the fuzz saw 30 s stalls. A task here takes 5 ms to seconds, so the message-port path costs nothing noticeable.
    atomics: 'disabled',
    // Piscina re-queues a task it could not hand out at the tail (starving it under load: 20 s in the fuzz); the
    // pool below gives it at most one task per worker anyway, from its own first-in-first-out queue.
    stricterFIFO: true,
    workerData,
  });
  const live = new Set<number>();
  for (const t of piscina.threads) live.add(t.threadId);
  piscina.on('workerCreate', () => { for (const t of piscina.threads) live.add(t.threadId); });
  piscina.on('workerDestroy', () => forgetDeadThreads(piscina, live));
  piscina.on('error', () => {}); // a worker dying outside a task is replaced by piscina; tasks report their own failures
  const admission = createAdmission(options.maxPending ?? config.server.maxQueuedCheckIns, workers);
  const stats = { completed: 0, timedOut: 0, failed: 0 };
  const slots = createSlots(workers);
  let statusPromise: Promise<WorkerStatus> | null = null;

  return {
    admission,
    status() {
      statusPromise ??= (piscina.run({ kind: 'status' }) as Promise<TaskOutcome>).then((out) => {
        if (!out.ok) throw fromWire(out.error);
        if (out.kind !== 'status') throw new BurnoutError('INTERNAL', 'a worker answered a status request with something else');
        return out.status;
      });
      return statusPromise;
    },
    async analyze(task) {
      await slots.take();
      try {
        return await runInWorker(task);
      } finally {
        slots.give();
      }
    },
    stats: () => ({ workers, pending: admission.pending, ...stats }),
    async close() {
      await piscina.destroy();
      forgetDeadThreads(piscina, live);
    },
  };

  /** Runs one check-in on a free worker; the budget starts when the worker says it has begun. */
  async function runInWorker(task: Omit<AnalysisTask, 'kind' | 'port'>): Promise<Analysed> {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    // The 'start' message travels on its own port and may arrive after the answer: then it starts nothing.
    port1.once('message', () => { if (!finished) timer = setTimeout(() => abort.abort(), budgetMs); });
    try {
      const out = (await piscina.run({ ...task, kind: 'check-in', port: port2 }, { transferList: [port2], signal: abort.signal })) as TaskOutcome;
      if (!out.ok) throw fromWire(out.error);
      if (out.kind !== 'check-in') throw new BurnoutError('INTERNAL', 'a worker answered a check-in with something else');
      admission.record(out.ms);
      stats.completed += 1;
      return { result: out.result, fusionModel: out.fusionModel };
    } catch (e) {
      if (abort.signal.aborted) {
        stats.timedOut += 1;
        admission.record(budgetMs);
        forgetDeadThreads(piscina, live);
        throw new BurnoutError('ANALYSIS_TIMEOUT', `the check-in took longer than ${budgetMs / 1000} s to analyse and was stopped`, {
          hint: 'send a shorter recording or a smaller photo; server.checkInBudgetSec sets the limit',
        });
      }
      if (e instanceof BurnoutError) throw e;
      stats.failed += 1;
      throw new BurnoutError('INTERNAL', 'an unexpected internal error occurred', { cause: e });
    } finally {
      finished = true;
      clearTimeout(timer);
      port1.close();
    }
  }
}

/** A first-in-first-out semaphore with `n` slots (one task per worker at a time). */
function createSlots(n: number): { take(): Promise<void>; give(): void } {
  let free = n;
  const waiting: Array<() => void> = [];
  return {
    take() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give() {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}

/** Removes the temporary folders of worker threads that are gone (terminated after a timeout, or crashed). */
function forgetDeadThreads(piscina: Piscina, live: Set<number>): void {
  const now = new Set(piscina.threads.map((t) => t.threadId));
  for (const id of live) {
    if (now.has(id)) continue;
    live.delete(id);
    removeThreadTempDir(process.pid, id);
  }
}
