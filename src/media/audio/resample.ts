// Band-limited sample-rate conversion: a polyphase Kaiser-windowed-sinc resampler (≈80 dB stopband) with no dependencies.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { kaiserSincTap, symmetricDecimation } from '../../analysis/voice/dsp.ts';

/** Stopband attenuation of the anti-aliasing filter, in dB. */
const STOPBAND_DB = 80;
/** Passband edge and stopband edge as fractions of the lower of the two Nyquist frequencies. */
const PASS_EDGE = 0.9;
const STOP_EDGE = 1.0;
/** Most filter phases kept in the table; rarer ratios snap to the nearest of this many (timing error ≤ 1/8192 sample). */
const MAX_PHASES = 4096;
/**
 * Most taps in the table (phases × width, 2 MB of floats): a wide filter (high input rate) gets fewer phases, so the
 * table costs at most ~40 ms to build for any rate pair. Without it a rate sharing no factor with the target (767,999
 * → 16,000 Hz) built ~20 M taps. The per-sample work needs no cap: it is about 100 taps per input sample when
 * downsampling and 100 × the ratio when upsampling, so the caller bounds it by bounding length and ratio.
 */
const MAX_TABLE_TAPS = 1 << 19;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The filter design for one rate pair: cutoff (cycles per input sample), half-length (input samples), Kaiser beta. */
function design(fromRate: number, toRate: number): { cutoff: number; half: number; beta: number } {
  const nyquist = Math.min(fromRate, toRate) / 2;
  const cutoffHz = ((PASS_EDGE + STOP_EDGE) / 2) * nyquist;
  const transitionHz = (STOP_EDGE - PASS_EDGE) * nyquist;
  // Kaiser's formulas: taps ≈ (A − 7.95) / (2.285 · Δω), β = 0.1102 (A − 8.7) for A > 50 dB.
  const taps = (STOPBAND_DB - 7.95) / (2.285 * 2 * Math.PI * (transitionHz / fromRate));
  return { cutoff: cutoffHz / fromRate, half: Math.ceil(taps / 2), beta: 0.1102 * (STOPBAND_DB - 8.7) };
}

/** A planned conversion: the output length, and the outputs `from` ≤ n < `to` computed into `out`. */
interface ResamplePlan {
  length: number;
  fill(out: Float32Array, from: number, to: number): void;
}

/** Plans `fromRate` → `toRate` over `input` (null when the rates are equal). */
function plan(input: Float32Array, fromRate: number, toRate: number): ResamplePlan | null {
  if (fromRate === toRate) return null;
  if (!(fromRate > 0 && toRate > 0) || !Number.isInteger(fromRate) || !Number.isInteger(toRate)) {
    throw new RangeError(`sample rates must be positive integers (got ${fromRate} → ${toRate})`);
  }
  const g = gcd(fromRate, toRate);
  const step = fromRate / g; // input advance per output sample, as a fraction step/up
  const up = toRate / g;
  const { cutoff, half, beta } = design(fromRate, toRate);
  // Integer ratio (48 → 16 kHz, 32 → 16 kHz): every output sample sits on an input sample, so one symmetric phase serves.
  if (up === 1) {
    const taps = symmetricTaps(half, cutoff, beta);
    return { length: Math.floor(input.length / step), fill: symmetricDecimation(input, step, taps) };
  }
  const width = 2 * half;
  const phases = Math.min(up, MAX_PHASES, Math.max(1, Math.floor(MAX_TABLE_TAPS / width)));
  const table = buildTable(phases, width, half, cutoff, beta);
  const last = input.length - 1;
  const fill = (out: Float32Array, from: number, to: number): void => {
    for (let n = from; n < to; n++) {
      const num = n * step;
      let base = Math.floor(num / up);
      let phase = num - base * up;
      if (phases !== up) {
        phase = Math.round((phase * phases) / up);
        if (phase === phases) { phase = 0; base += 1; }
      }
      // Taps k = 0..width-1 sit at input index base - half + 1 + k.
      const first = base - half + 1;
      const row = phase * width;
      let acc = 0;
      const kStart = first < 0 ? -first : 0;
      const kEnd = first + width - 1 > last ? last - first : width - 1;
      for (let k = kStart; k <= kEnd; k++) acc += (input[first + k] as number) * (table[row + k] as number);
      out[n] = acc;
    }
  };
  return { length: Math.floor((input.length * up) / step), fill };
}

/**
 * Resamples mono PCM from `fromRate` to `toRate` with a windowed-sinc low-pass at 0.95 × the lower Nyquist frequency
 * (passband to 0.9, stopband from 1.0 × Nyquist, ≈80 dB down), so content above the new Nyquist is removed rather than
 * folded back. Returns the input itself when the rates are equal.
 */
export function resample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  const p = plan(input, fromRate, toRate);
  if (!p) return input;
  const out = new Float32Array(p.length);
  p.fill(out, 0, p.length);
  return out;
}

/**
 * resample's result computed in `slices` parts with a turn of the event loop between them (the same values), so that
 * work waiting on this thread — a decoded photo whose face detector could already run — is not held back for the
 * whole conversion (~10 ms for 5 s at 48 kHz).
 */
export async function resampleYielding(input: Float32Array, fromRate: number, toRate: number, slices = 4): Promise<Float32Array> {
  const p = plan(input, fromRate, toRate);
  if (!p) return input;
  const out = new Float32Array(p.length);
  const size = Math.ceil(p.length / Math.max(1, slices));
  for (let from = 0; from < p.length; from += size) {
    if (from > 0) await nextTurn();
    p.fill(out, from, Math.min(p.length, from + size));
  }
  return out;
}

/** The zero-phase taps h_0..h_(half−1) of the filter (the general table's phase 0, read from its centre). */
function symmetricTaps(half: number, cutoff: number, beta: number): Float64Array {
  const taps = new Float64Array(half);
  for (let d = 0; d < half; d++) taps[d] = kaiserSincTap(d, cutoff, half, beta);
  return taps;
}

/** Filter taps for each fractional phase p/phases: tap k is at distance (half - 1 - k + p/phases) input samples. */
function buildTable(phases: number, width: number, half: number, cutoff: number, beta: number): Float32Array {
  const table = new Float32Array(phases * width);
  for (let p = 0; p < phases; p++) {
    for (let k = 0; k < width; k++) table[p * width + k] = kaiserSincTap(half - 1 - k + p / phases, cutoff, half, beta);
  }
  return table;
}
