// Pure builder of the attention fusion network (tfjs, functional code over tf.variable weights):
// per-input projector → LayerNorm → GELU → Dropout, Bahdanau scorer, masked softmax, weighted sum, classifier.
import * as tf from '@tensorflow/tfjs';
import { FUSION_INPUTS } from './types.ts';
import { createRng } from '../ml/random.ts';
import type { FusionForwardPass } from './forward-pass.ts';
import { checkWeights, countParams, weightShapes, type FusionNetSpec } from './spec.ts';

/** Output of one forward call. */
export interface FusionForward {
  /** [B, classes] raw logits (before temperature). */
  logits: tf.Tensor2D;
  /** [B, modalities] attention weights; rows sum to 1, masked modalities are exactly 0. */
  weights: tf.Tensor2D;
}

/** A built network: its weights (in a fixed order) and the forward function. */
export interface FusionNet {
  readonly spec: FusionNetSpec;
  /** Weights by name, in the order they are saved. */
  readonly variables: ReadonlyMap<string, tf.Variable>;
  /** Number of trainable numbers. */
  readonly paramCount: number;
  /** Widest modality input; inputs are zero-padded to it. */
  readonly maxInputDim: number;
  /**
   * x: [B, 4, maxInputDim] (inputs in FUSION_INPUTS order, zero-padded), mask: [B, 4] with 1 for a present
   * input. With `training` the dropout layers are active (seeded by `seed` when given, ≥ 1).
   */
  forward(x: tf.Tensor3D, mask: tf.Tensor2D, options: { training: boolean; seed?: number }): FusionForward;
  dispose(): void;
}

/** Glorot-uniform kernels, zero biases, LayerNorm gamma 1 / beta 0, drawn from a seeded generator. */
export function initialWeights(spec: FusionNetSpec, seed: number): Map<string, Float32Array> {
  const rng = createRng(seed);
  const out = new Map<string, Float32Array>();
  for (const [name, shape] of weightShapes(spec)) {
    const size = shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    if (name.endsWith('.kernel')) {
      const limit = Math.sqrt(6 / ((shape[0] ?? 1) + (shape[1] ?? 1)));
      for (let i = 0; i < size; i += 1) values[i] = rng.uniform(-limit, limit);
    } else if (name.endsWith('.gamma')) {
      values.fill(1);
    }
    out.set(name, values);
  }
  return out;
}

/** Exact GELU: x · Φ(x). */
function gelu(x: tf.Tensor): tf.Tensor {
  return tf.mul(tf.mul(x, 0.5), tf.add(tf.erf(tf.mul(x, Math.SQRT1_2)), 1));
}

/** LayerNorm over the last axis. */
function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor {
  const mean = tf.mean(x, -1, true);
  const centred = tf.sub(x, mean);
  const variance = tf.mean(tf.square(centred), -1, true);
  return tf.add(tf.mul(tf.mul(centred, tf.rsqrt(tf.add(variance, 1e-5))), gamma), beta);
}

/**
 * Builds the network from a spec and either a seed (fresh seeded initialisation) or saved weight values.
 * Pure: no I/O; the caller must have initialised a tfjs backend.
 */
export function buildFusionNet(spec: FusionNetSpec, init: { seed: number } | { values: ReadonlyMap<string, Float32Array> }): FusionNet {
  const values = 'seed' in init ? initialWeights(spec, init.seed) : init.values;
  checkWeights(spec, values);
  const variables = new Map<string, tf.Variable>();
  for (const [name, shape] of weightShapes(spec)) {
    const initial = tf.tensor(values.get(name) as Float32Array, shape, 'float32');
    variables.set(name, tf.variable(initial, true));
    initial.dispose();
  }
  const w = (name: string): tf.Variable => variables.get(name) as tf.Variable;
  const maxInputDim = Math.max(...FUSION_INPUTS.map((m) => spec.inputDims[m]));
  const M = FUSION_INPUTS.length;

  function forward(x: tf.Tensor3D, mask: tf.Tensor2D, options: { training: boolean; seed?: number }): FusionForward {
    return tf.tidy(() => {
      const drop = (t: tf.Tensor, offset: number): tf.Tensor =>
        options.training && spec.dropout > 0
          ? tf.dropout(t, spec.dropout, undefined, options.seed === undefined ? undefined : options.seed + offset)
          : t;
      // Projectors as one batched matMul: kernels zero-padded to the widest input and stacked → [M, D, H].
      const kernel = tf.stack(FUSION_INPUTS.map((m) => tf.pad(w(`proj.${m}.kernel`), [[0, maxInputDim - spec.inputDims[m]], [0, 0]])));
      const bias = tf.stack(FUSION_INPUTS.map((m) => w(`proj.${m}.bias`))).expandDims(1);
      const projected = tf.add(tf.matMul(tf.transpose(x, [1, 0, 2]), kernel), bias).transpose([1, 0, 2]); // [B, M, H]
      const gamma = tf.stack(FUSION_INPUTS.map((m) => w(`norm.${m}.gamma`)));
      const beta = tf.stack(FUSION_INPUTS.map((m) => w(`norm.${m}.beta`)));
      const h = drop(gelu(layerNorm(projected, gamma, beta)), 0); // [B, M, H]
      // Bahdanau scorer shared by the modalities: H → A → tanh → 1.
      const flat = tf.reshape(h, [-1, spec.hiddenDim]);
      const hidden = tf.tanh(tf.fused.matMul({ a: flat, b: w('score.hidden.kernel'), bias: w('score.hidden.bias') }));
      const scores = tf.reshape(tf.fused.matMul({ a: hidden, b: w('score.out.kernel'), bias: w('score.out.bias') }), [-1, M]);
      // Absent modalities → −∞ before the softmax, so their weight is exactly 0.
      const masked = tf.where(tf.greater(mask, 0.5), scores, tf.fill(scores.shape, -Infinity));
      const weights = tf.softmax(masked) as tf.Tensor2D;
      const fused = tf.sum(tf.mul(h, tf.expandDims(weights, 2)), 1); // [B, H]
      const c = drop(gelu(tf.fused.matMul({ a: fused as tf.Tensor2D, b: w('cls.hidden.kernel'), bias: w('cls.hidden.bias') })), 1);
      const logits = tf.fused.matMul({ a: c as tf.Tensor2D, b: w('cls.out.kernel'), bias: w('cls.out.bias') }) as tf.Tensor2D;
      return { logits, weights };
    });
  }

  return {
    spec,
    variables,
    paramCount: countParams(spec),
    maxInputDim,
    forward,
    dispose() {
      for (const v of variables.values()) v.dispose();
    },
  };
}

/** Current weight values by name (for saving). */
export function readWeights(net: FusionNet): Map<string, Float32Array> {
  return new Map([...net.variables].map(([name, v]) => [name, v.dataSync() as Float32Array]));
}

/** The tfjs network as a forward pass (training and its validation; the caller keeps and disposes of the network). */
export function tfjsForwardPass(net: FusionNet): FusionForwardPass {
  const M = FUSION_INPUTS.length;
  return {
    spec: net.spec,
    maxInputDim: net.maxInputDim,
    async run(x, mask, rows, options) {
      const [logits, weights] = tf.tidy(() => {
        const f = net.forward(tf.tensor3d(x, [rows, M, net.maxInputDim]), tf.tensor2d(mask, [rows, M]), options);
        return [f.logits.dataSync() as Float32Array, f.weights.dataSync() as Float32Array];
      });
      return { logits, weights };
    },
    async dispose() {},
  };
}
