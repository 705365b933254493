// The fusion network on the tfjs WASM backend: parameter counts, shapes, masking, batch = single calls, MC dropout.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { encodeCheckIn, encoderInputDims, fitEncoder, type EncodedCheckIn } from '../../src/fusion/features.ts';
import { fuse, runMc, type FusionModel } from '../../src/fusion/infer.ts';
import { buildFusionNet, tfjsForwardPass, type FusionNet } from '../../src/fusion/model.ts';
import { countParams, defaultSpec } from '../../src/fusion/spec.ts';
import { generateCheckIns, type SyntheticCheckIn } from '../../src/fusion/synthetic/generate.ts';
import { FUSION_INPUTS } from '../../src/fusion/types.ts';
import { makeTestPool } from '../helpers/text-pool.ts';
import { ensureTfBackend } from '../../src/tf-backend.ts';

let net: FusionNet;
let model: FusionModel;
let rows: EncodedCheckIn[];
let samples: SyntheticCheckIn[];
const opts = { mcPasses: 30, reliableMinConfidence: 0.5, reliableMaxUncertainty: 0.5, unclearBelowConfidence: 0, unclearMargin: 0, elevatedAtLeast: 1 };

beforeAll(async () => {
  await ensureTfBackend();
  samples = generateCheckIns({ samples: 40, seed: 9, textPool: (await makeTestPool()).all });
  const enc = fitEncoder('profile', samples, { text: 768, voice: 768, face: 768 });
  net = buildFusionNet(defaultSpec(encoderInputDims(enc)), { seed: 3 });
  model = { pass: tfjsForwardPass(net), encoder: enc, temperature: 1.5, uncertaintyReference: 0.05 };
  rows = samples.map((s) => encodeCheckIn(enc, s, net.maxInputDim));
});

/** All 15 non-empty presence masks of the four inputs. */
const MASKS = Array.from({ length: 15 }, (_, i) => FUSION_INPUTS.map((_, m) => ((i + 1) >> m) & 1));

describe('fusion network', () => {
  it('has the documented parameter counts (profile ≈ 63K (62,852), 768-d embedding ≈ 644K)', () => {
    expect(net.paramCount).toBe(62_852);
    expect(countParams(defaultSpec({ text: 768, voice: 768, face: 768, selfReport: 6 }))).toBe(644_228);
    const counted = [...net.variables.values()].reduce((s, v) => s + v.size, 0);
    expect(counted).toBe(net.paramCount);
  });

  it('returns [B, 3] logits and [B, 4] weights; masked inputs weigh exactly 0 and rows sum to 1', () => {
    const B = MASKS.length;
    const x = tf.randomNormal([B, 4, net.maxInputDim], 0, 1, 'float32', 5) as tf.Tensor3D;
    const { logits, weights } = net.forward(x, tf.tensor2d(MASKS), { training: false });
    expect(logits.shape).toEqual([B, 3]);
    expect(weights.shape).toEqual([B, 4]);
    const w = weights.arraySync();
    MASKS.forEach((mask, i) => {
      mask.forEach((present, m) => (present ? expect(w[i]![m]).toBeGreaterThan(0) : expect(w[i]![m]).toBe(0)));
      expect(w[i]!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    });
    expect(logits.arraySync().flat().every(Number.isFinite)).toBe(true);
  });

  it('ignores whatever sits in the input of a masked modality', () => {
    const mask = tf.tensor2d([[1, 0, 1, 1], [1, 0, 1, 1]]);
    const x = tf.randomNormal([1, 4, net.maxInputDim], 0, 1, 'float32', 8).arraySync() as number[][][];
    const changed = structuredClone(x);
    changed[0]![1] = changed[0]![1]!.map((v) => v * 50 + 3);
    const out = net.forward(tf.tensor3d([x[0]!, changed[0]!]), mask, { training: false }).logits.arraySync();
    expect(out[1]![0]).toBeCloseTo(out[0]![0]!, 5);
    expect(out[1]![2]).toBeCloseTo(out[0]![2]!, 5);
  });

  it('gives the same result for a batch as for single calls (dropout off)', async () => {
    const batch = await runMc(model.pass, rows, { passes: 1, dropout: false });
    for (const [i, r] of rows.entries()) {
      const [single] = await runMc(model.pass, [r], { passes: 1, dropout: false });
      Array.from(single!.logits.values).forEach((v, k) => expect(batch[i]!.logits.values[k]).toBeCloseTo(v, 4));
      single!.weights.forEach((v, m) => expect(batch[i]!.weights[m]).toBeCloseTo(v, 5));
    }
  });

  it('MC dropout: zero uncertainty with dropout off, some with it on, reproducible from the seed', async () => {
    const s = samples.find((x) => x.results.text.status === 'ok' && (x.results.text as { features: { wordCount?: number | null } }).features.wordCount! >= 3)!;
    const off = await fuse(model, s, { ...opts, dropout: false });
    expect(off.risk.uncertainty).toBe(0);
    const on = await fuse(model, s, { ...opts, seed: 4 });
    expect(on.risk.uncertainty).toBeGreaterThan(0);
    expect((await fuse(model, s, { ...opts, seed: 4 })).risk).toEqual(on.risk);
    const p = on.risk.probabilities;
    expect(p.low + p.moderate + p.high).toBeCloseTo(1, 9);
    expect(on.risk.confidence).toBe(Math.max(p.low, p.moderate, p.high));
    expect(on.risk.reliable).toBe(on.risk.confidence > 0.5 && on.risk.uncertainty < 0.5);
  });

  it('reports absent inputs with weight exactly 0 in the Risk', async () => {
    const s = samples.find((x) => x.results.face.status !== 'ok' && x.results.text.status === 'ok')!;
    const { risk, unused } = await fuse(model, s, opts);
    expect(risk.modalityWeights.face).toBe(0);
    expect(unused.face).toBeDefined();
    expect(Object.values(risk.modalityWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
