// Harmonics-to-noise ratio by normalised cross-correlation at the pitch period, after Praat's "To Harmonicity (cc)".
import { laggedProductsOn, SincInterpolator } from './dsp.ts';
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
 * Null without voiced frames. `x` is the clip as Float64 and `prefix` its squarePrefix.
 */
export function meanHnrDb(x: Float64Array, grid: FrameGrid, f0: Float32Array, prefix: Float64Array): number | null {
  const w = Math.round(WINDOW_SEC * grid.sampleRate);
  const interp = new SincInterpolator();
  const cross = new Float64Array(2 * SPAN + 1);
  const energy = new Float64Array(2 * SPAN + 1);
  const products = laggedProductsOn(x);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < grid.count; i++) {
    const hz = f0[i] as number;
    if (!(hz > 0)) continue;
    const period = grid.sampleRate / hz;
    const s = frameCentre(grid, i) - Math.round((w + period) / 2);
    const lag0 = Math.round(period);
    if (s < 0 || lag0 <= SPAN || s + lag0 + SPAN + w > x.length) continue;
    const e0 = (prefix[s + w] as number) - (prefix[s] as number);
    if (!(e0 > 0)) continue;
    products(s, s + lag0 - SPAN, w, 2 * SPAN + 1, cross);
    for (let k = 0; k <= 2 * SPAN; k++) {
      const b = s + lag0 - SPAN + k;
      energy[k] = (prefix[b + w] as number) - (prefix[b] as number);
    }
    let best = SPAN;
    let r = correlation(cross[SPAN] as number, e0, energy[SPAN] as number);
    for (let k = SPAN - 2; k <= SPAN + 2; k++) {
      const rk = correlation(cross[k] as number, e0, energy[k] as number);
      if (rk > r) { best = k; r = rk; }
    }
    // Lags best ± f/32: phase 32 + f of the sample before for f < 0, phase f of `best` for f > 0.
    for (let f = -31; f <= 31; f++) {
      if (f === 0) continue;
      const base = f < 0 ? best - 1 : best;
      const phase = f < 0 ? 32 + f : f;
      r = Math.max(r, correlation(interp.atPhase(cross, base, phase), e0, interp.atPhase(energy, base, phase)));
    }
    if (!(r > 0)) continue;
    const rc = Math.min(R_MAX, Math.max(R_MIN, r));
    sum += 10 * Math.log10(rc / (1 - rc));
    count += 1;
  }
  return count > 0 ? sum / count : null;
}

/** Normalised correlation c / √(e0·e); 0 when the lagged window has no energy. */
function correlation(c: number, e0: number, e: number): number {
  return e > 0 ? c / Math.sqrt(e0 * e) : 0;
}
