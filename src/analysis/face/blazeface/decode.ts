// BlazeFace's raw output → faces, exactly as Human 3.3 decodes it (src/face/blazeface.ts getBoxes and the detector-only
// branch of facemesh.ts): anchors of the 16 × 16 (2 per cell) and 8 × 8 (6 per cell) grids, sigmoid scores, boxes
// from anchor offsets, greedy non-maximum suppression as tfjs does it, then Human's scaling to the image, its margin
// (`scale`, 1.4) and squaring, clamped box, relative box and score rounded to 2 decimals — the HumanFace fields.
import type { HumanFace } from '../human-loader.ts';

/** What decoding needs besides the output: the model's input side and Human's detector settings. */
export interface DecodeOptions {
  inputSize: number;
  maxDetected: number;
  minConfidence: number;
  iouThreshold: number;
  /** Margin factor around the detector's box (Human's `detector.scale`). */
  scale: number;
}

/** Values per anchor in the output: score, box (4), 6 landmarks (12). */
const STRIDE = 17;

/** Anchor centres in input pixels for BlazeFace's two grids (Human's generateAnchors). */
export function blazeFaceAnchors(inputSize: number): Float64Array {
  const spec = [{ stride: inputSize / 16, perCell: 2 }, { stride: inputSize / 8, perCell: 6 }];
  const out: number[] = [];
  for (const { stride, perCell } of spec) {
    const cells = Math.floor((inputSize + stride - 1) / stride);
    for (let gy = 0; gy < cells; gy++) {
      for (let gx = 0; gx < cells; gx++) {
        for (let k = 0; k < perCell; k++) out.push(stride * (gx + 0.5), stride * (gy + 0.5));
      }
    }
  }
  return Float64Array.from(out);
}

/**
 * Decodes `detections` ([anchors × 17], score first) for an image of `width` × `height` into faces in the order Human
 * returns them (by score).
 */
export function decodeBlazeFace(detections: Float32Array, anchors: Float64Array, width: number, height: number, o: DecodeOptions): HumanFace[] {
  const count = anchors.length / 2;
  const f = Math.fround;
  const size = f(o.inputSize);
  const boxes = new Float32Array(count * 4);
  const scores = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const r = i * STRIDE;
    // In float32, as tfjs computes it: centre = offset + anchor, start/end = (centre / size ∓ (box / size) / 2) · size.
    for (let axis = 0; axis < 2; axis++) {
      const centre = f(f(detections[r + 1 + axis]! + anchors[i * 2 + axis]!) / size);
      const half = f(f(detections[r + 3 + axis]! / size) / 2);
      boxes[i * 4 + axis] = f(f(centre - half) * size);
      boxes[i * 4 + 2 + axis] = f(f(centre + half) * size);
    }
    scores[i] = f(1 / (1 + Math.exp(-detections[r]!)));
  }
  const faces: HumanFace[] = [];
  for (const i of nonMaxSuppression(boxes, scores, o.maxDetected, o.iouThreshold, o.minConfidence)) {
    const confidence = scores[i]!;
    if (!(confidence > o.minConfidence)) continue;
    const fx = width / o.inputSize;
    const fy = height / o.inputSize;
    const start = [boxes[i * 4]! * fx, boxes[i * 4 + 1]! * fy];
    const end = [boxes[i * 4 + 2]! * fx, boxes[i * 4 + 3]! * fy];
    // enlargeBox: the same centre, `scale` times the size; then squarifyBox: the larger side, rounded.
    const centre = [start[0]! + (end[0]! - start[0]!) / 2, start[1]! + (end[1]! - start[1]!) / 2];
    const dims = [Math.abs(end[0]! - start[0]!), Math.abs(end[1]! - start[1]!)];
    const enlargedStart = [centre[0]! - (o.scale * dims[0]!) / 2, centre[1]! - (o.scale * dims[1]!) / 2];
    const enlargedEnd = [centre[0]! + (o.scale * dims[0]!) / 2, centre[1]! + (o.scale * dims[1]!) / 2];
    const sq = squared(enlargedStart, enlargedEnd);
    if (!(sq.size[0] > 0 && sq.size[1] > 0)) continue;
    faces.push({
      box: [
        Math.trunc(Math.max(0, sq.start[0]!)),
        Math.trunc(Math.max(0, sq.start[1]!)),
        Math.trunc(Math.min(width, sq.end[0]!) - Math.max(0, sq.start[0]!)),
        Math.trunc(Math.min(height, sq.end[1]!) - Math.max(0, sq.start[1]!)),
      ],
      boxRaw: [sq.start[0]! / width, sq.start[1]! / height, (sq.end[0]! - sq.start[0]!) / width, (sq.end[1]! - sq.start[1]!) / height],
      boxScore: Math.round(100 * confidence) / 100,
      size: sq.size,
    });
  }
  return faces;
}

/** Human's squarifyBox after enlargeBox: a square around the centre with the larger side, corners rounded. */
function squared(start: number[], end: number[]): { start: number[]; end: number[]; size: [number, number] } {
  const centre = [start[0]! + (end[0]! - start[0]!) / 2, start[1]! + (end[1]! - start[1]!) / 2];
  const dims = [Math.abs(end[0]! - start[0]!), Math.abs(end[1]! - start[1]!)];
  const half = Math.max(dims[0]!, dims[1]!) / 2;
  return {
    start: [Math.round(centre[0]! - half), Math.round(centre[1]! - half)],
    end: [Math.round(centre[0]! + half), Math.round(centre[1]! + half)],
    size: [Math.round(dims[0]!), Math.round(dims[1]!)],
  };
}

/**
 * Greedy non-maximum suppression as tfjs' nonMaxSuppression (no soft-NMS): candidates above `scoreThreshold` by score
 * (ties: lower index first); one is kept unless its IoU with a kept box reaches `iouThreshold`. Returns indices.
 */
export function nonMaxSuppression(boxes: Float32Array, scores: Float32Array, maxOutput: number, iouThreshold: number, scoreThreshold: number): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! > scoreThreshold) candidates.push(i);
  candidates.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const kept: number[] = [];
  for (const i of candidates) {
    if (kept.length >= maxOutput) break;
    let overlap = false;
    for (let k = kept.length - 1; k >= 0; k--) {
      if (iou(boxes, i, kept[k]!) >= iouThreshold) {
        overlap = true;
        break;
      }
    }
    if (!overlap) kept.push(i);
  }
  return kept;
}

function iou(b: Float32Array, i: number, j: number): number {
  const [ay0, ax0, ay1, ax1] = [Math.min(b[i * 4]!, b[i * 4 + 2]!), Math.min(b[i * 4 + 1]!, b[i * 4 + 3]!), Math.max(b[i * 4]!, b[i * 4 + 2]!), Math.max(b[i * 4 + 1]!, b[i * 4 + 3]!)];
  const [by0, bx0, by1, bx1] = [Math.min(b[j * 4]!, b[j * 4 + 2]!), Math.min(b[j * 4 + 1]!, b[j * 4 + 3]!), Math.max(b[j * 4]!, b[j * 4 + 2]!), Math.max(b[j * 4 + 1]!, b[j * 4 + 3]!)];
  const areaA = (ay1 - ay0) * (ax1 - ax0);
  const areaB = (by1 - by0) * (bx1 - bx0);
  if (areaA <= 0 || areaB <= 0) return 0;
  const inter = Math.max(Math.min(ay1, by1) - Math.max(ay0, by0), 0) * Math.max(Math.min(ax1, bx1) - Math.max(ax0, bx0), 0);
  return inter / (areaA + areaB - inter);
}
