// Trains the trend network on seeded synthetic histories: deterministic init and shuffling, curves, temperature fit.
import { createHash } from 'node:crypto';
import * as tf from '@tensorflow/tfjs';
import type { Progress } from '../progress.ts';
import { createRng } from '../ml/random.ts';
import { classificationReport } from '../eval/metrics.ts';
import { ece, fitTemperature, mcProbabilities, nll } from '../ml/calibration.ts';
import { buildFeatureSequence, FEATURE_SCALING, GAP_SCALE_DAYS } from './features.ts';
import type { EpochStats, TrendMetadata } from './metadata.ts';
import { buildTrendModel, packSequences, PAD_VALUE, TREND_ARCHITECTURE } from './model.ts';
import { generateDataset, type SyntheticSequence } from './synthetic.ts';
import { TREND_DIRECTIONS, TREND_FEATURES } from './types.ts';

/** Training settings (defaults are the ones the committed model was trained with). */
export interface TrendTrainOptions {
  samples: number;
  epochs: number;
  seed: number;
  batchSize: number;
  learningRate: number;
  /** Days of the window the histories span at most (config trend.windowDays). */
  windowDays: number;
  valFraction: number;
}

export const DEFAULT_TREND_TRAINING: TrendTrainOptions = {
  samples: 6000, epochs: 8, seed: 42, batchSize: 32, learningRate: 0.003, windowDays: 14, valFraction: 0.5,
};

/** A trained model and the metadata that describes it. */
export interface TrendTrainResult {
  model: tf.LayersModel;
  metadata: TrendMetadata;
}

/**
 * Generates the synthetic data, trains the network and fits the temperature on the validation split.
 * The tfjs backend must be ready. Same options (and backend) → the same weights.
 */
export async function trainTrendModel(options: Partial<TrendTrainOptions> = {}, progress?: Progress): Promise<TrendTrainResult> {
  const o = { ...DEFAULT_TREND_TRAINING, ...options };
  const started = performance.now();
  const data = generateDataset(o.samples, o.seed, o.valFraction, o.windowDays);
  const trainPack = packDataset(data.train, o.windowDays);
  const valPack = packDataset(data.val, o.windowDays);
  const train = toTensors(trainPack);
  const val = toTensors(valPack);
  const model = buildTrendModel(o.seed);
  const optimizer = tf.train.adam(o.learningRate);
  model.compile({ optimizer, loss: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.losses.softmaxCrossEntropy(yTrue, yPred) });
  const rng = createRng((o.seed ^ 0x5eed) >>> 0);
  const order = data.train.map((_, i) => i);
  const batches = Math.ceil(order.length / o.batchSize);
  const curves: EpochStats[] = [];
  progress?.start(o.epochs * batches, 'train trend');
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      // Cosine decay of the learning rate to 10 % over the run (steadier last epochs, reproducible).
      (optimizer as unknown as { learningRate: number }).learningRate =
        o.learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos((Math.PI * (epoch - 1)) / Math.max(1, o.epochs))));
      rng.shuffle(order);
      let lossSum = 0;
      for (let b = 0; b < batches; b++) {
        const idx = order.slice(b * o.batchSize, (b + 1) * o.batchSize);
        const [xb, yb] = tf.tidy(() => {
          const i = tf.tensor1d(idx, 'int32');
          return [tf.gather(train.x, i), tf.gather(train.y, i)];
        });
        const loss = (await model.trainOnBatch(xb, yb)) as number;
        tf.dispose([xb, yb]);
        lossSum += loss * idx.length;
        progress?.update((epoch - 1) * batches + b + 1, `epoch ${epoch}/${o.epochs} loss ${loss.toFixed(3)}`);
      }
      const tr = score(model, train);
      const va = score(model, val);
      curves.push({ epoch, trainLoss: lossSum / order.length, trainAccuracy: tr.accuracy, valLoss: va.loss, valAccuracy: va.accuracy });
    }
  } finally {
    progress?.stop();
    tf.dispose([train.x, train.y, val.x, val.y]);
  }
  const logits = predictPacked(model, valPack);
  const labels = valPack.labels;
  const single = logits.map((values) => ({ passes: 1, classes: values.length, values }));
  // Temperature fitted on the first half of the validation split; ECE and NLL reported on the second half.
  const half = Math.floor(single.length / 2);
  const temperature = fitTemperature(single.slice(0, half), labels.slice(0, half));
  const probsBefore = single.map((l) => mcProbabilities(l, 1));
  const probsAfter = single.map((l) => mcProbabilities(l, temperature));
  const heldOut = labels.slice(half);
  const predicted = probsAfter.map((p) => TREND_DIRECTIONS[p.indexOf(Math.max(...p))] as (typeof TREND_DIRECTIONS)[number]);
  const report = classificationReport(TREND_DIRECTIONS, data.val.map((s) => s.label), predicted);
  const metadata: TrendMetadata = {
    kind: 'burnout-trend',
    version: 2,
    createdAt: new Date().toISOString(),
    features: [...TREND_FEATURES],
    scaling: { ...FEATURE_SCALING },
    labels: [...TREND_DIRECTIONS],
    padValue: PAD_VALUE,
    architecture: { ...TREND_ARCHITECTURE },
    parameters: model.countParams(),
    windowDays: o.windowDays,
    gapScaleDays: GAP_SCALE_DAYS,
    temperature: round(temperature, 4),
    seed: o.seed,
    training: {
      samples: o.samples, validationSamples: data.val.length, epochs: o.epochs, batchSize: o.batchSize,
      learningRate: o.learningRate, optimizer: 'adam, cosine decay to 10 %, softmax cross-entropy',
      generator: 'src/trend/synthetic.ts: day trajectories, irregular schedules with missing days, unclear check-ins (docs/trend.md)', seconds: round((performance.now() - started) / 1000, 1),
      backend: tf.getBackend(),
    },
    dataHash: hashPack(trainPack),
    validation: {
      accuracy: round(report.accuracy, 4), macroF1: round(report.macroF1, 4),
      perClassF1: Object.fromEntries(Object.entries(report.perClassF1).map(([k, v]) => [k, round(v as number, 4)])),
      confusion: report.confusion, nll: round(nll(probsAfter.slice(half), heldOut), 4),
      eceBefore: round(ece(probsBefore.slice(half), heldOut), 4), eceAfter: round(ece(probsAfter.slice(half), heldOut), 4),
    },
    curves: curves.map((c) => ({ epoch: c.epoch, trainLoss: round(c.trainLoss, 4), trainAccuracy: round(c.trainAccuracy, 4),
      valLoss: round(c.valLoss, 4), valAccuracy: round(c.valAccuracy, 4) })),
  };
  return { model, metadata };
}

/** Feature sequences of labelled histories, packed and padded to `maxSteps`. */
interface Pack {
  data: Float32Array;
  shape: [number, number, number];
  labels: number[];
}

function packDataset(sequences: readonly SyntheticSequence[], windowDays: number): Pack {
  // Synthetic check-ins are stamped in UTC, so their local days are UTC days.
  const packed = packSequences(sequences.map((s) => buildFeatureSequence(s.checkIns, { timeZone: 'UTC', windowDays }).features), windowDays);
  return { ...packed, labels: sequences.map((s) => TREND_DIRECTIONS.indexOf(s.label)) };
}

/** Raw logits for packed sequences (one batched forward pass). */
function predictPacked(model: tf.LayersModel, pack: Pack): number[][] {
  const out = tf.tidy(() => model.predict(tf.tensor3d(pack.data, pack.shape)) as tf.Tensor2D);
  const rows = out.arraySync();
  out.dispose();
  return rows;
}

function toTensors(pack: Pack): { x: tf.Tensor3D; y: tf.Tensor2D; labels: number[] } {
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(pack.labels, 'int32'), TREND_DIRECTIONS.length).toFloat() as tf.Tensor2D);
  return { x: tf.tensor3d(pack.data, pack.shape), y, labels: pack.labels };
}

function score(model: tf.LayersModel, set: { x: tf.Tensor3D; y: tf.Tensor2D; labels: number[] }): { loss: number; accuracy: number } {
  return tf.tidy(() => {
    const logits = model.predict(set.x) as tf.Tensor2D;
    const loss = tf.losses.softmaxCrossEntropy(set.y, logits).dataSync()[0] as number;
    const pred = logits.argMax(-1).dataSync();
    const correct = set.labels.reduce((s, l, i) => s + (pred[i] === l ? 1 : 0), 0);
    return { loss, accuracy: set.labels.length ? correct / set.labels.length : 0 };
  });
}

function hashPack(pack: Pack): string {
  return 'sha256:' + createHash('sha256').update(new Uint8Array(pack.data.buffer)).update(Uint8Array.from(pack.labels)).digest('hex');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
