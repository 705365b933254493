// Spectral features over speech frames: centroid and ZCR as meyda defines them (see spectrum.ts), spectral flux and MFCC 1–13.
import { frameCentre, type FrameGrid } from './frames.ts';
import { dctMatrix, melFilterbank, mfccFrame, MFCC_COUNT } from './mel.ts';
import { HannSpectrum } from './spectrum.ts';

/** Means over speech frames (null when there are none). */
export interface SpectralSummary {
  /** Spectral centroid in Hz. */
  centroidHz: number | null;
  /** Mean squared difference between unit-norm magnitude spectra 20 ms apart (0 = no change, 2 = maximal). */
  flux: number | null;
  /** Zero crossings per sample (0–1). */
  zcr: number | null;
  /** Mean MFCCs c0…c12 (librosa conventions, see mel.ts). */
  mfcc: number[] | null;
}

/** Spectral frames are taken every STRIDE analysis frames (20 ms), like librosa's default hop of ≈23 ms. */
const STRIDE = 2;

/** FFT size: the power of two closest to 32 ms (512 at 16 kHz). */
export function fftSize(sampleRate: number): number {
  return 2 ** Math.round(Math.log2(0.032 * sampleRate));
}

/**
 * Spectral features every 20 ms where `mask` is 1, each a Hann-windowed `fftSize` window centred on the frame.
 * HannSpectrum gives meyda's amplitude spectrum, centroid (converted from bins to Hz) and zero-crossing count (divided
 * by the window length − 1). Flux and MFCCs are not meyda's: its spectralFlux reads outside its arrays and its MFCC
 * takes log(1 + power), which is not the log-mel spectrum librosa and the literature use.
 */
export function spectralFeatures(x: Float32Array, grid: FrameGrid, mask: Uint8Array): SpectralSummary {
  const nfft = fftSize(grid.sampleRate);
  const spectrum = new HannSpectrum(nfft);
  const bins = nfft / 2;
  const filters = melFilterbank(grid.sampleRate, nfft, bins);
  const dct = dctMatrix(MFCC_COUNT, filters.length);
  const mfccSum = new Float64Array(MFCC_COUNT);
  const mfcc = new Float64Array(MFCC_COUNT);
  const logMel = new Float64Array(filters.length);
  let unit = new Float64Array(bins);
  let prev = new Float64Array(bins);
  let prevIndex = -Infinity;
  let centroid = 0, zcr = 0, frames = 0, flux = 0, fluxPairs = 0;
  for (let i = 0; i < grid.count; i += STRIDE) {
    if (!mask[i]) continue;
    const start = frameCentre(grid, i) - nfft / 2;
    if (start < 0 || start + nfft > x.length) continue;
    spectrum.analyse(x, start);
    const amp = spectrum.amplitude;
    if (!unitNorm(amp, unit)) continue; // digital silence inside speech: no spectrum to describe
    centroid += (spectrum.centroidBin * grid.sampleRate) / nfft;
    zcr += spectrum.zeroCrossings / (nfft - 1);
    mfccFrame(amp, filters, dct, mfcc, logMel);
    for (let k = 0; k < MFCC_COUNT; k++) mfccSum[k] = (mfccSum[k] as number) + (mfcc[k] as number);
    frames += 1;
    if (prevIndex === i - STRIDE) {
      let s = 0;
      for (let k = 0; k < bins; k++) s += ((unit[k] as number) - (prev[k] as number)) ** 2;
      flux += s;
      fluxPairs += 1;
    }
    [prev, unit] = [unit, prev];
    prevIndex = i;
  }
  if (frames === 0) return { centroidHz: null, flux: null, zcr: null, mfcc: null };
  return {
    centroidHz: centroid / frames,
    flux: fluxPairs > 0 ? flux / fluxPairs : null,
    zcr: zcr / frames,
    mfcc: Array.from(mfccSum, (v) => v / frames),
  };
}

/** Writes amp / ‖amp‖ into `out`; false when the spectrum is all zeros. */
function unitNorm(amp: ArrayLike<number>, out: Float64Array): boolean {
  let norm = 0;
  for (let k = 0; k < out.length; k++) norm += (amp[k] as number) ** 2;
  if (!(norm > 0)) return false;
  const scale = 1 / Math.sqrt(norm);
  for (let k = 0; k < out.length; k++) out[k] = (amp[k] as number) * scale;
  return true;
}
