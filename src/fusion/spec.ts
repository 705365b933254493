// Sizes and weight layout of the attention fusion network, without any runtime: what both the tfjs network
// (model.ts, training) and its ONNX graph (onnx/graph.ts, inference) are built from.
import { FUSION_INPUTS, type FusionInput } from './types.ts';

/** Sizes of the network. */
export interface FusionNetSpec {
  /** Input width per fusion input (profile: emotions + flag + features; self-report: 3 values + 3 flags). */
  inputDims: Record<FusionInput, number>;
  /** Projector output (the shared fusion space). */
  hiddenDim: number;
  /** Bahdanau scorer hidden width. */
  attentionDim: number;
  /** Classifier hidden width. */
  classifierDim: number;
  /** Number of risk levels. */
  classes: number;
  /** Dropout rate after each projector and in the classifier (also used by MC dropout). */
  dropout: number;
}

/** The default sizes of DESIGN.md §1 for given input widths. */
export function defaultSpec(inputDims: Record<FusionInput, number>, dropout = 0.2): FusionNetSpec {
  return { inputDims, hiddenDim: 256, attentionDim: 64, classifierDim: 128, classes: 3, dropout };
}

/** Names and shapes of every weight, in save order. */
export function weightShapes(spec: FusionNetSpec): Array<[string, number[]]> {
  const { hiddenDim: h, attentionDim: a, classifierDim: c, classes: k } = spec;
  const shapes: Array<[string, number[]]> = [];
  for (const m of FUSION_INPUTS) {
    shapes.push([`proj.${m}.kernel`, [spec.inputDims[m], h]], [`proj.${m}.bias`, [h]]);
    shapes.push([`norm.${m}.gamma`, [h]], [`norm.${m}.beta`, [h]]);
  }
  shapes.push(['score.hidden.kernel', [h, a]], ['score.hidden.bias', [a]], ['score.out.kernel', [a, 1]], ['score.out.bias', [1]]);
  shapes.push(['cls.hidden.kernel', [h, c]], ['cls.hidden.bias', [c]], ['cls.out.kernel', [c, k]], ['cls.out.bias', [k]]);
  return shapes;
}

/** Throws when a weight of `spec` is missing from `values` or has the wrong number of values. */
export function checkWeights(spec: FusionNetSpec, values: ReadonlyMap<string, Float32Array>): void {
  for (const [name, shape] of weightShapes(spec)) {
    const size = shape.reduce((a, b) => a * b, 1);
    const got = values.get(name)?.length;
    if (got !== size) throw new Error(`fusion weight ${name}: expected ${size} values, got ${got ?? 'none'}`);
  }
}

/** Parameter count of a spec without building it. */
export function countParams(spec: FusionNetSpec): number {
  return weightShapes(spec).reduce((s, [, shape]) => s + shape.reduce((a, b) => a * b, 1), 0);
}
