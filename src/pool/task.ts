// What travels between the event loop and an analysis worker: raw uploads in, an assessment or an error out, as plain
// structured-clone data (a BurnoutError would lose its code crossing a thread, so errors travel as fields).
import type { MessagePort } from 'node:worker_threads';
import type { EngineStatus } from '../analysis/engine-registry.ts';
import type { AssessmentResult } from '../assessment.ts';
import type { Baseline } from '../baseline/types.ts';
import { BurnoutError, type ErrorCode } from '../errors.ts';
import type { SelfReport } from '../trend/types.ts';

/** One check-in to decode and assess. */
export interface AnalysisTask {
  kind: 'check-in';
  text?: string;
  audio?: Uint8Array;
  image?: Uint8Array;
  selfReport: SelfReport;
  /** The person's baseline as of the check-in, read from the store on the event loop (workers have no database). */
  baseline?: Baseline | null;
  /** False while the server's models are still loading: bad media is still reported, a good check-in gets 503. */
  waitForModels: boolean;
  /** The worker posts 'start' here when it begins (models loaded); the time budget runs from then. */
  port?: MessagePort;
}

/** Asks a worker for its engines' status (it loads its models first). */
export interface StatusTask {
  kind: 'status';
}

/** A BurnoutError as data; `detail` is for the server log only (e.g. ffmpeg's words). */
export interface WireError {
  code: ErrorCode;
  message: string;
  hint?: string;
  detail?: string;
}

/** What a worker's models are: engine status per modality (plus fusion) and the fusion model's identity. */
export interface WorkerStatus {
  engines: Record<string, EngineStatus[]>;
  fusionModel: string;
}

/** A worker's answer. */
export type TaskOutcome =
  | { ok: true; kind: 'check-in'; result: AssessmentResult; fusionModel: string; ms: number }
  | { ok: true; kind: 'status'; status: WorkerStatus }
  | { ok: false; error: WireError };

/** A thrown value as data. */
export function toWire(e: unknown): WireError {
  if (e instanceof BurnoutError) {
    const cause = (e as { cause?: unknown }).cause;
    return {
      code: e.code,
      message: e.message,
      ...(e.hint ? { hint: e.hint } : {}),
      ...(cause instanceof Error ? { detail: cause.message.slice(0, 2000) } : {}),
    };
  }
  return { code: 'INTERNAL', message: 'an unexpected internal error occurred', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

/** Data back into a BurnoutError (the detail becomes its cause, which the server logs and never sends). */
export function fromWire(w: WireError): BurnoutError {
  return new BurnoutError(w.code, w.message, { ...(w.hint ? { hint: w.hint } : {}), ...(w.detail ? { cause: new Error(w.detail) } : {}) });
}
