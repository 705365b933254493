// Opens a model's ONNX Runtime session where config.models.inferenceThread says: in the ONNX Runtime thread (default)
// or in the calling thread, with the project's session options.
import { availableParallelism } from 'node:os';
import type { Config } from '../../config/schema.ts';
import { openLocalSession } from './local-session.ts';
import { openRemoteSession, type RemoteSession } from './session-thread.ts';

/**
 * ONNX Runtime session options: models.ortThreads intra-op threads per session (0: one per core available to the
 * process, set explicitly because ONNX Runtime's own default used one thread on the 2-core machine); without spinning,
 * idle worker threads stop busy-waiting between runs.
 */
export function sessionOptions(config: Readonly<Config>): Record<string, unknown> {
  const threads = {
    executionProviders: ['cpu'],
    intraOpNumThreads: config.models.ortThreads > 0 ? config.models.ortThreads : availableParallelism(),
  };
  if (config.models.ortSpinning) return threads;
  return { ...threads, extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } } };
}

/**
 * Opens an ONNX model (an absolute file path or the model's bytes) with sessionOptions(config), in the thread
 * config.models.inferenceThread picks; `first` puts its runs ahead of others asked at the same time (session-thread.ts).
 */
export function openSession(config: Readonly<Config>, model: string | Uint8Array, placement: { first?: boolean } = {}): Promise<RemoteSession> {
  if (!config.models.inferenceThread) return openLocalSession(model, sessionOptions(config));
  return openRemoteSession(model, sessionOptions(config), placement);
}
