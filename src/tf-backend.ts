// Shared TensorFlow.js setup: the WASM backend (single-threaded, deterministic), initialised once per process. tfjs is
// imported on the first call, so a thread that never needs it (a check-in on ONNX Runtime only) does not carry it
// (~47 MiB of heap).
import type * as tfjs from '@tensorflow/tfjs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

let ready: Promise<typeof tfjs> | undefined;

/** Folder of the tfjs WASM binaries inside node_modules (ends with a path separator, as tfjs requires). */
export function wasmBinaryDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + sep;
}

/**
 * Makes sure tfjs runs on the WASM backend (about 6× faster than the plain cpu backend here) and returns the tf
 * namespace. Safe to call many times and concurrently; the first call loads the WASM binary.
 */
export function ensureTfBackend(): Promise<typeof tfjs> {
  ready ??= (async () => {
    const tf = await import('@tensorflow/tfjs');
    const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
    setWasmPaths(wasmBinaryDir());
    const ok = await tf.setBackend('wasm');
    if (!ok) throw new Error('the tfjs WASM backend could not start');
    await tf.ready();
    return tf;
  })();
  return ready;
}
