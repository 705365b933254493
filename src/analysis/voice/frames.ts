// The 10 ms analysis grid shared by every acoustic measure, and frame energies computed from one prefix sum.

/** Analysis hop, in seconds (every contour in the voice analyzer has one value per hop). */
export const HOP_SEC = 0.01;

/** A grid of frames: frame i is centred on sample (i + 0.5) · hop. */
export interface FrameGrid {
  sampleRate: number;
  /** Hop in samples. */
  hop: number;
  /** Number of frames. */
  count: number;
}

/** The frame grid for `length` samples at `sampleRate`. */
export function frameGrid(length: number, sampleRate: number): FrameGrid {
  const hop = Math.round(HOP_SEC * sampleRate);
  return { sampleRate, hop, count: Math.floor(length / hop) };
}

/** Centre sample of frame i. */
export function frameCentre(grid: FrameGrid, i: number): number {
  return Math.round((i + 0.5) * grid.hop);
}

/** Prefix sums of x² (Float64, length n + 1), so that any window's energy costs O(1). */
export function squarePrefix(x: Float32Array): Float64Array {
  const p = new Float64Array(x.length + 1);
  let acc = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    acc += v * v;
    p[i + 1] = acc;
  }
  return p;
}

/**
 * Mean square of a rectangular window of `windowSec` seconds centred on each frame (clipped at the clip edges).
 * Returns one value per frame.
 */
export function frameMeanSquare(prefix: Float64Array, grid: FrameGrid, windowSec: number): Float64Array {
  const n = prefix.length - 1;
  const halfWin = Math.max(1, Math.round((windowSec * grid.sampleRate) / 2));
  const out = new Float64Array(grid.count);
  for (let i = 0; i < grid.count; i++) {
    const c = frameCentre(grid, i);
    const a = Math.max(0, c - halfWin);
    const b = Math.min(n, c + halfWin);
    out[i] = b > a ? ((prefix[b] as number) - (prefix[a] as number)) / (b - a) : 0;
  }
  return out;
}

/** Power (mean square) to dB re full scale, floored at -120 dB. */
export function powerDb(ms: number): number {
  return 10 * Math.log10(Math.max(ms, 1e-12));
}

/** Frame mean squares to dB. */
export function toDb(ms: Float64Array): Float64Array {
  return ms.map(powerDb);
}

/** Runs of consecutive true values as [start, end) index pairs. */
export function runs(mask: ArrayLike<boolean | number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= mask.length; i++) {
    const on = i < mask.length && Boolean(mask[i]);
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}
