// Types of run-on-wire.js (plain JavaScript, shared with the ONNX Runtime thread).
import type { InferenceSession } from 'onnxruntime-node';
import type { WireTensor } from './messages.ts';

/** Runs `session` on `feeds` and returns its outputs as wire tensors. */
export function runOnWire(session: InferenceSession, feeds: Record<string, WireTensor>): Promise<Record<string, WireTensor>>;
