// The code each analysis worker thread runs: it loads its own engines and fusion model once (tfjs-WASM, Human and
// ONNX Runtime keep per-thread state, so nothing is shared between workers), then decodes uploads and runs
// Stages 1–2 (assessCheckIn) per check-in task. Errors go back as data. (Stage 3 runs on the event loop: its GRU in
// plain TypeScript takes about a millisecond, less than a round trip here behind a decode.)
import { workerData } from 'node:worker_threads';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../assess.ts';
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import { decodeUploads, startDecoding } from '../service/decode-uploads.ts';
import { lowerThreadPriority } from './priority.ts';
import { fusionModelName, runtimeStatuses } from './runtime-status.ts';
import { toWire, type AnalysisTask, type StatusTask, type TaskOutcome } from './task.ts';
import { warmUp, warmUpDecoding } from './warm-up.ts';

/** What the pool gives every worker. */
export interface WorkerData {
  config: Config;
  /** Null: load the models. A reason: do not load them (a server serving stored data only); check-ins get 503. */
  modelsUnavailable: string | null;
}

const data = workerData as WorkerData;
// Analysis gives way to the event loop (and this thread's ffmpeg children inherit the lower priority).
lowerThreadPriority(data.config.server.analysisNice);

/**
 * The runtime, loading in the background from the moment the thread starts, then warmed up (every engine runs once),
 * so that a worker reports its models ready — and a replacement worker's first check-in fits the time budget — only
 * once the first real check-in no longer pays for compiling kernels.
 */
const runtime: Promise<AssessRuntime> = data.modelsUnavailable !== null
  ? Promise.reject(new BurnoutError('MODEL_MISSING', `the models are not available: ${data.modelsUnavailable}`))
  : loadAssessRuntime(data.config).then(warmUp).then(async (r) => { await warmUpDecoding(data.config); return r; });
let loaded = false;
let failure: unknown = null;
runtime.then(() => { loaded = true; }, (e: unknown) => { failure = e; });

/** Runs one task (the pool's entry point). */
export default async function run(task: AnalysisTask | StatusTask): Promise<TaskOutcome> {
  try {
    if (task.kind === 'status') {
      const r = await runtime;
      return { ok: true, kind: 'status', status: { engines: runtimeStatuses(r), fusionModel: fusionModelName(r) } };
    }
    return await checkIn(task);
  } catch (e) {
    return { ok: false, error: toWire(e) };
  } finally {
    if (task.kind === 'check-in') task.port?.close();
  }
}

async function checkIn(task: AnalysisTask): Promise<TaskOutcome> {
  // A replacement worker may still be loading: the time budget starts once its models are there.
  if (task.waitForModels) await runtime.catch(() => {});
  task.port?.postMessage('start');
  const t0 = performance.now();
  const raw = { text: task.text, audio: task.audio, image: task.image };
  const options = { baseline: task.baseline ?? null };
  if (loaded) {
    // Models ready: each modality starts as soon as its input is decoded (the text at once).
    const r = await runtime;
    const result = await assessCheckIn(r, startDecoding(raw, data.config), task.selfReport, options);
    return { ok: true, kind: 'check-in', result, fusionModel: fusionModelName(r), ms: performance.now() - t0 };
  }
  // Bad media is reported before model availability: decoding needs no model.
  const inputs = await decodeUploads(raw, data.config);
  const r = await modelsNow(task.waitForModels);
  const result = await assessCheckIn(r, inputs, task.selfReport, options);
  return { ok: true, kind: 'check-in', result, fusionModel: fusionModelName(r), ms: performance.now() - t0 };
}

/** The runtime; without waiting, MODEL_MISSING while it still loads, and its load error when that failed. */
async function modelsNow(wait: boolean): Promise<AssessRuntime> {
  if (wait || loaded) return runtime;
  if (failure) throw failure;
  throw new BurnoutError('MODEL_MISSING', 'the models are still loading; try again in a moment', { hint: "GET /api/models shows each engine's status" });
}
