// What travels between the event loop and an analysis worker: raw uploads in, an assessment or an error out, as plain
// structured-clone data (a BurnoutError would lose its code crossing a thread, so errors travel as fields).
import type { MessagePort } from 'node:worker_threads';
import type { EngineStatus } from '../analysis/engine-registry.ts';
import type { AssessmentResult } from '../assessment.ts';
import type { Baseline } from '../baseline/types.ts';
import type { WireError } from '../errors-wire.ts';
import type { SelfReport } from '../trend/types.ts';

export { fromWire, toWire, type WireError } from '../errors-wire.ts';

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
