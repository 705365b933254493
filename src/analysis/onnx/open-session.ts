// Opens a model's ONNX Runtime session where config.models.inferenceThread says: in the ONNX Runtime thread (default)
// or in the calling thread, with the project's session options.
import { availableParallelism } from 'node:os';
import type { Config } from '../../config/schema.ts';
import { openLocalSession } from './local-session.ts';
import { openRemoteSession, type RemoteSession } from './session-thread.ts';

/**
 * ONNX Runtime session options: models.ortThreads intra-op threads per session (0: one per core available to the
 * process, set explicitly because ONNX Runtime's own default used one thread on the 2-core machine), or `threads` when
 * given (a small model); without spinning, idle worker threads stop busy-waiting between runs.
 */
export function sessionOptions(config: Readonly<Config>, threads?: number): Record<string, unknown> {
  const options = {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads ?? (config.models.ortThreads > 0 ? config.models.ortThreads : availableParallelism()),
  };
  if (config.models.ortSpinning) return options;
  return { ...options, extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } } };
}

/** Where and how a session runs. */
export interface SessionPlacement {
  /** Its runs go ahead of others asked at the same time (session-thread.ts). */
  first?: boolean;
  /**
   * A small model: one intra-op thread whatever models.ortThreads says. A second thread does not make such a model
   * faster (2 cores: BlazeFace 5.3 ms on one thread, 5.85 on two) and would take the core that the check-in's
   * JavaScript (decoding, acoustic features) runs on meanwhile.
   */
  small?: boolean;
}

/**
 * Opens an ONNX model (an absolute file path or the model's bytes) with sessionOptions(config), in the thread
 * config.models.inferenceThread picks.
 */
export function openSession(config: Readonly<Config>, model: string | Uint8Array, placement: SessionPlacement = {}): Promise<RemoteSession> {
  const options = sessionOptions(config, placement.small ? 1 : undefined);
  if (!config.models.inferenceThread) return openLocalSession(model, options);
  return openRemoteSession(model, options, { first: placement.first ?? false });
}
