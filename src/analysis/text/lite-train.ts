// Trains the lite text model: softmax regression on hashed sparse features with lazy Adam, L2 and soft targets (pure, no I/O).
import type { SparseVector } from './lite-features.ts';
import { logits, softmaxInPlace, zeroWeights, type LiteWeights } from './lite-model.ts';
import { createRng } from '../../ml/random.ts';

/** One training example: its features and a target distribution over the classes (soft for multi-label rows). */
export interface TrainExample {
  x: SparseVector;
  y: Float32Array;
}

/** Optimiser settings, stored in the model's metadata. */
export interface LiteTrainConfig {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** L2 penalty, applied lazily to the rows a batch touches. */
  l2: number;
  /** Loss weight per class = (share of the class)^-classWeightPower, normalised to mean 1 (0 = unweighted). */
  classWeightPower: number;
  seed: number;
}

/** Called after each epoch with the weights so far; returns a score (higher is better) used to keep the best epoch. */
export type EpochCallback = (epoch: number, weights: LiteWeights, meanLoss: number) => number;

/** Per-class loss weights from the soft label mass of the examples (see LiteTrainConfig.classWeightPower). */
export function classWeights(examples: readonly TrainExample[], classes: number, power: number): Float64Array {
  const mass = new Float64Array(classes);
  for (const e of examples) for (let k = 0; k < classes; k++) mass[k] = (mass[k] as number) + (e.y[k] as number);
  const raw = Float64Array.from(mass, (m) => Math.pow(Math.max(m, 1) / examples.length, -power));
  const mean = raw.reduce((a, b) => a + b, 0) / classes;
  return raw.map((r) => r / mean);
}

/**
 * Trains and returns the weights of the epoch with the best callback score (the last epoch when none is given).
 * Deterministic for a given seed and example order.
 */
export function trainSoftmax(
  examples: readonly TrainExample[],
  classes: number,
  buckets: number,
  cfg: LiteTrainConfig,
  onEpoch?: EpochCallback,
): { weights: LiteWeights; bestEpoch: number; bestScore: number } {
  const K = classes;
  const weights = zeroWeights(K, buckets);
  const m = new Float32Array(weights.w.length);
  const v = new Float32Array(weights.w.length);
  const g = new Float32Array(weights.w.length);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const touched = new Uint8Array(buckets);
  const cw = classWeights(examples, K, cfg.classWeightPower);
  const rand = createRng(cfg.seed).next;
  const order = examples.map((_, i) => i);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  let step = 0;
  let best = { weights: cloneWeights(weights), bestEpoch: 0, bestScore: -Infinity };
  const z = new Float32Array(K);
  for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
    shuffle(order, rand);
    let lossSum = 0;
    for (let start = 0; start < order.length; start += cfg.batchSize) {
      const batch = order.slice(start, start + cfg.batchSize);
      const gb = new Float64Array(K);
      const rows: number[] = [];
      for (const i of batch) {
        const ex = examples[i] as TrainExample;
        softmaxInPlace(logits(weights, ex.x, z));
        let wEx = 0;
        for (let k = 0; k < K; k++) wEx += (ex.y[k] as number) * (cw[k] as number);
        for (let k = 0; k < K; k++) {
          if ((ex.y[k] as number) > 0) lossSum -= (ex.y[k] as number) * Math.log(Math.max(z[k] as number, 1e-12));
          z[k] = ((z[k] as number) - (ex.y[k] as number)) * wEx / batch.length;
          gb[k] = (gb[k] as number) + (z[k] as number);
        }
        for (let j = 0; j < ex.x.idx.length; j++) {
          const d = ex.x.idx[j] as number;
          const xv = ex.x.val[j] as number;
          if (!touched[d]) { touched[d] = 1; rows.push(d); }
          for (let k = 0; k < K; k++) g[d * K + k] = (g[d * K + k] as number) + (z[k] as number) * xv;
        }
      }
      step += 1;
      const lr = cfg.learningRate * Math.sqrt(1 - beta2 ** step) / (1 - beta1 ** step);
      for (const d of rows) {
        touched[d] = 0;
        for (let k = 0; k < K; k++) {
          const i = d * K + k;
          const grad = (g[i] as number) + cfg.l2 * (weights.w[i] as number);
          g[i] = 0;
          m[i] = beta1 * (m[i] as number) + (1 - beta1) * grad;
          v[i] = beta2 * (v[i] as number) + (1 - beta2) * grad * grad;
          weights.w[i] = (weights.w[i] as number) - lr * (m[i] as number) / (Math.sqrt(v[i] as number) + eps);
        }
      }
      for (let k = 0; k < K; k++) {
        mb[k] = beta1 * (mb[k] as number) + (1 - beta1) * (gb[k] as number);
        vb[k] = beta2 * (vb[k] as number) + (1 - beta2) * (gb[k] as number) ** 2;
        weights.b[k] = (weights.b[k] as number) - lr * (mb[k] as number) / (Math.sqrt(vb[k] as number) + eps);
      }
    }
    const score = onEpoch ? onEpoch(epoch, weights, lossSum / order.length) : epoch;
    if (score > best.bestScore) best = { weights: cloneWeights(weights), bestEpoch: epoch, bestScore: score };
  }
  return best;
}

function cloneWeights(w: LiteWeights): LiteWeights {
  return { classes: w.classes, buckets: w.buckets, w: Float32Array.from(w.w), b: Float32Array.from(w.b) };
}

function shuffle(a: number[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
}
