// Fits the lite text model end to end (pure): featurise, train with dev model selection, quantise, tune class offsets, score.
import { EMOTIONS, type Emotion } from '../../emotions.ts';
import { classificationReport } from '../../eval/metrics.ts';
import { MULTI_LABEL_SCORING_RULE, resolveTruths } from '../../eval/multi-label.ts';
import { featurize, type LiteFeatureConfig, type SparseVector } from './lite-features.ts';
import { logits, packInt8, unpackInt8, type LiteModel, type LiteWeights } from './lite-model.ts';
import { trainSoftmax, type LiteTrainConfig, type TrainExample } from './lite-train.ts';
import { macroF1AnyLabel, predictWithBias, tuneClassBias } from './lite-tune.ts';

/** A text with one or more canonical labels (the first is the primary one). */
export interface LabelledRow {
  text: string;
  labels: readonly Emotion[];
}

/** Default features: 2^18 buckets (1.8 MB as int8), word uni+bigrams, char 2–5-grams inside tokens. */
export const DEFAULT_LITE_FEATURES: LiteFeatureConfig = {
  buckets: 1 << 18, wordNgramMax: 2, charNgramMin: 2, charNgramMax: 5, charWeight: 1,
};

/** Default optimiser settings (chosen on dev, see docs/text.md). */
export const DEFAULT_LITE_TRAIN: LiteTrainConfig = {
  epochs: 12, batchSize: 32, learningRate: 0.002, l2: 3e-4, classWeightPower: 0, seed: 42,
};

/** Per-epoch record (dev macro-F1 with plain argmax and with class offsets tuned on dev). */
export interface EpochRecord {
  epoch: number;
  trainLoss: number;
  devMacroF1: number;
  devMacroF1Tuned: number;
}

/** What fitting returns: the model (as it will be after int8 packing), dev metrics and the training history. */
export interface LiteFitResult {
  model: LiteModel;
  bestEpoch: number;
  history: EpochRecord[];
  devMetrics: {
    n: number;
    multiLabelRows: number;
    scoringRule: string;
    accuracy: number;
    macroF1: number;
    perClassF1: Record<Emotion, number>;
    macroF1Untuned: number;
    macroF1CrossFitted: number;
  };
}

/** Progress callback: steps done of total, with a short status. */
export type FitProgress = (done: number, total: number, info: string) => void;

/**
 * Trains on `train`, selects the epoch with the best tuned dev macro-F1, packs the weights to int8, then tunes
 * per-class logit offsets on dev for macro-F1 under the multi-label scoring rule. Multi-label rows train with a
 * soft target (equal mass on each label). Also reports an honest dev figure: offsets tuned on one half of dev and
 * scored on the other (two folds).
 */
export function fitLiteModel(
  train: readonly LabelledRow[],
  dev: readonly LabelledRow[],
  features: LiteFeatureConfig = DEFAULT_LITE_FEATURES,
  cfg: LiteTrainConfig = DEFAULT_LITE_TRAIN,
  onProgress: FitProgress = () => {},
): LiteFitResult {
  const K = EMOTIONS.length;
  const total = cfg.epochs + 2;
  onProgress(0, total, 'featurising');
  const examples: TrainExample[] = train.map((r) => ({ x: featurize(r.text, features), y: softTarget(r.labels) }));
  const devX = dev.map((r) => featurize(r.text, features));
  const devY = dev.map((r) => r.labels.map((l) => EMOTIONS.indexOf(l)));
  onProgress(1, total, 'training');
  const history: EpochRecord[] = [];
  const trained = trainSoftmax(examples, K, features.buckets, cfg, (epoch, weights, trainLoss) => {
    const z = devLogits(weights, devX);
    const devMacroF1 = macroF1AnyLabel(devY, predictWithBias(z, new Float32Array(K)), K);
    const devMacroF1Tuned = tuneClassBias(z, devY, K).macroF1;
    history.push({ epoch, trainLoss, devMacroF1, devMacroF1Tuned });
    onProgress(1 + epoch, total, `epoch ${epoch}/${cfg.epochs} dev macro-F1 ${devMacroF1.toFixed(3)} (tuned ${devMacroF1Tuned.toFixed(3)})`);
    return devMacroF1Tuned;
  });
  const packed = unpackInt8(packInt8(trained.weights), trained.weights.b, features.buckets);
  const z = devLogits(packed, devX);
  const { bias } = tuneClassBias(z, devY, K);
  const predicted = predictWithBias(z, bias).map((k) => EMOTIONS[k] as Emotion);
  const report = classificationReport(EMOTIONS, resolveTruths(dev.map((r) => r.labels), predicted), predicted);
  onProgress(total, total, `done: dev macro-F1 ${report.macroF1.toFixed(3)}`);
  return {
    model: { features, weights: packed, classBias: bias },
    bestEpoch: trained.bestEpoch,
    history,
    devMetrics: {
      n: report.n,
      multiLabelRows: dev.filter((r) => r.labels.length > 1).length,
      scoringRule: MULTI_LABEL_SCORING_RULE,
      accuracy: report.accuracy,
      macroF1: report.macroF1,
      perClassF1: report.perClassF1,
      macroF1Untuned: macroF1AnyLabel(devY, predictWithBias(z, new Float32Array(K)), K),
      macroF1CrossFitted: crossFittedMacroF1(z, devY, K),
    },
  };
}

function softTarget(labels: readonly Emotion[]): Float32Array {
  const y = new Float32Array(EMOTIONS.length);
  const unique = [...new Set(labels)];
  for (const l of unique) y[EMOTIONS.indexOf(l)] = 1 / unique.length;
  return y;
}

function devLogits(weights: LiteWeights, xs: readonly SparseVector[]): Float32Array[] {
  return xs.map((x) => logits(weights, x));
}

/** Offsets tuned on even rows score odd rows and vice versa; macro-F1 over all rows. */
function crossFittedMacroF1(z: readonly Float32Array[], y: ReadonlyArray<readonly number[]>, K: number): number {
  const folds = [0, 1].map((f) => z.map((_, i) => i).filter((i) => i % 2 === f));
  const predicted = new Array<number>(z.length);
  folds.forEach((fold, f) => {
    const other = folds[1 - f] as number[];
    const { bias } = tuneClassBias(other.map((i) => z[i] as Float32Array), other.map((i) => y[i] as number[]), K);
    predictWithBias(fold.map((i) => z[i] as Float32Array), bias).forEach((p, j) => (predicted[fold[j] as number] = p));
  });
  return macroF1AnyLabel(y, predicted, K);
}
