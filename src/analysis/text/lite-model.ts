// The lite text model in memory: hashed-feature weights of a multinomial logistic regression, prediction and int8 packing.
import { featurize, type LiteFeatureConfig, type SparseVector } from './lite-features.ts';

/** Weights of a K-class linear model over D hashed features; `w` is feature-major (w[d * K + k]). */
export interface LiteWeights {
  classes: number;
  buckets: number;
  w: Float32Array;
  b: Float32Array;
}

/** A usable model: features, weights and the per-class logit offsets tuned for macro-F1. */
export interface LiteModel {
  features: LiteFeatureConfig;
  weights: LiteWeights;
  /** Added to the logits before the softmax (tuned on dev for macro-F1); zeros = plain argmax of the trained model. */
  classBias: Float32Array;
}

/** Zero weights for `classes` classes over `buckets` features. */
export function zeroWeights(classes: number, buckets: number): LiteWeights {
  return { classes, buckets, w: new Float32Array(classes * buckets), b: new Float32Array(classes) };
}

/** Raw logits of one sparse vector (no class bias). */
export function logits(weights: LiteWeights, x: SparseVector, out = new Float32Array(weights.classes)): Float32Array {
  const K = weights.classes;
  out.set(weights.b);
  for (let j = 0; j < x.idx.length; j++) {
    const base = (x.idx[j] as number) * K;
    const v = x.val[j] as number;
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) + (weights.w[base + k] as number) * v;
  }
  return out;
}

/** Softmax in place (numerically stable); returns the same array. */
export function softmaxInPlace(z: Float32Array | Float64Array): typeof z {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    const e = Math.exp((z[k] as number) - max);
    z[k] = e;
    sum += e;
  }
  for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) / sum;
  return z;
}

/** Class probabilities for a text (class bias applied), summing to 1, as float64 numbers. */
export function predictText(model: LiteModel, text: string): number[] {
  const z = logits(model.weights, featurize(text, model.features));
  const out = Float64Array.from(z, (v, k) => v + (model.classBias[k] as number));
  return Array.from(softmaxInPlace(out));
}

/** Index of the largest value (first on ties). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < v.length; k++) if ((v[k] as number) > (v[best] as number)) best = k;
  return best;
}

/** Int8-packed weights: one scale per class (w ≈ q * scale[k]); the bias stays float32. */
export interface PackedWeights {
  scale: Float32Array;
  q: Int8Array;
}

/** Quantises weights to int8 with a symmetric per-class scale (max |w| of the class maps to 127). */
export function packInt8(weights: LiteWeights): PackedWeights {
  const K = weights.classes;
  const scale = new Float32Array(K);
  for (let i = 0; i < weights.w.length; i++) {
    const k = i % K;
    scale[k] = Math.max(scale[k] as number, Math.abs(weights.w[i] as number));
  }
  for (let k = 0; k < K; k++) scale[k] = (scale[k] as number) > 0 ? (scale[k] as number) / 127 : 1;
  const q = new Int8Array(weights.w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((weights.w[i] as number) / (scale[i % K] as number));
  return { scale, q };
}

/** Restores float weights from their int8 packing. */
export function unpackInt8(packed: PackedWeights, bias: Float32Array, buckets: number): LiteWeights {
  const K = bias.length;
  if (packed.q.length !== K * buckets) throw new Error(`weights hold ${packed.q.length} values, expected ${K * buckets}`);
  const w = Float32Array.from(packed.q, (v, i) => v * (packed.scale[i % K] as number));
  return { classes: K, buckets, w, b: Float32Array.from(bias) };
}
