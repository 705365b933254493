// The attention fusion network (src/fusion/model.ts) as an ONNX graph, written from its saved weights, so that
// inference runs on ONNX Runtime beside the emotion models instead of on a second runtime (tfjs-WASM: ~5 ms per check-in
// at the end of the check-in, and its memory in every analysing thread). Training stays on tfjs. The MC-dropout
// multipliers are graph inputs (dropout-masks.ts draws them as tfjs does), so the same seed gives the same estimate.
import { GraphBuilder } from '../../ml/onnx-graph.ts';
import { checkWeights, weightShapes, type FusionNetSpec } from '../spec.ts';
import { FUSION_INPUTS } from '../types.ts';

/** Input and output names of the graph. */
export const FUSION_ONNX = {
  x: 'x',
  mask: 'mask',
  keepHidden: 'keep_hidden',
  keepClassifier: 'keep_classifier',
  logits: 'logits',
  weights: 'weights',
} as const;

/**
 * Builds the graph: x [B, 4, D] (inputs in FUSION_INPUTS order, zero-padded to the widest), mask [B, 4],
 * keep_hidden [B, 4, hidden] and keep_classifier [B, classifier] (dropout multipliers; ones for a deterministic pass)
 * → logits [B, classes] and attention weights [B, 4]. The same operations as the tfjs forward pass, in its order.
 */
export function fusionOnnxGraph(spec: FusionNetSpec, values: ReadonlyMap<string, Float32Array>): Uint8Array {
  const { hiddenDim: H, classifierDim: C, classes: K } = spec;
  const M = FUSION_INPUTS.length;
  const D = Math.max(...FUSION_INPUTS.map((m) => spec.inputDims[m]));
  checkWeights(spec, values);
  const w = (name: string) => values.get(name) as Float32Array;
  const shapes = new Map(weightShapes(spec));
  const g = new GraphBuilder('burnout-fusion');
  const x = g.input(FUSION_ONNX.x, 'float', ['batch', M, D]);
  const mask = g.input(FUSION_ONNX.mask, 'float', ['batch', M]);
  const keepHidden = g.input(FUSION_ONNX.keepHidden, 'float', ['batch', M, H]);
  const keepClassifier = g.input(FUSION_ONNX.keepClassifier, 'float', ['batch', C]);
  const scalar = (name: string, v: number) => g.floats(name, [], [v]);
  const half = scalar('half', 0.5);
  const one = scalar('one', 1);
  const sqrtHalf = scalar('sqrt1_2', Math.SQRT1_2);
  // Exact GELU as tfjs computes it: (x · 0.5) · (erf(x · √½) + 1).
  const gelu = (t: string) => g.node('Mul', [g.node('Mul', [t, half]), g.node('Add', [g.node('Erf', [g.node('Mul', [t, sqrtHalf])]), one])]);
  const param = (name: string) => g.floats(name, shapes.get(name) as number[], w(name));
  const dense = (t: string, layer: string) => g.node('Add', [g.node('MatMul', [t, param(`${layer}.kernel`)]), param(`${layer}.bias`)]);

  // Projectors as one batched MatMul: kernels zero-padded to the widest input and stacked → [M, D, H].
  const kernel = new Float32Array(M * D * H);
  FUSION_INPUTS.forEach((m, i) => kernel.set(w(`proj.${m}.kernel`), i * D * H));
  const stacked = (suffix: string) => {
    const out = new Float32Array(M * H);
    FUSION_INPUTS.forEach((m, i) => out.set(w(`${suffix.replace('*', m)}`), i * H));
    return out;
  };
  const xt = g.node('Transpose', [x], { perm: { ints: [1, 0, 2] } });
  const projected = g.node('Transpose', [
    g.node('Add', [g.node('MatMul', [xt, g.floats('proj.kernel', [M, D, H], kernel)]), g.floats('proj.bias', [M, 1, H], stacked('proj.*.bias'))]),
  ], { perm: { ints: [1, 0, 2] } });
  // LayerNorm over the last axis, then GELU and the first dropout.
  const mean = g.node('ReduceMean', [projected], { axes: { ints: [-1] }, keepdims: { int: 1 } });
  const centred = g.node('Sub', [projected, mean]);
  const variance = g.node('ReduceMean', [g.node('Mul', [centred, centred])], { axes: { ints: [-1] }, keepdims: { int: 1 } });
  const inverse = g.node('Reciprocal', [g.node('Sqrt', [g.node('Add', [variance, scalar('epsilon', 1e-5)])])]);
  const normed = g.node('Add', [g.node('Mul', [g.node('Mul', [centred, inverse]), g.floats('norm.gamma', [M, H], stacked('norm.*.gamma'))]), g.floats('norm.beta', [M, H], stacked('norm.*.beta'))]);
  const h = g.node('Mul', [gelu(normed), keepHidden]);
  // Bahdanau scorer shared by the modalities: H → A → tanh → 1; absent inputs get −∞ before the softmax.
  const flat = g.node('Reshape', [h, g.int64s('flat_shape', [2], [-1, H])]);
  const scores = g.node('Reshape', [dense(g.node('Tanh', [dense(flat, 'score.hidden')]), 'score.out'), g.int64s('scores_shape', [2], [-1, M])]);
  const present = g.node('Greater', [mask, half]);
  const masked = g.node('Where', [present, scores, scalar('minus_infinity', -Infinity)]);
  g.node('Softmax', [masked], { axis: { int: -1 } }, FUSION_ONNX.weights);
  const fused = g.node('ReduceSum', [g.node('Mul', [h, g.node('Unsqueeze', [FUSION_ONNX.weights, g.int64s('axis_2', [1], [2])])]), g.int64s('axis_1', [1], [1])], { keepdims: { int: 0 } });
  const c = g.node('Mul', [gelu(dense(fused, 'cls.hidden')), keepClassifier]);
  g.node('Identity', [dense(c, 'cls.out')], {}, FUSION_ONNX.logits);
  g.output(FUSION_ONNX.logits, 'float', ['batch', K]);
  g.output(FUSION_ONNX.weights, 'float', ['batch', M]);
  return g.toBytes();
}
