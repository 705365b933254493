// An ONNX Runtime session in the calling thread, behind the same interface as a session in the ONNX Runtime thread
// (models.inferenceThread: false): session.run then blocks this thread while the model runs.
import * as ort from 'onnxruntime-node';
import type { RemoteSession, WireTensor } from './session-thread.ts';

/** Opens an ONNX model (file path or bytes) in this thread. Rejects with ONNX Runtime's message when it cannot be loaded. */
export async function openLocalSession(model: string | Uint8Array, options: Record<string, unknown>): Promise<RemoteSession> {
  const o = options as ort.InferenceSession.SessionOptions;
  const session = await (typeof model === 'string' ? ort.InferenceSession.create(model, o) : ort.InferenceSession.create(model, o));
  return {
    inputNames: [...session.inputNames],
    outputNames: [...session.outputNames],
    async run(feeds) {
      const input: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(feeds)) input[name] = new ort.Tensor(t.type, t.data as Float32Array, t.dims);
      const out = await session.run(input);
      const outputs: Record<string, WireTensor> = {};
      for (const [name, t] of Object.entries(out)) outputs[name] = { type: t.type as WireTensor['type'], data: t.data as WireTensor['data'], dims: [...t.dims] };
      return outputs;
    },
    release: () => session.release(),
  };
}
