// What travels between a thread and its ONNX Runtime thread (session-thread-worker.js): requests carry an id, every
// answer echoes it. Tensors travel as plain { type, data, dims }; input buffers are transferred, not copied.

/** A tensor as it crosses threads. */
export interface WireTensor {
  type: 'float32' | 'int64' | 'int32' | 'bool' | 'uint8' | 'int8' | 'float16';
  data: Float32Array | BigInt64Array | Int32Array | Uint8Array | Int8Array | Uint16Array;
  dims: number[];
}

/** To the ONNX Runtime thread. */
export type SessionRequest =
  | { id: number; kind: 'open'; model: string | Uint8Array; options: Record<string, unknown> }
  | { id: number; kind: 'run'; session: number; feeds: Record<string, WireTensor> }
  | { id: number; kind: 'release'; session: number };

/** From the ONNX Runtime thread. */
export type SessionAnswer =
  | { id: number; ok: true; session?: number; inputNames?: string[]; outputNames?: string[]; outputs?: Record<string, WireTensor> }
  | { id: number; ok: false; message: string };
