// Mel filterbank and DCT for MFCCs, with librosa's defaults (Slaney mel scale, Slaney area normalisation, power_to_db, DCT-II ortho).

/** Mel bands used for MFCCs (librosa's default is 128 at 22.05 kHz; 40 suits a 512-point FFT at 16 kHz). */
export const MEL_BANDS = 40;
/** MFCCs kept: c0…c12, reported as mfcc1…mfcc13. */
export const MFCC_COUNT = 13;

/** Hz → mel on the Slaney (Auditory Toolbox) scale: linear below 1 kHz, logarithmic above. */
function hzToMel(f: number): number {
  return f < 1000 ? f / (200 / 3) : 15 + Math.log(f / 1000) / (Math.log(6.4) / 27);
}

function melToHz(m: number): number {
  return m < 15 ? m * (200 / 3) : 1000 * Math.exp((Math.log(6.4) / 27) * (m - 15));
}

/** One triangular filter: weights for bins first…first + weights.length − 1. */
export interface MelFilter {
  first: number;
  weights: Float64Array;
}

/** Triangular mel filters over FFT bins 0…bins−1 (bin k is k·fs/nfft Hz) from 0 Hz to fs/2, area-normalised. */
export function melFilterbank(sampleRate: number, nfft: number, bins: number, bands = MEL_BANDS): MelFilter[] {
  const top = hzToMel(sampleRate / 2);
  const edges = Array.from({ length: bands + 2 }, (_, i) => melToHz((top * i) / (bands + 1)));
  const filters: MelFilter[] = [];
  for (let m = 1; m <= bands; m++) {
    const lo = edges[m - 1] as number;
    const mid = edges[m] as number;
    const hi = edges[m + 1] as number;
    const norm = 2 / (hi - lo);
    const first = Math.max(0, Math.ceil((lo * nfft) / sampleRate));
    const last = Math.min(bins - 1, Math.floor((hi * nfft) / sampleRate));
    const weights = new Float64Array(Math.max(0, last - first + 1));
    for (let k = first; k <= last; k++) {
      const f = (k * sampleRate) / nfft;
      const w = f <= mid ? (f - lo) / (mid - lo) : (hi - f) / (hi - mid);
      weights[k - first] = Math.max(0, w) * norm;
    }
    filters.push({ first, weights });
  }
  return filters;
}

/** Orthonormal DCT-II matrix, `count` rows × `size` columns (row k, column m). */
export function dctMatrix(count: number, size: number): Float64Array[] {
  return Array.from({ length: count }, (_, k) => {
    const scale = k === 0 ? Math.sqrt(1 / size) : Math.sqrt(2 / size);
    return Float64Array.from({ length: size }, (_, m) => scale * Math.cos((Math.PI * k * (m + 0.5)) / size));
  });
}

/**
 * MFCCs of one frame from its amplitude spectrum: mel energies of |X|², 10·log10(max(·, 1e−10)), then the DCT rows.
 * `scratch` holds one value per filter.
 */
export function mfccFrame(
  amplitude: ArrayLike<number>, filters: readonly MelFilter[], dct: readonly Float64Array[], out: Float64Array, scratch: Float64Array,
): void {
  for (let m = 0; m < filters.length; m++) {
    const f = filters[m] as MelFilter;
    let e = 0;
    for (let j = 0; j < f.weights.length; j++) {
      const a = amplitude[f.first + j] as number;
      e += a * a * (f.weights[j] as number);
    }
    scratch[m] = 10 * Math.log10(Math.max(e, 1e-10));
  }
  for (let k = 0; k < dct.length; k++) {
    const row = dct[k] as Float64Array;
    let sum = 0;
    for (let m = 0; m < row.length; m++) sum += (row[m] as number) * (scratch[m] as number);
    out[k] = sum;
  }
}
