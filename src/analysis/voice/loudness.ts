// Level measures: plain RMS in dBFS, ITU-R BS.1770-4 gated loudness (K-weighting at any sample rate) and clipping.

/** BS.1770 K-weighting stages as analogue prototypes (gain dB, Q, corner Hz), valid at any sample rate. */
const SHELF = { gainDb: 3.99984385397, q: 0.7071752369554193, fc: 1681.9744509555319 };
const HIGH_PASS = { q: 0.5003270373253953, fc: 38.13547087613982 };
/** Gating block 400 ms with 75 % overlap, absolute gate −70 LUFS, relative gate −10 LU (BS.1770-4). */
const BLOCK_SEC = 0.4;
const STEP_SEC = 0.1;
const ABSOLUTE_GATE = -70;
const RELATIVE_GATE = -10;
/** Samples at or above this magnitude count as clipped. */
export const CLIP_LEVEL = 0.99;

type Biquad = [b0: number, b1: number, b2: number, a1: number, a2: number];

/** RBJ-cookbook high-shelf and high-pass biquads for the K-weighting stages at `fs`. */
function kWeighting(fs: number): Biquad[] {
  const shelfA = 10 ** (SHELF.gainDb / 40);
  let w0 = (2 * Math.PI * SHELF.fc) / fs;
  let alpha = Math.sin(w0) / (2 * SHELF.q);
  let cos = Math.cos(w0);
  const sq = 2 * Math.sqrt(shelfA) * alpha;
  const a0s = shelfA + 1 - (shelfA - 1) * cos + sq;
  const shelf: Biquad = [
    (shelfA * (shelfA + 1 + (shelfA - 1) * cos + sq)) / a0s,
    (-2 * shelfA * (shelfA - 1 + (shelfA + 1) * cos)) / a0s,
    (shelfA * (shelfA + 1 + (shelfA - 1) * cos - sq)) / a0s,
    (2 * (shelfA - 1 - (shelfA + 1) * cos)) / a0s,
    (shelfA + 1 - (shelfA - 1) * cos - sq) / a0s,
  ];
  w0 = (2 * Math.PI * HIGH_PASS.fc) / fs;
  alpha = Math.sin(w0) / (2 * HIGH_PASS.q);
  cos = Math.cos(w0);
  const a0h = 1 + alpha;
  const highPass: Biquad = [(1 + cos) / 2 / a0h, -(1 + cos) / a0h, (1 + cos) / 2 / a0h, (-2 * cos) / a0h, (1 - alpha) / a0h];
  return [shelf, highPass];
}

function filter(x: Float32Array | Float64Array, [b0, b1, b2, a1, a2]: Biquad): Float64Array {
  const y = new Float64Array(x.length);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    const out = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1; x1 = v; y2 = y1; y1 = out;
    y[i] = out;
  }
  return y;
}

/**
 * Integrated loudness per ITU-R BS.1770-4 for one channel, in LUFS (K-weighted dB relative to full scale; a full-scale
 * 997 Hz sine reads about −3 LUFS): mean square of the K-weighted signal over 400 ms blocks (100 ms step) that pass the
 * −70 LUFS absolute gate and the −10 LU relative gate. Pauses and silence therefore do not lower it.
 * Null when no block passes the gates (silence) or the clip is shorter than one block.
 */
export function integratedLoudness(x: Float32Array, sampleRate: number): number | null {
  const [shelf, highPass] = kWeighting(sampleRate) as [Biquad, Biquad];
  const y = filter(filter(x, shelf), highPass);
  const block = Math.round(BLOCK_SEC * sampleRate);
  const step = Math.round(STEP_SEC * sampleRate);
  if (y.length < block) return null;
  const prefix = new Float64Array(y.length + 1);
  for (let i = 0; i < y.length; i++) prefix[i + 1] = (prefix[i] as number) + (y[i] as number) ** 2;
  const powers: number[] = [];
  for (let s = 0; s + block <= y.length; s += step) powers.push(((prefix[s + block] as number) - (prefix[s] as number)) / block);
  const lufs = (p: number): number => -0.691 + 10 * Math.log10(p);
  const gated = powers.filter((p) => p > 0 && lufs(p) > ABSOLUTE_GATE);
  if (gated.length === 0) return null;
  const relative = lufs(gated.reduce((s, p) => s + p, 0) / gated.length) + RELATIVE_GATE;
  const kept = gated.filter((p) => lufs(p) > relative);
  return lufs(kept.reduce((s, p) => s + p, 0) / kept.length);
}

/** RMS level of the whole clip in dBFS (a full-scale square wave is 0 dBFS); null for digital silence. */
export function rmsDbfs(prefix: Float64Array): number | null {
  const n = prefix.length - 1;
  const ms = n > 0 ? (prefix[n] as number) / n : 0;
  return ms > 0 ? 10 * Math.log10(ms) : null;
}

/** Fraction of samples at or above CLIP_LEVEL in magnitude. */
export function clippingRatio(x: Float32Array): number {
  let clipped = 0;
  for (let i = 0; i < x.length; i++) if (Math.abs(x[i] as number) >= CLIP_LEVEL) clipped += 1;
  return x.length ? clipped / x.length : 0;
}
