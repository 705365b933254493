// Symmetric-FIR decimation (dsp.ts' decimateSymmetricInto) with WebAssembly SIMD for the outputs whose taps all fall
// inside the input: the same arithmetic in the same order for every output, two outputs per f64x2 lane pair, so the
// result is bit for bit the JavaScript one (tested). The module is a few hundred bytes assembled here (no toolchain).
// Where WebAssembly SIMD is missing, everything runs on the JavaScript path.
import { addI32, align16, claimKernel, get, keptKernels, kernelModuleBytes, lazyModule, memarg, op, set, simd, simdOp } from './wasm-asm.ts';

/** Outputs per WebAssembly block: 4 accumulators of 2 lanes (keeps 4 additions in flight, as the JS loop does). */
const BLOCK = 8;
/** Below this many interior outputs the copy into WebAssembly memory is not worth it. */
const MIN_WASM_OUTPUTS = 256;

/** Outputs from ≤ n < to of one prepared decimation. */
export type DecimationFill = (out: Float32Array, from: number, to: number) => void;

/** A JavaScript fallback with dsp.ts' signature (passed in so that this file does not import its caller). */
export type DecimateJs = (out: Float32Array, from: number, to: number, input: Float32Array, factor: number, taps: Float64Array) => void;

/** The compiled kernel, or null when this runtime has no WebAssembly SIMD. */
const kernelModule = lazyModule(() => kernelBytes());

/**
 * Prepares `input` for decimation by `factor` with the symmetric taps h_0…h_reach and returns a fill function giving
 * exactly `js`'s values for any output range: interior outputs in blocks of 8 on WebAssembly SIMD (the input split into
 * its `factor` phases as float64 once, here), the edges and the remainder on `js`.
 */
export function prepareSymmetricDecimation(input: Float32Array, factor: number, taps: Float64Array, js: DecimateJs): DecimationFill {
  const reach = taps.length - 1;
  const last = input.length - 1;
  const first = Math.ceil(reach / factor);
  const end = Math.floor((last - reach) / factor) + 1; // interior outputs: first ≤ n < end
  const plain: DecimationFill = (out, from, to) => js(out, from, to, input, factor, taps);
  const module = end - first >= MIN_WASM_OUTPUTS && reach >= 1 ? kernelModule() : null;
  if (!module) return plain;

  // Memory: taps (f64), per-tap left/right byte offsets (i32 pairs), the input's phases (f64), the output (f32).
  const phaseLength = Math.ceil(input.length / factor);
  const tapsAt = 0;
  const offsAt = align16(tapsAt + 8 * (reach + 1));
  const phasesAt = align16(offsAt + 8 * reach);
  const phaseBytes = align16(8 * phaseLength);
  const outAt = phasesAt + factor * phaseBytes;
  const bytes = outAt + 4 * (end + BLOCK);
  let result!: Float32Array;
  // This decimation's tables and phases in the kernel's memory (written again if another decimation used it since).
  const use = claimKernel(kernelFor, module, bytes, (buffer) => {
    new Float64Array(buffer, tapsAt, reach + 1).set(taps);
    const offs = new Int32Array(buffer, offsAt, 2 * reach);
    for (let d = 1; d <= reach; d++) {
      // x[c − d] with c = n·factor is phase (−d mod factor) at n − q; x[c + d] is phase (d mod factor) at n + ⌊d / factor⌋.
      const leftPhase = (factor - (d % factor)) % factor;
      const q = (d + leftPhase) / factor;
      offs[2 * (d - 1)] = phasesAt + leftPhase * phaseBytes - 8 * q;
      offs[2 * (d - 1) + 1] = phasesAt + (d % factor) * phaseBytes + 8 * Math.floor(d / factor);
    }
    for (let r = 0; r < factor; r++) splitPhase(input, r, factor, new Float64Array(buffer, phasesAt + r * phaseBytes, phaseLength));
    result = new Float32Array(buffer, outAt, end + BLOCK);
  });

  return (out, from, to) => {
    const a = Math.max(from, first);
    const blocks = Math.max(0, Math.floor((Math.min(to, end) - a) / BLOCK));
    const b = a + blocks * BLOCK;
    if (blocks === 0) return plain(out, from, to);
    if (from < a) plain(out, from, a);
    use().run(a, b, reach, phasesAt, tapsAt, offsAt, outAt);
    out.set(result.subarray(a, b), a);
    if (b < to) plain(out, b, to);
  };
}

type Run = (from: number, to: number, reach: number, centre: number, taps: number, offs: number, out: number) => void;
/** The thread's kernel instance (its memory kept between decimations, ≤ 8 MB: 5 s at 48 kHz needs ~2.3 MB). */
const kernelFor = keptKernels<Run>('decimate');

/** phase[m] = input[m · factor + r], widened to float64 (exactly). */
function splitPhase(input: Float32Array, r: number, factor: number, phase: Float64Array): void {
  const n = input.length;
  for (let m = 0, i = r; i < n; m++, i += factor) phase[m] = input[i] as number;
}

// ---- the kernel, assembled ------------------------------------------------------------------------------------------
// (func $decimate (param $from $to $reach $centre $taps $offs $out i32)
//   for n = from; n < to; n += 8:
//     acc_k = splat(h0) · X0[n + 2k .. n + 2k + 1]                          (k = 0..3)
//     for d = 1..reach: acc_k += splat(h_d) · (X[left_d + n + 2k ..] + X[right_d + n + 2k ..])
//     out[n + 2k + lane] = f32(acc_k[lane])

/** The module's bytes: imports env.memory, exports decimate. */
function kernelBytes(): Uint8Array<ArrayBuffer> {
  // Locals: 0 from, 1 to, 2 reach, 3 centre, 4 taps, 5 offs, 6 out (params); 7 n, 8 d, 9 base, 10 po, 11 pt, 12 left,
  // 13 right (i32); 14 h, 15–18 acc0–acc3 (v128).
  const [from, to, reach, centre, taps, offs, out, n, d, base, po, pt, left, right, h] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const acc = (k: number) => 15 + k;
  const k4 = [0, 1, 2, 3];
  const code: number[] = [
    ...get(from), ...set(n),
    op.block, 0x40,
    op.loop, 0x40,
    ...get(n), ...get(to), op.i32GeS, op.brIf, 1,
    ...get(n), op.i32Const, 3, op.i32Shl, ...set(base),
    // acc_k = splat(h0) · X0[n + 2k ..]
    ...get(taps), op.f64Load, ...memarg(3, 0), ...simdOp(simd.f64x2Splat), ...set(h),
    ...k4.flatMap((k) => [...get(h), ...get(centre), ...get(base), op.i32Add, ...simdOp(simd.v128Load, ...memarg(3, 16 * k)), ...simdOp(simd.f64x2Mul), ...set(acc(k))]),
    ...get(offs), ...set(po),
    ...get(taps), op.i32Const, 8, op.i32Add, ...set(pt),
    ...get(reach), ...set(d),
    op.block, 0x40,
    op.loop, 0x40,
    ...get(d), op.i32Eqz, op.brIf, 1,
    ...get(pt), op.f64Load, ...memarg(3, 0), ...simdOp(simd.f64x2Splat), ...set(h),
    ...get(po), op.i32Load, ...memarg(2, 0), ...get(base), op.i32Add, ...set(left),
    ...get(po), op.i32Load, ...memarg(2, 4), ...get(base), op.i32Add, ...set(right),
    // acc_k = acc_k + h · (left + right), in that order (the JS loop's `a += h * (x[c − d] + x[c + d])`)
    ...k4.flatMap((k) => [
      ...get(acc(k)), ...get(h),
      ...get(left), ...simdOp(simd.v128Load, ...memarg(3, 16 * k)),
      ...get(right), ...simdOp(simd.v128Load, ...memarg(3, 16 * k)),
      ...simdOp(simd.f64x2Add), ...simdOp(simd.f64x2Mul), ...simdOp(simd.f64x2Add), ...set(acc(k)),
    ]),
    ...addI32(po, 8), ...addI32(pt, 8), ...addI32(d, -1),
    op.br, 0,
    op.end, op.end,
    // out[n + 2k + lane] = f32(acc_k[lane])
    ...get(n), op.i32Const, 2, op.i32Shl, ...get(out), op.i32Add, ...set(left),
    ...k4.flatMap((k) => [0, 1].flatMap((lane) => [
      ...get(left), ...get(acc(k)), ...simdOp(simd.f64x2ExtractLane, lane), op.f32DemoteF64, op.f32Store, ...memarg(2, 8 * k + 4 * lane),
    ])),
    ...addI32(n, BLOCK),
    op.br, 0,
    op.end, op.end,
  ];
  return kernelModuleBytes('decimate', 7, 7, 5, code);
}
