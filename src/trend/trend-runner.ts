// Runs the trained trend network for one sequence in plain TypeScript, from the saved model.json + weights.bin: layer
// normalisation, GRUs (Keras/tfjs semantics: reset gate before the recurrent product, hard-sigmoid gates), dense
// layers. For one check-in's window (≤ 14 steps, ~0.6 M multiply-adds) this takes well under a millisecond, against
// 5–25 ms of tfjs op dispatch, so Stage 3 can run on the event loop inside the write's transaction. Training and batch
// evaluation keep tfjs (load.ts); a test holds both to the same logits.
import { BurnoutError } from '../errors.ts';

/** One layer of the network, with its weights (row-major `[in, out]` kernels, as tfjs stores them). */
type RunnerLayer =
  | { kind: 'layerNorm'; gamma: Float32Array; beta: Float32Array; epsilon: number }
  | { kind: 'gru'; units: number; kernel: Float32Array; recurrent: Float32Array; bias: Float32Array; inputDim: number;
      gate: (x: number) => number; activation: (x: number) => number; returnSequences: boolean }
  | { kind: 'dense'; units: number; kernel: Float32Array; bias: Float32Array; inputDim: number; relu: boolean };

/** The trend network as plain arrays: run with trendLogits. */
export interface TrendRunner {
  readonly layers: readonly RunnerLayer[];
}

interface LayerJson { class_name: string; config: Record<string, unknown> }
interface ModelJson {
  modelTopology?: { config?: { layers?: LayerJson[] }; model_config?: { config?: { layers?: LayerJson[] } } };
  weightsManifest?: { weights: { name: string; shape: number[]; dtype: string }[] }[];
}

const ACTIVATIONS: Record<string, (x: number) => number> = {
  tanh: Math.tanh,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  hard_sigmoid: (x) => Math.min(1, Math.max(0, 0.2 * x + 0.5)),
  linear: (x) => x,
};

/**
 * Reads the network from the tfjs layers files (model.json parsed, weights.bin bytes). Throws MODEL_LOAD_FAILED when
 * a layer or setting is one this runner does not implement (it then refuses rather than computing something else).
 */
export function trendRunnerFrom(modelJson: unknown, weightsBin: Uint8Array): TrendRunner {
  const model = modelJson as ModelJson;
  const layers = model.modelTopology?.config?.layers ?? model.modelTopology?.model_config?.config?.layers ?? [];
  const specs = (model.weightsManifest ?? []).flatMap((g) => g.weights);
  const aligned = new Uint8Array(weightsBin); // a copy: Float32Array views need 4-byte alignment
  const weights = new Map<string, Float32Array>();
  let offset = 0;
  for (const s of specs) {
    if (s.dtype !== 'float32') throw unsupported(`weight ${s.name} has dtype ${s.dtype}`);
    const n = s.shape.reduce((a, b) => a * b, 1);
    if ((offset + n) * 4 > aligned.byteLength) throw unsupported('weights.bin is shorter than model.json says');
    weights.set(s.name, new Float32Array(aligned.buffer, offset * 4, n));
    offset += n;
  }
  const weight = (layer: string, name: string): Float32Array => {
    const w = weights.get(`${layer}/${name}`);
    if (!w) throw unsupported(`weight ${layer}/${name} is missing`);
    return w;
  };
  const out: RunnerLayer[] = [];
  let width = 0;
  let sequence = true; // whether the current output is one vector per step
  for (const l of layers) {
    const c = l.config;
    const name = String(c.name);
    switch (l.class_name) {
      case 'InputLayer': {
        const shape = (c.batch_input_shape ?? c.batchInputShape) as (number | null)[] | undefined;
        width = Number(shape?.at(-1) ?? 0);
        break;
      }
      case 'Masking':
        break; // one unpadded sequence: nothing to mask
      case 'LayerNormalization':
        if (c.center === false || c.scale === false || !sequence) throw unsupported('this layer normalisation');
        out.push({ kind: 'layerNorm', gamma: weight(name, 'gamma'), beta: weight(name, 'beta'), epsilon: Number(c.epsilon ?? 1e-3) });
        break;
      case 'GRU': {
        if (c.reset_after === true || c.use_bias === false || !sequence) throw unsupported('a GRU with reset_after, without bias or after the last step');
        const gate = ACTIVATIONS[String(c.recurrent_activation ?? 'hard_sigmoid')];
        const activation = ACTIVATIONS[String(c.activation ?? 'tanh')];
        if (!gate || !activation) throw unsupported(`GRU activation ${String(c.activation)}/${String(c.recurrent_activation)}`);
        const units = Number(c.units);
        out.push({ kind: 'gru', units, kernel: weight(name, 'kernel'), recurrent: weight(name, 'recurrent_kernel'), bias: weight(name, 'bias'),
          inputDim: width, gate, activation, returnSequences: c.return_sequences === true });
        width = units;
        sequence = c.return_sequences === true;
        break;
      }
      case 'Dense': {
        const act = String(c.activation ?? 'linear');
        if ((act !== 'relu' && act !== 'linear') || sequence) throw unsupported(`a dense layer (${act}) on every step`);
        const units = Number(c.units);
        out.push({ kind: 'dense', units, kernel: weight(name, 'kernel'), bias: weight(name, 'bias'), inputDim: width, relu: act === 'relu' });
        width = units;
        break;
      }
      default:
        throw unsupported(`layer ${l.class_name}`);
    }
  }
  return { layers: out };
}

/** The logits of one sequence (`steps × features`, oldest first, no padding). */
export function trendLogits(runner: TrendRunner, steps: readonly (readonly number[])[]): number[] {
  let seq: Float64Array[] = steps.map((row) => Float64Array.from(row));
  let last: Float64Array | null = null;
  for (const layer of runner.layers) {
    if (layer.kind === 'layerNorm') seq = seq.map((x) => layerNorm(layer, x));
    else if (layer.kind === 'gru') {
      const states = gru(layer, seq);
      if (layer.returnSequences) seq = states;
      else last = states.at(-1) ?? new Float64Array(layer.units);
    } else {
      last = dense(layer, last ?? new Float64Array(layer.inputDim));
    }
  }
  return Array.from(last ?? []);
}

function layerNorm(l: Extract<RunnerLayer, { kind: 'layerNorm' }>, x: Float64Array): Float64Array {
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  let variance = 0;
  for (const v of x) variance += (v - mean) ** 2;
  variance /= x.length;
  const scale = 1 / Math.sqrt(variance + l.epsilon);
  return x.map((v, i) => (v - mean) * scale * (l.gamma[i] as number) + (l.beta[i] as number));
}

/** h_t = z ⊙ h_{t−1} + (1 − z) ⊙ act(x W_h + (r ⊙ h_{t−1}) U_h + b_h), gates z, r from x W + h U + b (tfjs order z, r, h). */
function gru(l: Extract<RunnerLayer, { kind: 'gru' }>, seq: readonly Float64Array[]): Float64Array[] {
  const u = l.units;
  const w3 = 3 * u;
  let h = new Float64Array(u);
  const out: Float64Array[] = [];
  const xw = new Float64Array(w3);
  const hu = new Float64Array(2 * u);
  const rh = new Float64Array(u);
  for (const x of seq) {
    for (let j = 0; j < w3; j++) xw[j] = l.bias[j] as number;
    for (let i = 0; i < l.inputDim; i++) {
      const xi = x[i] as number;
      if (xi === 0) continue;
      const row = i * w3;
      for (let j = 0; j < w3; j++) xw[j] = (xw[j] as number) + xi * (l.kernel[row + j] as number);
    }
    hu.fill(0);
    for (let i = 0; i < u; i++) {
      const hi = h[i] as number;
      if (hi === 0) continue;
      const row = i * w3;
      for (let j = 0; j < 2 * u; j++) hu[j] = (hu[j] as number) + hi * (l.recurrent[row + j] as number);
    }
    const z = new Float64Array(u);
    for (let j = 0; j < u; j++) {
      z[j] = l.gate((xw[j] as number) + (hu[j] as number));
      rh[j] = l.gate((xw[u + j] as number) + (hu[u + j] as number)) * (h[j] as number);
    }
    const next = new Float64Array(u);
    for (let j = 0; j < u; j++) {
      let acc = xw[2 * u + j] as number;
      for (let i = 0; i < u; i++) acc += (rh[i] as number) * (l.recurrent[i * w3 + 2 * u + j] as number);
      const zj = z[j] as number;
      next[j] = zj * (h[j] as number) + (1 - zj) * l.activation(acc);
    }
    h = next;
    out.push(h);
  }
  return out;
}

function dense(l: Extract<RunnerLayer, { kind: 'dense' }>, x: Float64Array): Float64Array {
  const y = new Float64Array(l.units);
  for (let j = 0; j < l.units; j++) y[j] = l.bias[j] as number;
  for (let i = 0; i < l.inputDim; i++) {
    const xi = x[i] as number;
    for (let j = 0; j < l.units; j++) y[j] = (y[j] as number) + xi * (l.kernel[i * l.units + j] as number);
  }
  if (l.relu) for (let j = 0; j < l.units; j++) y[j] = Math.max(0, y[j] as number);
  return y;
}

function unsupported(what: string): BurnoutError {
  return new BurnoutError('MODEL_LOAD_FAILED', `the trend model cannot be run: ${what} is not supported`, { hint: 'train it again with `burnout train trend`' });
}
