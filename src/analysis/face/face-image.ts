// Pure RGB image helpers for the face stage: the face-crop rule, block downscaling and Human-style crop-and-resize.
import type { ImageInput } from '../types.ts';

/** A region as fractions of the image: top, left, bottom, right (may reach outside 0–1; outside pixels are black). */
export type NormalizedBox = [y1: number, x1: number, y2: number, x2: number];

/** True when `data` holds exactly width × height RGB pixels and both sides are positive. */
export function isValidRgb(image: ImageInput): boolean {
  return (
    Number.isInteger(image.width) && Number.isInteger(image.height) && image.width > 0 && image.height > 0
    && image.data.length === image.width * image.height * 3
  );
}

/**
 * The automatic face-crop rule: a square image (sides within 2 %) no wider than `maxSidePx` is taken to be a tight
 * face crop (like the 48×48 FER-2013 images), so detection is skipped. `image.isFaceCrop` overrides the rule.
 */
export function isFaceCropInput(image: ImageInput, maxSidePx: number): boolean {
  if (image.isFaceCrop !== undefined) return image.isFaceCrop;
  const long = Math.max(image.width, image.height);
  const short = Math.min(image.width, image.height);
  return long <= maxSidePx && long - short <= Math.max(1, 0.02 * long);
}

/**
 * Shrinks an image by an integer factor, averaging each factor × factor block (an area filter: no aliasing).
 * Edge blocks average the pixels they have. Factor 1 returns the image itself.
 */
export function downscaleByFactor(image: ImageInput, factor: number): ImageInput {
  if (factor <= 1) return image;
  const { width, height, data } = image;
  const w = Math.ceil(width / factor);
  const h = Math.ceil(height / factor);
  const sums = new Float64Array(w * h * 3);
  const counts = new Uint32Array(w * h);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / factor) * w;
    for (let x = 0; x < width; x++) {
      const o = row + Math.floor(x / factor);
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) sums[o * 3 + c] = sums[o * 3 + c]! + data[i + c]!;
      counts[o] = counts[o]! + 1;
    }
  }
  const out = new Uint8Array(w * h * 3);
  for (let o = 0; o < w * h; o++) {
    const n = counts[o]!;
    for (let c = 0; c < 3; c++) out[o * 3 + c] = Math.round(sums[o * 3 + c]! / n);
  }
  return { data: out, width: w, height: h };
}

/**
 * Crops a region and resizes it to side × side with bilinear sampling, the same arithmetic as
 * tf.image.cropAndResize (which Human uses to cut faces): sample i of n lies at y1·(H−1) + i·(y2−y1)·(H−1)/(n−1);
 * samples outside the image are black (extrapolation value 0).
 */
export function cropAndResize(image: ImageInput, box: NormalizedBox, side: number): ImageInput {
  const { width: W, height: H, data } = image;
  const [y1, x1, y2, x2] = box;
  const ys = samplePositions(y1, y2, H, side);
  const xs = samplePositions(x1, x2, W, side);
  // Per output column, once: its two source columns (byte offsets in a row; −1 outside the image) and their weight.
  const left = new Int32Array(side);
  const right = new Int32Array(side);
  const fxs = new Float64Array(side);
  for (let j = 0; j < side; j++) {
    const x = xs[j]!;
    if (x < 0 || x > W - 1) {
      left[j] = -1;
      continue;
    }
    const x0 = Math.floor(x);
    left[j] = 3 * x0;
    right[j] = 3 * Math.min(x0 + 1, W - 1);
    fxs[j] = x - x0;
  }
  const out = new Uint8Array(side * side * 3);
  for (let i = 0; i < side; i++) {
    const y = ys[i]!;
    if (y < 0 || y > H - 1) continue;
    const y0 = Math.floor(y);
    const top = 3 * W * y0;
    const bottom = 3 * W * Math.min(y0 + 1, H - 1);
    const fy = y - y0;
    for (let j = 0, o = 3 * side * i; j < side; j++, o += 3) {
      const l = left[j]!;
      if (l < 0) continue;
      const r = right[j]!;
      const fx = fxs[j]!;
      for (let c = 0; c < 3; c++) {
        const tl = data[top + l + c]!;
        const tr = data[top + r + c]!;
        const bl = data[bottom + l + c]!;
        const br = data[bottom + r + c]!;
        const upper = tl + (tr - tl) * fx;
        const lower = bl + (br - bl) * fx;
        out[o + c] = Math.round(upper + (lower - upper) * fy);
      }
    }
  }
  return { data: out, width: side, height: side };
}

function samplePositions(a: number, b: number, size: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = n > 1 ? a * (size - 1) + (i * (b - a) * (size - 1)) / (n - 1) : 0.5 * (a + b) * (size - 1);
  }
  return out;
}
