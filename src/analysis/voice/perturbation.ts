// Glottal pulses from waveform peaks guided by the F0 track, and local jitter and shimmer computed as Praat defines them.
import { SincInterpolator } from './dsp.ts';
import { frameCentre, runs, type FrameGrid } from './frames.ts';

/** Praat's defaults for jitter and shimmer: shortest and longest period (s), largest period and amplitude ratios. */
export const PERIOD_FLOOR_SEC = 0.0001;
export const PERIOD_CEILING_SEC = 0.02;
export const MAX_PERIOD_FACTOR = 1.3;
export const MAX_AMPLITUDE_FACTOR = 1.6;
/** Fewer valid period pairs than this give null (too little voicing to say anything). */
const MIN_PAIRS = 10;

/** Pulse times (in samples, sub-sample precision), one array per voiced run. */
export type PulseTrains = number[][];

/**
 * Places one pulse per glottal cycle in every voiced run, like Praat's "To PointProcess (periodic, cc)": the first
 * pulse at the largest peak of the run's first full period (refined to 1/32 sample on the sinc-interpolated waveform), each
 * next one where the one-period waveform around the previous pulse matches best (normalised cross-correlation over
 * lags of 0.8–1.25 local periods, refined by a parabola). Pulse spacing therefore measures the period of the waveform
 * as a whole rather than of one noisy peak.
 */
export function findPulses(x: Float64Array, grid: FrameGrid, f0: Float32Array): PulseTrains {
  const trains: PulseTrains = [];
  const interp = new SincInterpolator();
  const matcher = new PulseMatcher(x);
  for (const [a, b] of runs(Array.from(f0, (v) => v > 0))) {
    const start = Math.max(1, frameCentre(grid, a) - (grid.hop >> 1));
    const end = Math.min(x.length - 2, frameCentre(grid, b - 1) + (grid.hop >> 1));
    let max = 0;
    let min = 0;
    for (let i = start; i < end; i++) {
      max = Math.max(max, x[i] as number);
      min = Math.min(min, x[i] as number);
    }
    const sign = max >= -min ? 1 : -1;
    const periodAt = (pos: number): number => {
      const frame = Math.min(b - 1, Math.max(a, Math.floor(pos / grid.hop)));
      return grid.sampleRate / ((f0[frame] as number) || (f0[a] as number));
    };
    // Start at the largest peak of the first two full periods; when matching fails (a dropout), start again further on.
    let from = start + Math.ceil(periodAt(start) / 2) + 1;
    let train: number[] = [];
    while (from < end) {
      if (train.length === 0) {
        const t = periodAt(from);
        const peak = peakIn(x, sign, from, Math.min(end, from + Math.round(2 * t)));
        if (peak < 0) break;
        train.push(refine(x, sign, peak, interp));
      }
      const pos = train[train.length - 1] as number;
      const next = matcher.next(pos, periodAt(pos), end);
      if (next !== null) {
        train.push(next);
        continue;
      }
      if (train.length >= 3) trains.push(train);
      train = [];
      from = Math.round(pos + periodAt(pos));
    }
    if (train.length >= 3) trains.push(train);
  }
  return trains;
}

/**
 * Finds the position one period after `pos` whose surrounding period best matches the one around `pos`. Holds the
 * per-lag scratch arrays so that following a train allocates nothing per pulse.
 */
class PulseMatcher {
  private rs = new Float64Array(0);

  constructor(private readonly x: Float64Array) {}

  /** The next pulse position after `pos` (local period `period`); null past `end` or without a positive match. */
  next(pos: number, period: number, end: number): number | null {
    const x = this.x;
    const half = Math.round(period / 2);
    const ref = Math.round(pos) - half;
    const lo = Math.round(0.8 * period);
    const hi = Math.round(1.25 * period);
    const w = 2 * half;
    if (ref < 0 || Math.round(pos) + hi + half > end) return null;
    const lags = hi - lo + 1;
    if (this.rs.length < lags) this.rs = new Float64Array(lags);
    const rs = this.rs;
    let aa = 0;
    for (let j = ref; j < ref + w; j++) aa += (x[j] as number) * (x[j] as number);
    let best = -1;
    let bestR = -Infinity;
    for (let k = 0; k < lags; k++) {
      const b = ref + lo + k;
      let ab = 0, bb = 0;
      for (let j = 0; j < w; j++) {
        const u = x[ref + j] as number;
        const v = x[b + j] as number;
        ab += u * v;
        bb += v * v;
      }
      const r = aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
      rs[k] = r;
      if (r > bestR) { bestR = r; best = lo + k; }
    }
    if (best < 0 || bestR <= 0) return null;
    let delta = 0;
    const k = best - lo;
    if (k > 0 && k < lags - 1) {
      const ra = rs[k - 1] as number;
      const rc = rs[k + 1] as number;
      const denom = ra - 2 * bestR + rc;
      if (denom < 0) delta = Math.max(-0.5, Math.min(0.5, (0.5 * (ra - rc)) / denom));
    }
    return pos + best + delta;
  }
}

function peakIn(x: Float64Array, sign: number, lo: number, hi: number): number {
  let best = -1;
  let value = -Infinity;
  for (let i = Math.max(1, lo); i < hi; i++) {
    const v = sign * (x[i] as number);
    if (v > value) { value = v; best = i; }
  }
  return best;
}

/** Sub-sample position of the peak near integer index i: the maximum of the interpolated waveform within ±1 sample. */
function refine(x: Float64Array, sign: number, i: number, interp: SincInterpolator): number {
  let best = i;
  let value = -Infinity;
  for (let k = -32; k <= 32; k++) {
    const t = i + k / 32;
    const v = sign * interp.at(x, t);
    if (v > value) { value = v; best = t; }
  }
  return best;
}

/**
 * Praat's jitter (local): the mean absolute difference between consecutive periods (both within 0.1–20 ms and with a
 * ratio ≤ 1.3) divided by the mean period (periods within 0.1–20 ms). A fraction (0.01 = 1 %); null when too few pairs.
 */
export function jitterLocal(trains: PulseTrains, sampleRate: number): number | null {
  let diffSum = 0;
  let pairs = 0;
  let periodSum = 0;
  let periods = 0;
  for (const train of trains) {
    for (let i = 1; i < train.length; i++) {
      const p = ((train[i] as number) - (train[i - 1] as number)) / sampleRate;
      if (!inRange(p)) continue;
      periodSum += p;
      periods += 1;
      if (i < 2) continue;
      const prev = ((train[i - 1] as number) - (train[i - 2] as number)) / sampleRate;
      if (inRange(prev) && Math.max(p, prev) / Math.min(p, prev) <= MAX_PERIOD_FACTOR) {
        diffSum += Math.abs(p - prev);
        pairs += 1;
      }
    }
  }
  return pairs >= MIN_PAIRS && periods > 0 ? diffSum / pairs / (periodSum / periods) : null;
}

/**
 * Praat's shimmer (local): each inner pulse gets the Hann-windowed RMS amplitude over 0.2 of the period before and
 * after it (periods in range, ratio ≤ 1.3); then the mean absolute difference between consecutive amplitudes (ratio
 * ≤ 1.6, interval in range) divided by the mean amplitude. A fraction; null when too few pairs.
 */
export function shimmerLocal(x: Float64Array, trains: PulseTrains, sampleRate: number): number | null {
  const interp = new SincInterpolator();
  let diffSum = 0;
  let pairs = 0;
  let ampSum = 0;
  let amps = 0;
  for (const train of trains) {
    const points: Array<{ t: number; a: number }> = [];
    for (let i = 1; i < train.length - 1; i++) {
      const t = train[i] as number;
      const p1 = t - (train[i - 1] as number);
      const p2 = (train[i + 1] as number) - t;
      if (!inRange(p1 / sampleRate) || !inRange(p2 / sampleRate) || Math.max(p1, p2) / Math.min(p1, p2) > MAX_PERIOD_FACTOR) continue;
      const a = hannRms(x, t, 0.2 * p1, 0.2 * p2, interp);
      if (a > 0) points.push({ t, a });
    }
    for (let k = 0; k < points.length; k++) {
      const cur = points[k] as { t: number; a: number };
      if (k < points.length - 1) { ampSum += cur.a; amps += 1; }
      if (k === 0) continue;
      const prev = points[k - 1] as { t: number; a: number };
      if (!inRange((cur.t - prev.t) / sampleRate)) continue;
      if (Math.max(cur.a, prev.a) / Math.min(cur.a, prev.a) > MAX_AMPLITUDE_FACTOR) continue;
      diffSum += Math.abs(cur.a - prev.a);
      pairs += 1;
    }
  }
  return pairs >= MIN_PAIRS && amps > 0 ? diffSum / pairs / (ampSum / amps) : null;
}

function inRange(periodSec: number): boolean {
  return periodSec >= PERIOD_FLOOR_SEC && periodSec <= PERIOD_CEILING_SEC;
}

/**
 * RMS under an asymmetric Hann window centred on `t` (samples) reaching `left` samples before and `right` after,
 * sampled every half sample on the interpolated waveform (a short window at 16 kHz holds only a few samples).
 */
function hannRms(x: Float64Array, t: number, left: number, right: number, interp: SincInterpolator): number {
  let sum = 0;
  let wsum = 0;
  for (let u = -left; u <= right; u += 0.5) {
    const w = 0.5 + 0.5 * Math.cos((Math.PI * u) / (u < 0 ? left : right));
    const v = interp.at(x, t + u) * w;
    sum += v * v;
    wsum += w * w;
  }
  return wsum > 0 ? Math.sqrt(sum / wsum) : 0;
}
