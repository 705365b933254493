// F0 tracking by YIN (de Cheveigné & Kawahara 2002) on an 8 kHz copy, with a voicing decision and light smoothing.
import { percentile } from '../../eval/metrics.ts';
import { decimate, laggedProductsOn } from './dsp.ts';
import type { LaggedProducts } from './lagged-simd.ts';
import { frameCentre, runs, type FrameGrid } from './frames.ts';

/** Lowest and highest F0 searched, in Hz (Praat's defaults for speech are 75–600 Hz). */
export const MIN_F0 = 65;
export const MAX_F0 = 500;
/** YIN absolute threshold on the cumulative-mean-normalised difference: below it a frame is voiced. */
export const YIN_THRESHOLD = 0.15;
/** Integration window, in seconds (covers two periods at MIN_F0). */
const WINDOW_SEC = 0.025;
/** Second-pass threshold for frames with no dip below YIN_THRESHOLD (expressive, breathy or gliding voice). */
export const LENIENT_THRESHOLD = 0.35;
/** Voiced runs shorter than this many frames are dropped as spurious. */
const MIN_RUN_FRAMES = 3;

/** One F0 value per analysis frame: Hz, or 0 where unvoiced. */
export type F0Track = Float32Array;

/**
 * YIN F0 per frame of `grid`, evaluated only where `gate` is 1 (frames above the silence threshold).
 * Steps 1–5 of YIN: difference function, cumulative-mean normalisation, absolute threshold (first dip below
 * YIN_THRESHOLD, followed to its local minimum) and parabolic interpolation. Frames without a dip are unvoiced.
 * Then voiced runs under 30 ms are dropped and a 5-point median (in log F0) removes isolated octave jumps.
 */
export function trackPitch(samples: Float32Array, grid: FrameGrid, gate: Uint8Array): F0Track {
  const factor = Math.max(1, Math.round(grid.sampleRate / 8000));
  const x = Float64Array.from(decimate(samples, factor));
  const fs = grid.sampleRate / factor;
  const tauMin = Math.max(2, Math.floor(fs / MAX_F0));
  const tauMax = Math.ceil(fs / MIN_F0);
  const w = Math.round(WINDOW_SEC * fs);
  const sq = new Float64Array(x.length + 1);
  for (let i = 0; i < x.length; i++) sq[i + 1] = (sq[i] as number) + (x[i] as number) * (x[i] as number);
  const diff = new NormalisedDifference(x, sq, w, tauMax + 1);
  const d = diff.d;
  const f0 = new Float32Array(grid.count);
  for (let i = 0; i < grid.count; i++) {
    if (!gate[i]) continue;
    const s = Math.round(frameCentre(grid, i) / factor) - (w >> 1);
    if (s < 0 || s + w + tauMax + 1 > x.length) continue;
    const e0 = (sq[s + w] as number) - (sq[s] as number);
    if (e0 <= 0) continue;
    diff.reset(s, e0);
    let best = firstDip(diff, tauMin, tauMax, YIN_THRESHOLD);
    if (best === null) best = firstDip(diff, tauMin, tauMax, LENIENT_THRESHOLD);
    if (best === null) continue;
    diff.ensure(best + 1);
    const a = d[best - 1] as number;
    const b = d[best] as number;
    const c = d[best + 1] as number;
    const denom = a - 2 * b + c;
    const shift = denom > 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / denom)) : 0;
    f0[i] = fs / (best + shift);
  }
  return smoothTrack(f0);
}

/**
 * YIN's cumulative-mean-normalised difference d'(τ) of one frame, d(τ) = e(0) + e(τ) − 2 r(τ), computed lazily up to
 * what the search needs (a voiced frame rarely needs the long lags), at least four lags at a time (see laggedProducts).
 */
class NormalisedDifference {
  /** d'(0…last); valid up to the last `ensure`. */
  readonly d: Float64Array;
  /** Scratch for the correlations r(τ) of one fill. */
  private readonly r: Float64Array;
  private s = 0;
  private e0 = 0;
  private running = 0;
  private done = 0;
  private readonly products: LaggedProducts;

  constructor(x: Float64Array, private readonly sq: Float64Array, private readonly w: number, private readonly last: number) {
    this.d = new Float64Array(last + 1);
    this.r = new Float64Array(last + 1);
    this.products = laggedProductsOn(x);
  }

  /** Starts a frame: window x[s…s+w) with energy e0. */
  reset(s: number, e0: number): void {
    this.s = s;
    this.e0 = e0;
    this.running = 0;
    this.done = 0;
    this.d[0] = 1;
  }

  /** Makes d'(0…k) available (k ≤ last). */
  ensure(k: number): void {
    if (k > this.done) this.fill(Math.min(this.last, Math.max(k, this.done + 4)));
  }

  private fill(upTo: number): void {
    const from = this.done + 1;
    this.products(this.s, this.s + from, this.w, upTo - from + 1, this.r);
    for (let tau = from; tau <= upTo; tau++) this.store(tau, this.r[tau - from] as number);
    this.done = upTo;
  }

  /** d'(τ) from the lag-τ correlation r. */
  private store(tau: number, r: number): void {
    const et = (this.sq[this.s + tau + this.w] as number) - (this.sq[this.s + tau] as number);
    const diff = this.e0 + et - 2 * r;
    this.running += diff;
    this.d[tau] = this.running > 0 ? (diff * tau) / this.running : 1;
  }
}

/** The first τ in [tauMin, tauMax] where d'(τ) < threshold, followed down to its local minimum; null if none. */
function firstDip(diff: NormalisedDifference, tauMin: number, tauMax: number, threshold: number): number | null {
  const d = diff.d;
  for (let tau = tauMin; tau <= tauMax; tau++) {
    diff.ensure(tau + 1);
    if ((d[tau] as number) < threshold) {
      while (tau + 1 <= tauMax && (d[tau + 1] as number) < (d[tau] as number)) {
        tau += 1;
        diff.ensure(tau + 1);
      }
      return tau;
    }
  }
  return null;
}

/** Drops voiced runs shorter than MIN_RUN_FRAMES and applies a 5-point median to log F0 within each run. */
function smoothTrack(f0: F0Track): F0Track {
  const out = new Float32Array(f0.length);
  for (const [a, b] of runs(Array.from(f0, (v) => v > 0))) {
    if (b - a < MIN_RUN_FRAMES) continue;
    for (let i = a; i < b; i++) {
      const win: number[] = [];
      for (let k = Math.max(a, i - 2); k <= Math.min(b - 1, i + 2); k++) win.push(f0[k] as number);
      win.sort((p, q) => p - q);
      out[i] = win[win.length >> 1] as number;
    }
  }
  return out;
}

/** Pitch summary over voiced frames: mean F0 (Hz), SD and 5th–95th percentile range in semitones. */
export interface PitchStats {
  meanHz: number | null;
  sdSemitones: number | null;
  rangeSemitones: number | null;
  voicedFrames: number;
  /** Share of consecutive voiced frame pairs whose F0 moves less than STEADY_SEMITONES (tones and instruments ≈ 1). */
  steadyRatio: number | null;
}

/** Frame-to-frame F0 change (semitones) below which a pair of voiced frames counts as steady. */
export const STEADY_SEMITONES = 0.05;

/** Share of consecutive voiced frames with an F0 change under STEADY_SEMITONES; null with fewer than 10 such pairs. */
export function steadyRatio(f0: F0Track): number | null {
  let pairs = 0;
  let steady = 0;
  for (let i = 1; i < f0.length; i++) {
    const a = f0[i - 1] as number;
    const b = f0[i] as number;
    if (a <= 0 || b <= 0) continue;
    pairs += 1;
    if (Math.abs(12 * Math.log2(b / a)) < STEADY_SEMITONES) steady += 1;
  }
  return pairs >= 10 ? steady / pairs : null;
}

/** Summarises the voiced frames of a track (null values when fewer than 3 voiced frames). */
export function pitchStats(f0: F0Track, mask?: Uint8Array): PitchStats {
  const hz: number[] = [];
  f0.forEach((v, i) => { if (v > 0 && (!mask || mask[i])) hz.push(v); });
  if (hz.length < 3) return { meanHz: null, sdSemitones: null, rangeSemitones: null, voicedFrames: hz.length, steadyRatio: null };
  const st = hz.map((v) => 12 * Math.log2(v / 100));
  const meanSt = st.reduce((s, v) => s + v, 0) / st.length;
  const sd = Math.sqrt(st.reduce((s, v) => s + (v - meanSt) ** 2, 0) / (st.length - 1));
  const range = percentile(st, 95) - percentile(st, 5);
  const masked = mask ? f0.map((v, i) => (mask[i] ? v : 0)) : f0;
  return { meanHz: hz.reduce((s, v) => s + v, 0) / hz.length, sdSemitones: sd, rangeSemitones: range, voicedFrames: hz.length, steadyRatio: steadyRatio(masked) };
}
