// The fusion network's forward call on ONNX Runtime: the graph of graph.ts in a session opened as the emotion models'
// are (the ONNX Runtime thread by default), fed the dropout multipliers tfjs would draw for the same seed.
import type { Config } from '../../config/schema.ts';
import { openSession } from '../../analysis/onnx/open-session.ts';
import type { FusionForwardPass } from '../forward-pass.ts';
import type { FusionNetSpec } from '../spec.ts';
import { FUSION_INPUTS } from '../types.ts';
import { dropoutMultipliers } from './dropout-masks.ts';
import { FUSION_ONNX, fusionOnnxGraph } from './graph.ts';

interface Multipliers {
  hidden: Float32Array;
  classifier: Float32Array;
}

/** Seeded multipliers kept for reuse: a check-in always asks for the same (seed, rows), so they are drawn once. */
const KEEP_SEEDED = 4;

/**
 * Opens the network given by `spec` and its weight values on ONNX Runtime. Rejects with ONNX Runtime's message when
 * the graph cannot be loaded, and throws when a weight is missing or has the wrong size.
 */
export async function openOnnxForwardPass(config: Readonly<Config>, spec: FusionNetSpec, values: ReadonlyMap<string, Float32Array>): Promise<FusionForwardPass> {
  const session = await openSession(config, fusionOnnxGraph(spec, values), { small: true });
  const M = FUSION_INPUTS.length;
  const D = Math.max(...FUSION_INPUTS.map((m) => spec.inputDims[m]));
  const seeded = new Map<string, Multipliers>();
  const multipliers = (rows: number, training: boolean, seed: number | undefined): Multipliers => {
    const rate = training ? spec.dropout : 0;
    const key = `${rows}:${rate}:${seed}`;
    const kept = seed === undefined && rate > 0 ? undefined : seeded.get(key);
    if (kept) return kept;
    const drawn = {
      hidden: dropoutMultipliers(rows * M * spec.hiddenDim, rate, seed),
      classifier: dropoutMultipliers(rows * spec.classifierDim, rate, seed === undefined ? undefined : seed + 1),
    };
    if (seed !== undefined || rate === 0) {
      if (seeded.size >= KEEP_SEEDED) seeded.delete(seeded.keys().next().value as string);
      seeded.set(key, drawn);
    }
    return drawn;
  };
  return {
    spec,
    maxInputDim: D,
    async run(x, mask, rows, options) {
      const keep = multipliers(rows, options.training, options.seed);
      const out = await session.run({
        [FUSION_ONNX.x]: { type: 'float32', data: x, dims: [rows, M, D] },
        [FUSION_ONNX.mask]: { type: 'float32', data: mask, dims: [rows, M] },
        [FUSION_ONNX.keepHidden]: { type: 'float32', data: keep.hidden, dims: [rows, M, spec.hiddenDim] },
        [FUSION_ONNX.keepClassifier]: { type: 'float32', data: keep.classifier, dims: [rows, spec.classifierDim] },
      });
      const logits = out[FUSION_ONNX.logits];
      const weights = out[FUSION_ONNX.weights];
      if (!logits || !weights) throw new Error('the fusion graph gave no output');
      return { logits: logits.data as Float32Array, weights: weights.data as Float32Array };
    },
    dispose: () => session.release(),
  };
}
