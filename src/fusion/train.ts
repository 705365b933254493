// Fusion training on generated check-ins (real texts from a pool, synthetic faces, voices and self-reports): generate,
// fit the encoder, train with Adam (seeded init, shuffling and dropout so that a seed reproduces the model), and record
// per-epoch loss and accuracy. Validation check-ins draw their texts from a separate pool of posts.
import { createHash } from 'node:crypto';
import * as tf from '@tensorflow/tfjs';
import type { Modality } from '../analysis/types.ts';
import type { Progress } from '../progress.ts';
import { argmax } from '../ml/calibration.ts';
import { encodeCheckIn, encoderInputDims, fitEncoder, valueColumnMask, type EncodedCheckIn, type EncoderSpec, type Representation } from './features.ts';
import { buildFusionNet, type FusionNet } from './model.ts';
import { defaultSpec } from './spec.ts';
import { createRng, type Rng } from '../ml/random.ts';
import { generateCheckIns, type SyntheticCheckIn } from './synthetic/generate.ts';
import type { TextPool } from './synthetic/text-pool.ts';
import { FUSION_INPUTS } from './types.ts';
import type { EpochStats } from '../ml/svg-charts.ts';

/** Training settings (all stored in metadata.json). */
export interface TrainOptions {
  samples: number;
  valSamples: number;
  epochs: number;
  seed: number;
  representation: Representation;
  batchSize: number;
  learningRate: number;
  dropout: number;
  /** Widths of the embedding representation per modality (from config). */
  embeddingDims: Record<Modality, number>;
  /**
   * SD of Gaussian noise added to every normalised value column of a present input, per training batch (0 = none). The
   * real texts recur across epochs; without it the net learns their exact feature vectors (docs/fusion.md).
   */
  inputNoise: number;
}

/** Defaults of `burnout train fusion`. */
export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'embeddingDims'> = {
  inputNoise: 0.3,
  samples: 20000,
  valSamples: 3000,
  epochs: 20,
  seed: 1,
  representation: 'profile',
  batchSize: 64,
  learningRate: 1e-3,
  dropout: 0.1,
};

/** Loss and accuracy after one epoch (validation without dropout). */
export type { EpochStats };

/** The trained network, its encoder, curves and the validation data it was checked on. */
export interface TrainedFusion {
  net: FusionNet;
  encoder: EncoderSpec;
  curves: EpochStats[];
  /** SHA-256 of the encoded training inputs and labels. */
  dataHash: string;
  validation: { samples: SyntheticCheckIn[]; encoded: EncodedCheckIn[]; labels: number[] };
}

/** Seeds of the training and validation generators derived from the run seed (disjoint streams). */
export function dataSeeds(seed: number): { train: number; validation: number } {
  return { train: (seed * 2654435761) >>> 0 || 1, validation: ((seed + 7919) * 2246822519) >>> 0 || 2 };
}

/** Where the training texts came from (recorded in metadata.json). */
export interface PoolProvenance {
  description: string;
  posts: { train: number; validation: number };
  texts: { train: number; validation: number };
  sha256?: string;
}

/** The analysed texts training and validation check-ins draw from (posts of one pool never appear in the other). */
export interface TrainingPools {
  train: TextPool;
  validation: TextPool;
}

/** Trains a fusion net on generated check-ins. Deterministic for a given seed and pools on one machine. */
export function trainFusion(options: TrainOptions, pools: TrainingPools, progress: Progress, onEpoch?: (s: EpochStats) => void): TrainedFusion {
  const seeds = dataSeeds(options.seed);
  const embeddingDims = options.representation === 'embedding' ? options.embeddingDims : undefined;
  const train = generateCheckIns({ samples: options.samples, seed: seeds.train, textPool: pools.train, embeddingDims });
  const val = generateCheckIns({ samples: options.valSamples, seed: seeds.validation, textPool: pools.validation, embeddingDims });
  const encoder = fitEncoder(options.representation, train, options.embeddingDims);
  const spec = defaultSpec(encoderInputDims(encoder), options.dropout);
  const net = buildFusionNet(spec, { seed: options.seed });
  const width = net.maxInputDim;
  const encTrain = train.map((s) => encodeCheckIn(encoder, s, width));
  const encVal = val.map((s) => encodeCheckIn(encoder, s, width));
  const yTrain = train.map((s) => s.level);
  const yVal = val.map((s) => s.level);

  const rng = createRng(options.seed ^ 0x7a1f);
  const values = valueColumnMask(encoder, width);
  const optimizer = tf.train.adam(options.learningRate);
  const trainable = [...net.variables.values()];
  const order = Array.from({ length: encTrain.length }, (_, i) => i);
  const batches = Math.ceil(encTrain.length / options.batchSize);
  const curves: EpochStats[] = [];
  progress.start(options.epochs * batches, 'train fusion');
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    rng.shuffle(order);
    let lossSum = 0;
    let correct = 0;
    for (let b = 0; b < batches; b += 1) {
      const idx = order.slice(b * options.batchSize, (b + 1) * options.batchSize);
      const seed = (rng.seed() | 1) >>> 0;
      const batch = idx.map((i) => encTrain[i] as EncodedCheckIn);
      const { x, mask, y } = toTensors(options.inputNoise > 0 ? batch.map((r) => withNoise(r, values, options.inputNoise, rng)) : batch, idx.map((i) => yTrain[i] as number), width, spec.classes);
      let logitsData: Float32Array | undefined;
      const loss = optimizer.minimize(() => {
        const { logits } = net.forward(x, mask, { training: true, seed });
        logitsData = logits.dataSync() as Float32Array;
        return tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar;
      }, true, trainable);
      lossSum += (loss?.dataSync()[0] ?? 0) * idx.length;
      loss?.dispose();
      correct += countCorrect(logitsData as Float32Array, idx.map((i) => yTrain[i] as number), spec.classes);
      tf.dispose([x, mask, y]);
      progress.update((epoch - 1) * batches + b + 1, `epoch ${epoch}/${options.epochs}${describe(curves.at(-1))}`);
    }
    const v = evaluateLoss(net, encVal, yVal);
    const stats = { epoch, trainLoss: lossSum / encTrain.length, trainAccuracy: correct / encTrain.length, valLoss: v.loss, valAccuracy: v.accuracy };
    curves.push(stats);
    onEpoch?.(stats);
  }
  progress.stop();
  optimizer.dispose();
  return { net, encoder, curves, dataHash: hashData(encTrain, yTrain), validation: { samples: val, encoded: encVal, labels: yVal } };
}

/** Short text of the last epoch's figures for the progress line. */
function describe(s: EpochStats | undefined): string {
  return s ? ` | loss ${s.trainLoss.toFixed(3)} acc ${s.trainAccuracy.toFixed(3)} | val loss ${s.valLoss.toFixed(3)} acc ${s.valAccuracy.toFixed(3)}` : '';
}

/** A copy of an encoded check-in with N(0, sd²) noise on the value columns of its present inputs. */
function withNoise(r: EncodedCheckIn, values: Float32Array, sd: number, rng: Rng): EncodedCheckIn {
  const x = Float32Array.from(r.x);
  const width = x.length / r.mask.length;
  for (let i = 0; i < x.length; i += 1) if ((values[i] as number) > 0 && (r.mask[Math.floor(i / width)] as number) > 0) x[i] = (x[i] as number) + rng.normal(0, sd);
  return { ...r, x };
}

/** Builds input, mask and one-hot label tensors for a batch. */
function toTensors(rows: EncodedCheckIn[], labels: number[], width: number, classes: number): { x: tf.Tensor3D; mask: tf.Tensor2D; y: tf.Tensor2D } {
  const M = FUSION_INPUTS.length;
  const xs = new Float32Array(rows.length * M * width);
  const ms = new Float32Array(rows.length * M);
  rows.forEach((r, i) => {
    xs.set(r.x, i * M * width);
    ms.set(r.mask, i * M);
  });
  return {
    x: tf.tensor3d(xs, [rows.length, M, width]),
    mask: tf.tensor2d(ms, [rows.length, M]),
    y: tf.oneHot(tf.tensor1d(labels, 'int32'), classes).toFloat() as tf.Tensor2D,
  };
}

function countCorrect(logits: Float32Array, labels: number[], classes: number): number {
  return labels.reduce((s, y, i) => s + (argmax(logits.subarray(i * classes, (i + 1) * classes)) === y ? 1 : 0), 0);
}

/** Cross-entropy and accuracy without dropout (temperature 1). */
export function evaluateLoss(net: FusionNet, rows: EncodedCheckIn[], labels: number[]): { loss: number; accuracy: number } {
  const { x, mask, y } = toTensors(rows, labels, net.maxInputDim, net.spec.classes);
  const [loss, logits] = tf.tidy(() => {
    const f = net.forward(x, mask, { training: false });
    return [tf.losses.softmaxCrossEntropy(y, f.logits).dataSync()[0] as number, f.logits.dataSync() as Float32Array];
  });
  tf.dispose([x, mask, y]);
  return { loss, accuracy: countCorrect(logits, labels, net.spec.classes) / labels.length };
}

function hashData(rows: EncodedCheckIn[], labels: number[]): string {
  const h = createHash('sha256');
  rows.forEach((r, i) => {
    h.update(Buffer.from(r.x.buffer, r.x.byteOffset, r.x.byteLength));
    h.update(Uint8Array.from([...r.mask, labels[i] as number]));
  });
  return h.digest('hex');
}
