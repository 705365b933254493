// Pure builder of the trend network: Masking → LayerNorm → GRU(64) → GRU(64) → Dense(32, relu) → Dense(3) logits.
import * as tf from '@tensorflow/tfjs';
import { TREND_FEATURES } from './types.ts';

/** Value that fills the front of sequences shorter than the batch length; masked out, never a real feature (0–1). */
export const PAD_VALUE = -1;

/** Sizes of the network (DESIGN §1 Stage 3). */
export interface TrendArchitecture {
  features: number;
  gruUnits: number;
  gruLayers: number;
  denseUnits: number;
  classes: number;
}

export const TREND_ARCHITECTURE: TrendArchitecture = {
  features: TREND_FEATURES.length,
  gruUnits: 64,
  gruLayers: 2,
  denseUnits: 32,
  classes: 3,
};

/**
 * Builds the (uncompiled) trend network with seeded initial weights. Input `[batch, steps, 10]` with any number of
 * steps; shorter sequences are left-padded with PAD_VALUE, which the Masking layer hides from the GRUs (a masked step
 * keeps the previous state, so padding changes nothing). Output: 3 logits (improving, stable, worsening).
 * The tfjs backend must be ready (ensureTfBackend) before calling this.
 */
export function buildTrendModel(seed: number, arch: TrendArchitecture = TREND_ARCHITECTURE): tf.LayersModel {
  let n = 0;
  const init = () => tf.initializers.glorotUniform({ seed: seed * 16 + n++ });
  const input = tf.input({ shape: [null, arch.features], name: 'steps' });
  let x = tf.layers.masking({ maskValue: PAD_VALUE, name: 'mask' }).apply(input) as tf.SymbolicTensor;
  x = tf.layers.layerNormalization({ axis: -1, name: 'layer_norm' }).apply(x) as tf.SymbolicTensor;
  for (let i = 0; i < arch.gruLayers; i++) {
    x = tf.layers.gru({
      units: arch.gruUnits,
      returnSequences: i < arch.gruLayers - 1,
      kernelInitializer: init(),
      // Glorot rather than orthogonal: tfjs' orthogonal initializer runs a QR per build and warns on this size.
      recurrentInitializer: init(),
      name: `gru_${i + 1}`,
    }).apply(x) as tf.SymbolicTensor;
  }
  x = tf.layers.dense({ units: arch.denseUnits, activation: 'relu', kernelInitializer: init(), name: 'dense' }).apply(x) as tf.SymbolicTensor;
  const logits = tf.layers.dense({ units: arch.classes, kernelInitializer: init(), name: 'logits' }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: logits, name: 'trend' });
}

/**
 * The same trained layers without the Masking layer (weights shared, not copied), for one unpadded sequence at a
 * time: identical logits at about half the latency, since masking adds several small ops per GRU step.
 */
export function unmaskedView(net: tf.LayersModel): tf.LayersModel {
  const input = tf.input({ shape: [null, TREND_ARCHITECTURE.features], name: 'steps_unpadded' });
  let x = input;
  for (const layer of net.layers) {
    if (layer.getClassName() === 'InputLayer' || layer.getClassName() === 'Masking') continue;
    x = layer.apply(x) as tf.SymbolicTensor;
  }
  return tf.model({ inputs: input, outputs: x, name: 'trend_unpadded' });
}

/**
 * Packs feature sequences into one `[n, length, 10]` float array, oldest step first, left-padded with PAD_VALUE
 * (length defaults to the longest sequence).
 */
export function packSequences(sequences: readonly (readonly (readonly number[])[])[], length?: number): { data: Float32Array; shape: [number, number, number] } {
  const steps = length ?? Math.max(1, ...sequences.map((s) => s.length));
  const f = TREND_FEATURES.length;
  const data = new Float32Array(sequences.length * steps * f).fill(PAD_VALUE);
  sequences.forEach((seq, i) => {
    const kept = seq.slice(-steps);
    const offset = steps - kept.length;
    kept.forEach((row, t) => data.set(row, (i * steps + offset + t) * f));
  });
  return { data, shape: [sequences.length, steps, f] };
}
