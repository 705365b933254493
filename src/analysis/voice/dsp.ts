// Small pure DSP helpers shared by the voice analyzer and the audio resampler: Kaiser-windowed sinc taps, symmetric-FIR
// decimation, lagged products and band-limited fractional-delay interpolation.
import { prepareSymmetricDecimation, type DecimationFill } from './decimate-simd.ts';
import { prepareLaggedProducts, type LaggedProducts } from './lagged-simd.ts';

/** Modified Bessel function of the first kind, order 0 (power series; used by the Kaiser window). */
export function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const q = (x * x) / 4;
  for (let k = 1; k < 60; k++) {
    term *= q / (k * k);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return sum;
}

/**
 * One tap of a Kaiser-windowed sinc low-pass: `t` is the distance in samples from the filter centre, `cutoff` the
 * cutoff in cycles per sample, `half` the half-length (the window is zero at |t| ≥ half), `beta` the Kaiser β.
 * The taps sum to about 1 (unit DC gain).
 */
export function kaiserSincTap(t: number, cutoff: number, half: number, beta: number): number {
  const r = t / half;
  if (Math.abs(r) >= 1) return 0;
  const x = 2 * cutoff * t;
  const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
  return (2 * cutoff * sinc * besselI0(beta * Math.sqrt(1 - r * r))) / besselI0(beta);
}

/** Low-pass (Kaiser-windowed sinc, cutoff 0.45 × the new rate, ≈60 dB) and keep every `factor`-th sample. */
export function decimate(x: Float32Array, factor: number): Float32Array {
  if (factor <= 1) return x;
  const half = 12 * factor;
  const taps = new Float64Array(2 * half + 1);
  let sum = 0;
  for (let k = -half; k <= half; k++) {
    const v = kaiserSincTap(k, 0.45 / factor, half + 1, 6);
    taps[k + half] = v;
    sum += v;
  }
  // The filter is symmetric (h_−k = h_k exactly), so only h_0…h_half are kept.
  const folded = new Float64Array(half + 1);
  for (let d = 0; d <= half; d++) folded[d] = (taps[d + half] as number) / sum;
  return decimateSymmetric(x, factor, folded);
}

/**
 * Integer-ratio decimation by a zero-phase symmetric FIR: every output sample sits on an input sample and the symmetry
 * halves the multiplications, out[n] = h0·x[c] + Σ h_d·(x[c−d] + x[c+d]) with c = n·factor. `taps[d]` is h_d for
 * d = 0…reach (h_−d = h_d). Samples outside the input count as 0.
 */
export function decimateSymmetric(input: Float32Array, factor: number, taps: Float64Array): Float32Array {
  const out = new Float32Array(Math.floor(input.length / factor));
  symmetricDecimation(input, factor, taps)(out, 0, out.length);
  return out;
}

/**
 * decimateSymmetric prepared once for `input` and computed range by range (outputs `from` ≤ n < `to`, the same values
 * however the ranges are split): interior outputs on WebAssembly SIMD where the runtime has it (decimate-simd.ts, bit
 * for bit decimateSymmetricInto's values), the rest by decimateSymmetricInto.
 */
export function symmetricDecimation(input: Float32Array, factor: number, taps: Float64Array): DecimationFill {
  return prepareSymmetricDecimation(input, factor, taps, decimateSymmetricInto);
}

/**
 * decimateSymmetric's outputs `from` ≤ n < `to` written into `out` (length floor(input.length / factor)): the same
 * values whichever ranges a caller splits the work into.
 */
export function decimateSymmetricInto(out: Float32Array, from: number, to: number, input: Float32Array, factor: number, taps: Float64Array): void {
  const reach = taps.length - 1;
  const last = input.length - 1;
  const h0 = taps[0] as number;
  // Outputs whose taps all fall inside the input: four at a time, each summed in the same order as alone (so the
  // result is bit for bit the one-at-a-time sum), which keeps four additions in flight instead of one.
  const first = Math.ceil(reach / factor);
  const end = Math.min(to, Math.floor((last - reach) / factor) + 1);
  let n = from;
  for (; n < to; n++) {
    if (n >= first && n + 3 < end) {
      const c0 = n * factor;
      const c1 = c0 + factor;
      const c2 = c1 + factor;
      const c3 = c2 + factor;
      let a0 = h0 * (input[c0] as number);
      let a1 = h0 * (input[c1] as number);
      let a2 = h0 * (input[c2] as number);
      let a3 = h0 * (input[c3] as number);
      for (let d = 1; d <= reach; d++) {
        const h = taps[d] as number;
        a0 += h * ((input[c0 - d] as number) + (input[c0 + d] as number));
        a1 += h * ((input[c1 - d] as number) + (input[c1 + d] as number));
        a2 += h * ((input[c2 - d] as number) + (input[c2 + d] as number));
        a3 += h * ((input[c3 - d] as number) + (input[c3 + d] as number));
      }
      out[n] = a0;
      out[n + 1] = a1;
      out[n + 2] = a2;
      out[n + 3] = a3;
      n += 3;
      continue;
    }
    out[n] = oneOutput(input, n * factor, taps, h0, reach, last);
  }
}

/** One output of decimateSymmetric at input position c, with zeros outside the input. */
function oneOutput(input: Float32Array, c: number, taps: Float64Array, h0: number, reach: number, last: number): number {
  let acc = h0 * (input[c] as number);
  for (let d = 1; d <= reach; d++) {
    const left = c - d >= 0 ? (input[c - d] as number) : 0;
    const right = c + d <= last ? (input[c + d] as number) : 0;
    acc += (taps[d] as number) * (left + right);
  }
  return acc;
}

/** Taps per side of the fractional-delay interpolator, and the number of fractional positions it resolves. */
const INTERP_HALF = 8;
const INTERP_PHASES = 32;

/**
 * Band-limited interpolation of a sampled signal at fractional positions (a Kaiser-windowed sinc, 16 taps, positions
 * snapped to 1/32 sample), so that peaks, period lengths and lagged correlations are not limited to whole samples.
 */
export class SincInterpolator {
  private readonly table: Float64Array;

  constructor() {
    const width = 2 * INTERP_HALF;
    this.table = new Float64Array((INTERP_PHASES + 1) * width);
    for (let p = 0; p <= INTERP_PHASES; p++) {
      let sum = 0;
      for (let k = 0; k < width; k++) {
        // Tap k weighs sample floor(t) − HALF + 1 + k; its distance from t is (HALF − 1 − k + frac).
        const v = kaiserSincTap(INTERP_HALF - 1 - k + p / INTERP_PHASES, 0.5, INTERP_HALF, 6);
        this.table[p * width + k] = v;
        sum += v;
      }
      // Unit gain at every phase, so that off-grid positions are not systematically lower than on-grid ones.
      for (let k = 0; k < width; k++) this.table[p * width + k] = (this.table[p * width + k] as number) / sum;
    }
  }

  /** The signal value at position t (in samples); 0 outside the signal. */
  at(x: Float32Array | Float64Array, t: number): number {
    const base = Math.floor(t);
    return this.atPhase(x, base, Math.round((t - base) * INTERP_PHASES));
  }

  /** The signal value at position base + phase/32 (base an integer, phase 0…32); 0 outside the signal. */
  atPhase(x: Float32Array | Float64Array, base: number, phase: number): number {
    const width = 2 * INTERP_HALF;
    const first = base - INTERP_HALF + 1;
    const row = phase * width;
    const table = this.table;
    let acc = 0;
    if (first >= 0 && first + width <= x.length) {
      for (let k = 0; k < width; k++) acc += (x[first + k] as number) * (table[row + k] as number);
      return acc;
    }
    for (let k = 0; k < width; k++) {
      const i = first + k;
      if (i >= 0 && i < x.length) acc += (x[i] as number) * (table[row + k] as number);
    }
    return acc;
  }
}

/**
 * Lagged products out[k] = Σ_{j<w} x[a+j]·x[b+k+j] for k = 0…count−1, each summed in j order as a one-lag loop would,
 * but four lags per pass so that each x[a+j] is read once per four lags. The caller keeps every index inside x.
 */
export function laggedProducts(x: Float64Array, a: number, b: number, w: number, count: number, out: Float64Array): void {
  let k = 0;
  for (; k + 3 < count; k += 4) {
    let r0 = 0, r1 = 0, r2 = 0, r3 = 0;
    for (let j = 0; j < w; j++) {
      const u = x[a + j] as number;
      const i = b + k + j;
      r0 += u * (x[i] as number);
      r1 += u * (x[i + 1] as number);
      r2 += u * (x[i + 2] as number);
      r3 += u * (x[i + 3] as number);
    }
    out[k] = r0;
    out[k + 1] = r1;
    out[k + 2] = r2;
    out[k + 3] = r3;
  }
  for (; k < count; k++) {
    let r = 0;
    for (let j = 0; j < w; j++) r += (x[a + j] as number) * (x[b + k + j] as number);
    out[k] = r;
  }
}

/**
 * laggedProducts prepared for one signal: `(a, b, w, count, out)` gives the same values bit for bit, blocks of four
 * lags on WebAssembly SIMD where the runtime has it (lagged-simd.ts; YIN-shaped calls, 200 samples × 4 lags: 1.9–2.0×).
 */
export function laggedProductsOn(x: Float64Array): LaggedProducts {
  return prepareLaggedProducts(x, laggedProducts);
}
