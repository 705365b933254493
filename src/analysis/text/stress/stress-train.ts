// Trains the stress-language model (pure, no I/O): binary logistic regression on hashed n-grams (the lite trainer with
// two classes), hyper-parameters chosen by K-fold cross-validation on the training rows only, Platt scaling fitted on
// the out-of-fold logits, and those calibrated out-of-fold probabilities returned for stacking (fusion training).
import type { Progress } from '../../../progress.ts';
import { rocAuc } from '../../../eval/metrics.ts';
import { createRng } from '../../../ml/random.ts';
import { featurize, type LiteFeatureConfig, type SparseVector } from '../lite-features.ts';
import { logits, type LiteWeights } from '../lite-model.ts';
import { trainSoftmax, type LiteTrainConfig } from '../lite-train.ts';
import { sigmoid, type StressModel } from './stress-model.ts';

/** A labelled text (1 = stress language). */
export interface StressRow {
  text: string;
  label: 0 | 1;
}

/** Features of the stress model (chosen on Dreaddit train by 5-fold CV, docs/text.md). */
export const STRESS_FEATURES: LiteFeatureConfig = { buckets: 1 << 17, wordNgramMax: 2, charNgramMin: 2, charNgramMax: 5, charWeight: 1 };

/** Optimiser settings; `l2` and `epochs` are chosen by cross-validation from the grid below. */
export const STRESS_TRAIN: LiteTrainConfig = { epochs: 15, batchSize: 32, learningRate: 0.002, l2: 3e-4, classWeightPower: 0, seed: 42 };

/** The L2 penalties tried; every epoch up to STRESS_TRAIN.epochs is scored too. */
export const STRESS_L2_GRID = [1e-4, 3e-4, 1e-3] as const;

/** Options of a fit. */
export interface StressFitOptions {
  folds: number;
  seed: number;
}

/** What fitting returns. */
export interface StressFit {
  model: StressModel;
  /** Calibrated out-of-fold probability of every training row (same order as the rows). */
  oofProbability: number[];
  /** Calibrated out-of-fold probability of each row's extra texts (e.g. excerpts), scored by the fold model that did not see the row. */
  oofExtraProbability: number[][];
  selection: {
    l2: number;
    epochs: number;
    /** Mean fold AUC of every (l2, epoch) tried. */
    grid: Array<{ l2: number; epoch: number; auc: number }>;
    /** AUC of the chosen setting's pooled out-of-fold scores. */
    oofAuc: number;
  };
}

/** Assigns each row to one of `folds` folds, balanced and seeded. */
export function foldAssignment(n: number, folds: number, seed: number): number[] {
  return createRng(seed).shuffle(Array.from({ length: n }, (_, i) => i % folds));
}

function toExamples(xs: readonly SparseVector[], rows: readonly StressRow[], idx: readonly number[]) {
  return idx.map((i) => ({ x: xs[i] as SparseVector, y: Float32Array.from((rows[i] as StressRow).label ? [0, 1] : [1, 0]) }));
}

const margin = (w: LiteWeights, x: SparseVector): number => {
  const z = logits(w, x);
  return (z[1] as number) - (z[0] as number);
};

/**
 * Cross-validates the L2 grid (every epoch scored) and keeps the setting with the best mean fold AUC; retrains the
 * folds with it to score every row and its `extraTexts` out of fold; fits Platt scaling on the rows' out-of-fold
 * logits; trains the final model on all rows.
 */
export function fitStressModel(
  rows: readonly StressRow[],
  options: StressFitOptions,
  progress: Progress,
  extraTexts: ReadonlyArray<readonly string[]> = [],
): StressFit {
  const xs = rows.map((r) => featurize(r.text, STRESS_FEATURES));
  const labels = rows.map((r) => r.label === 1);
  const fold = foldAssignment(rows.length, options.folds, options.seed);
  const steps = (STRESS_L2_GRID.length + 1) * options.folds + 1;
  progress.start(steps, 'stress model');
  const aucs = new Map<string, number[]>();
  let done = 0;
  for (const l2 of STRESS_L2_GRID) {
    for (let k = 0; k < options.folds; k += 1) {
      const train = rows.map((_, i) => i).filter((i) => fold[i] !== k);
      const test = rows.map((_, i) => i).filter((i) => fold[i] === k);
      trainSoftmax(toExamples(xs, rows, train), 2, STRESS_FEATURES.buckets, { ...STRESS_TRAIN, l2, seed: options.seed }, (epoch, w) => {
        const key = `${l2}/${epoch}`;
        const scores = test.map((i) => margin(w, xs[i] as SparseVector));
        const list = aucs.get(key) ?? [];
        list.push(rocAuc(scores, test.map((i) => labels[i] as boolean)));
        aucs.set(key, list);
        return epoch;
      });
      progress.update((done += 1), `l2 ${l2} fold ${k + 1}/${options.folds}`);
    }
  }
  const grid = [...aucs].map(([key, v]) => {
    const [l2, epoch] = key.split('/').map(Number) as [number, number];
    return { l2, epoch, auc: v.reduce((a, b) => a + b, 0) / v.length };
  });
  const best = grid.reduce((a, b) => (b.auc > a.auc + 1e-9 ? b : a));
  const chosen: LiteTrainConfig = { ...STRESS_TRAIN, l2: best.l2, epochs: best.epoch, seed: options.seed };
  const oofLogits = new Array<number>(rows.length).fill(0);
  const extraLogits: number[][] = rows.map(() => []);
  for (let k = 0; k < options.folds; k += 1) {
    const train = rows.map((_, i) => i).filter((i) => fold[i] !== k);
    const { weights } = trainSoftmax(toExamples(xs, rows, train), 2, STRESS_FEATURES.buckets, chosen);
    rows.forEach((_, i) => {
      if (fold[i] !== k) return;
      oofLogits[i] = margin(weights, xs[i] as SparseVector);
      extraLogits[i] = (extraTexts[i] ?? []).map((t) => margin(weights, featurize(t, STRESS_FEATURES)));
    });
    progress.update((done += 1), `out-of-fold scores ${k + 1}/${options.folds}`);
  }
  const platt = fitPlatt(oofLogits, labels);
  const calibrate = (z: number): number => sigmoid(platt.a * z + platt.c);
  const final = trainSoftmax(toExamples(xs, rows, rows.map((_, i) => i)), 2, STRESS_FEATURES.buckets, chosen);
  progress.update(steps, 'final model');
  progress.stop();
  const K = 2;
  const w = new Float32Array(STRESS_FEATURES.buckets);
  for (let d = 0; d < w.length; d += 1) w[d] = (final.weights.w[d * K + 1] as number) - (final.weights.w[d * K] as number);
  return {
    model: { features: STRESS_FEATURES, w, b: (final.weights.b[1] as number) - (final.weights.b[0] as number), platt },
    oofProbability: oofLogits.map(calibrate),
    oofExtraProbability: extraLogits.map((zs) => zs.map(calibrate)),
    selection: { l2: best.l2, epochs: best.epoch, grid, oofAuc: rocAuc(oofLogits, labels) },
  };
}

/** Platt scaling: a and c minimising the log loss of σ(a·z + c) (Newton's method on two parameters). */
export function fitPlatt(z: readonly number[], y: readonly boolean[]): { a: number; c: number } {
  let a = 1;
  let c = 0;
  for (let it = 0; it < 50; it += 1) {
    let ga = 0; let gc = 0; let haa = 0; let hac = 0; let hcc = 0;
    z.forEach((zi, i) => {
      const p = sigmoid(a * zi + c);
      const r = p - (y[i] ? 1 : 0);
      const s = Math.max(p * (1 - p), 1e-9);
      ga += r * zi; gc += r;
      haa += s * zi * zi; hac += s * zi; hcc += s;
    });
    const det = haa * hcc - hac * hac;
    if (Math.abs(det) < 1e-12) break;
    const da = (hcc * ga - hac * gc) / det;
    const dc = (haa * gc - hac * ga) / det;
    a -= da;
    c -= dc;
    if (Math.abs(da) + Math.abs(dc) < 1e-9) break;
  }
  return { a, c };
}
