// One batched forward call of the fusion network, whichever runtime runs it: ONNX Runtime at inference
// (onnx/onnx-pass.ts), the tfjs network itself while training and validating (tfjsForwardPass). runMc tiles the MC
// passes over it.
import * as tf from '@tensorflow/tfjs';
import type { FusionNet, FusionNetSpec } from './model.ts';
import { FUSION_INPUTS } from './types.ts';

/** Logits [rows, classes] (before temperature) and attention weights [rows, 4] of one call. */
export interface ForwardOutput {
  logits: Float32Array;
  weights: Float32Array;
}

/** The fusion network's forward call on some runtime. */
export interface FusionForwardPass {
  readonly spec: FusionNetSpec;
  /** Widest input; rows are zero-padded to it. */
  readonly maxInputDim: number;
  /**
   * x: [rows, 4, maxInputDim] (FUSION_INPUTS order), mask: [rows, 4] with 1 for a present input. With `training` the
   * dropout layers are active, drawn from `seed` (and seed + 1) as tfjs draws them, or at random without one.
   */
  run(x: Float32Array, mask: Float32Array, rows: number, options: { training: boolean; seed?: number }): Promise<ForwardOutput>;
  /** Frees what the pass holds (the tfjs network stays its owner's). */
  dispose(): Promise<void>;
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
