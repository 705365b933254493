// An ONNX Runtime session in the calling thread, behind the same interface as a session in the ONNX Runtime thread
// (models.inferenceThread: false): session.run then blocks this thread while the model runs.
import * as ort from 'onnxruntime-node';
import type { RemoteSession } from './session-thread.ts';
import { runOnWire } from './run-on-wire.js';

/** Opens an ONNX model (file path or bytes) in this thread. Rejects with ONNX Runtime's message when it cannot be loaded. */
export async function openLocalSession(model: string | Uint8Array, options: Record<string, unknown>): Promise<RemoteSession> {
  const o = options as ort.InferenceSession.SessionOptions;
  const session = await (typeof model === 'string' ? ort.InferenceSession.create(model, o) : ort.InferenceSession.create(model, o));
  return {
    inputNames: [...session.inputNames],
    outputNames: [...session.outputNames],
    run: (feeds) => runOnWire(session, feeds),
    release: () => session.release(),
  };
}
