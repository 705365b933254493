// Harmonics-to-noise ratio by normalised cross-correlation at the pitch period, after Praat's "To Harmonicity (cc)".
import { SincInterpolator } from './dsp.ts';
import { frameCentre, type FrameGrid } from './frames.ts';

/** Analysis window: one period of Praat's default harmonicity pitch floor (75 Hz). */
const WINDOW_SEC = 1 / 75;
/** Correlations are clamped to this range so that HNR stays within about −40…+60 dB. */
const R_MIN = 1e-4;
const R_MAX = 1 - 1e-6;

/** Lags evaluated on each side of the expected period (covers a ±2-sample search plus the interpolator's reach). */
const SPAN = 11;

/**
 * Mean HNR (dB) over voiced frames. For each voiced frame, r is the largest normalised cross-correlation
 * Σ a·b / √(Σa² Σb²) between a window of 1/75 s and the same window shifted by a lag near the period 1/F0: the best
 * whole-sample lag within ±2 samples, then refined to 1/32 sample by band-limited interpolation of the correlation
 * and energy sequences over lag. HNR = 10·log10(r / (1 − r)), as Praat defines it. Frames with r ≤ 0 are skipped.
 * Null without voiced frames.
 */
export function meanHnrDb(x: Float32Array, grid: FrameGrid, f0: Float32Array): number | null {
  const w = Math.round(WINDOW_SEC * grid.sampleRate);
  const interp = new SincInterpolator();
  const sq = new Float64Array(x.length + 1);
  for (let i = 0; i < x.length; i++) sq[i + 1] = (sq[i] as number) + (x[i] as number) ** 2;
  const cross = new Float64Array(2 * SPAN + 1);
  const energy = new Float64Array(2 * SPAN + 1);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < grid.count; i++) {
    const hz = f0[i] as number;
    if (!(hz > 0)) continue;
    const period = grid.sampleRate / hz;
    const s = frameCentre(grid, i) - Math.round((w + period) / 2);
    const lag0 = Math.round(period);
    if (s < 0 || lag0 <= SPAN || s + lag0 + SPAN + w > x.length) continue;
    const e0 = (sq[s + w] as number) - (sq[s] as number);
    if (!(e0 > 0)) continue;
    for (let k = 0; k <= 2 * SPAN; k++) {
      const b = s + lag0 - SPAN + k;
      let c = 0;
      for (let j = 0; j < w; j++) c += (x[s + j] as number) * (x[b + j] as number);
      cross[k] = c;
      energy[k] = (sq[b + w] as number) - (sq[b] as number);
    }
    const rAt = (k: number): number => {
      const c = Number.isInteger(k) ? (cross[k] as number) : interp.at(cross, k);
      const e = Number.isInteger(k) ? (energy[k] as number) : interp.at(energy, k);
      return e > 0 ? c / Math.sqrt(e0 * e) : 0;
    };
    let best = SPAN;
    for (let k = SPAN - 2; k <= SPAN + 2; k++) if (rAt(k) > rAt(best)) best = k;
    let r = rAt(best);
    for (let f = -31; f <= 31; f++) r = Math.max(r, rAt(best + f / 32));
    if (!(r > 0)) continue;
    const rc = Math.min(R_MAX, Math.max(R_MIN, r));
    sum += 10 * Math.log10(rc / (1 - rc));
    count += 1;
  }
  return count > 0 ? sum / count : null;
}
