// Lagged products (dsp.ts' laggedProducts: out[k] = Σ_{j<w} x[a+j]·x[b+k+j]) with WebAssembly SIMD: four lags per
// pass as two f64x2 accumulators, each lag summed in j order with exactly the JavaScript loop's operations, so the
// values are bit for bit the same (tested). Used by YIN's difference function (pitch.ts) and the harmonicity
// correlations (hnr.ts). Where WebAssembly SIMD is missing, everything runs on the JavaScript path.
import { addI32, align16, claimKernel, get, keptKernels, kernelModuleBytes, lazyModule, memarg, op, set, simd, simdOp } from './wasm-asm.ts';

/** out[k] = Σ_{j<w} x[a+j]·x[b+k+j] for k < count, on one prepared signal x. */
export type LaggedProducts = (a: number, b: number, w: number, count: number, out: Float64Array) => void;

/** A JavaScript version with dsp.ts' signature (passed in so that this file does not import its caller). */
export type LaggedProductsJs = (x: Float64Array, a: number, b: number, w: number, count: number, out: Float64Array) => void;

/** Lags per kernel pass (two f64x2 accumulators). */
const BLOCK = 4;
/** Lags the kernel's output area holds; longer calls run in parts. */
const OUT_LAGS = 256;
/** Signals shorter than this stay on JavaScript (a chosen bound, not tuned: YIN's and HNR's signals are far longer). */
const MIN_WASM_SAMPLES = 1_024;

type Run = (a: number, b: number, w: number, count: number, out: number) => void;
const kernelModule = lazyModule(() => kernelBytes());
const kernelFor = keptKernels<Run>('lagged');

/**
 * Prepares `x` (copied once into the thread's kernel memory) and returns laggedProducts over it: whole blocks of four
 * lags on WebAssembly SIMD, the remaining lags on `js`. The caller keeps every index inside x, as for `js`.
 */
export function prepareLaggedProducts(x: Float64Array, js: LaggedProductsJs): LaggedProducts {
  const plain: LaggedProducts = (a, b, w, count, out) => js(x, a, b, w, count, out);
  const module = x.length >= MIN_WASM_SAMPLES ? kernelModule() : null;
  if (!module) return plain;
  const outAt = align16(8 * x.length);
  const bytes = outAt + 8 * OUT_LAGS;
  let result!: Float64Array;
  const use = claimKernel(kernelFor, module, bytes, (memory) => {
    new Float64Array(memory, 0, x.length).set(x);
    result = new Float64Array(memory, outAt, OUT_LAGS);
  });

  return (a, b, w, count, out) => {
    const whole = count - (count % BLOCK);
    if (whole === 0 || w < 1) return plain(a, b, w, count, out);
    const kernel = use();
    for (let k0 = 0; k0 < whole; k0 += OUT_LAGS) {
      const n = Math.min(OUT_LAGS, whole - k0);
      kernel.run(8 * a, 8 * (b + k0), w, n, outAt);
      for (let k = 0; k < n; k++) out[k0 + k] = result[k] as number;
    }
    if (whole < count) js(x, a, b + whole, w, count - whole, out.subarray(whole));
  };
}

// ---- the kernel, assembled ------------------------------------------------------------------------------------------
// (func $lagged (param $a $b $w $count $out i32)   ; a, b, out: byte addresses; count: a multiple of 4
//   for k = 0; k < count; k += 4:
//     acc0 = acc1 = 0; pa = a; pb = b + 8k
//     for j = w; j > 0; j--: u = splat(X[pa]); acc0 = acc0 + u·X[pb ..pb+1]; acc1 = acc1 + u·X[pb+2 ..pb+3]; pa, pb += 8
//     out[k .. k+3] = acc0, acc1

/** The module's bytes: imports env.memory, exports lagged. */
function kernelBytes(): Uint8Array<ArrayBuffer> {
  // Locals: 0 a, 1 b, 2 w, 3 count, 4 out (params); 5 k, 6 pa, 7 pb, 8 j (i32); 9 u, 10 acc0, 11 acc1 (v128).
  const [a, b, w, count, out, k, pa, pb, j, u, acc0, acc1] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const zero = [op.f64Const, 0, 0, 0, 0, 0, 0, 0, 0, ...simdOp(simd.f64x2Splat)];
  const accumulate = (acc: number, offset: number) => [
    ...get(acc), ...get(u), ...get(pb), ...simdOp(simd.v128Load, ...memarg(3, offset)), ...simdOp(simd.f64x2Mul), ...simdOp(simd.f64x2Add), ...set(acc),
  ];
  const code: number[] = [
    op.i32Const, 0, ...set(k),
    op.block, 0x40,
    op.loop, 0x40,
    ...get(k), ...get(count), op.i32GeS, op.brIf, 1,
    ...zero, ...set(acc0), ...zero, ...set(acc1),
    ...get(a), ...set(pa),
    ...get(k), op.i32Const, 3, op.i32Shl, ...get(b), op.i32Add, ...set(pb),
    ...get(w), ...set(j),
    op.block, 0x40,
    op.loop, 0x40,
    ...get(j), op.i32Eqz, op.brIf, 1,
    ...get(pa), op.f64Load, ...memarg(3, 0), ...simdOp(simd.f64x2Splat), ...set(u),
    ...accumulate(acc0, 0), ...accumulate(acc1, 16),
    ...addI32(pa, 8), ...addI32(pb, 8), ...addI32(j, -1),
    op.br, 0,
    op.end, op.end,
    // out[k .. k+3] = acc0, acc1
    ...get(k), op.i32Const, 3, op.i32Shl, ...get(out), op.i32Add, ...set(pa),
    ...get(pa), ...get(acc0), ...simdOp(simd.v128Store, ...memarg(3, 0)),
    ...get(pa), ...get(acc1), ...simdOp(simd.v128Store, ...memarg(3, 16)),
    ...addI32(k, BLOCK),
    op.br, 0,
    op.end, op.end,
  ];
  return kernelModuleBytes('lagged', 5, 4, 3, code);
}
