// One batched forward call of the fusion network, whichever runtime runs it: ONNX Runtime at inference
// (onnx/onnx-pass.ts), the tfjs network itself while training and validating (tfjsForwardPass in model.ts). runMc
// tiles the MC passes over it. No runtime is imported here.
import type { FusionNetSpec } from './spec.ts';

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
