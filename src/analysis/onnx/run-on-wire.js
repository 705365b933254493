// One ONNX Runtime run on wire tensors ({ type, data, dims }, messages.ts): the feeds become ort.Tensors, the outputs
// plain wire tensors again. Plain JavaScript so that the ONNX Runtime thread (session-thread-worker.js, no tsx) and a
// session in the calling thread (local-session.ts) share it; its types are in run-on-wire.d.ts.
import * as ort from 'onnxruntime-node';

/**
 * Runs `session` on `feeds` and returns its outputs as wire tensors.
 * @param {ort.InferenceSession} session
 * @param {Record<string, { type: string, data: any, dims: readonly number[] }>} feeds
 */
export async function runOnWire(session, feeds) {
  /** @type {Record<string, ort.Tensor>} */
  const input = {};
  for (const [name, t] of Object.entries(feeds)) input[name] = new ort.Tensor(/** @type {any} */ (t.type), t.data, t.dims);
  const out = await session.run(input);
  /** @type {Record<string, { type: string, data: unknown, dims: number[] }>} */
  const outputs = {};
  for (const [name, t] of Object.entries(out)) outputs[name] = { type: t.type, data: t.data, dims: [...t.dims] };
  return outputs;
}
