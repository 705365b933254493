// The fusion network on ONNX Runtime (what a check-in runs) against the tfjs network it was trained as: the same
// dropout multipliers bit for bit, the same logits and attention weights for every presence mask, deterministic and
// MC, profile and embedding sizes; and a clear error for a damaged model folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { loadConfig } from '../../src/config/load.ts';
import { isBurnoutError } from '../../src/errors.ts';
import type { FusionForwardPass } from '../../src/fusion/forward-pass.ts';
import type { EncodedCheckIn } from '../../src/fusion/features.ts';
import { runMc } from '../../src/fusion/infer.ts';
import { loadFusionModel, saveFusionModel } from '../../src/fusion/model-io.ts';
import { buildFusionNet, readWeights, tfjsForwardPass, type FusionNet } from '../../src/fusion/model.ts';
import { defaultSpec } from '../../src/fusion/spec.ts';
import { dropoutMultipliers } from '../../src/fusion/onnx/dropout-masks.ts';
import { openOnnxForwardPass } from '../../src/fusion/onnx/onnx-pass.ts';
import { ensureTfBackend } from '../../src/tf-backend.ts';
import { seededRandom } from '../helpers/onnx/graph-builder.ts';

const config = loadConfig();
const PROFILE = { text: 25, voice: 19, face: 12, selfReport: 6 };
const EMBEDDING = { text: 32, voice: 24, face: 16, selfReport: 6 };
const MASKS = Array.from({ length: 15 }, (_, i) => [0, 1, 2, 3].map((m) => ((i + 1) >> m) & 1));

/** Rows of random inputs, one per presence mask (absent inputs hold noise too: they must not count). */
function rows(width: number, seed: number): EncodedCheckIn[] {
  const rand = seededRandom(seed);
  return MASKS.map((mask) => ({ x: Float32Array.from({ length: 4 * width }, () => rand() * 4 - 2), mask, unused: {}, weakLeftOut: [] }));
}

const nets: FusionNet[] = [];
const passes: FusionForwardPass[] = [];
let dir: string;
beforeAll(async () => {
  await ensureTfBackend();
  dir = mkdtempSync(join(tmpdir(), 'fusion-onnx-'));
});
afterAll(async () => {
  for (const p of passes) await p.dispose();
  nets.forEach((n) => n.dispose());
  rmSync(dir, { recursive: true, force: true });
});

async function pair(dims: typeof PROFILE, seed: number, threaded = true): Promise<[FusionForwardPass, FusionForwardPass]> {
  const net = buildFusionNet(defaultSpec(dims), { seed });
  nets.push(net);
  const cfg = threaded ? config : { ...config, models: { ...config.models, inferenceThread: false } };
  const onnx = await openOnnxForwardPass(cfg, net.spec, readWeights(net));
  passes.push(onnx);
  return [tfjsForwardPass(net), onnx];
}

describe('fusion on ONNX Runtime', () => {
  it("draws tfjs' dropout multipliers bit for bit", () => {
    for (const [size, rate, seed] of [[30 * 4 * 256, 0.2, 1], [30 * 128, 0.2, 2], [999, 0.5, 77], [64, 0.1, 3]] as const) {
      const expected = tf.tidy(() => tf.dropout(tf.ones([size]), rate, undefined, seed).dataSync() as Float32Array);
      const ours = dropoutMultipliers(size, rate, seed);
      expect(ours.length).toBe(expected.length);
      expect(ours.some((v) => v === 0)).toBe(true);
      expect(Array.from(ours).filter((v, i) => v !== expected[i]).length).toBe(0);
    }
    expect(Array.from(dropoutMultipliers(5, 0, 1))).toEqual([1, 1, 1, 1, 1]);
  });

  for (const [name, dims] of [['profile', PROFILE], ['embedding', EMBEDDING]] as const) {
    it(`gives the tfjs network's logits and weights (${name} sizes, all 15 presence masks, deterministic and MC)`, async () => {
      const [tfjs, onnx] = await pair(dims, 11);
      const input = rows(tfjs.maxInputDim, 5);
      for (const options of [{ passes: 1, dropout: false }, { passes: 30, dropout: true, seed: 1 }, { passes: 7, dropout: true, seed: 9 }]) {
        const [a, b] = [await runMc(tfjs, input, options), await runMc(onnx, input, options)];
        b.forEach((o, i) => {
          const ref = a[i]!;
          let worst = 0;
          o.logits.values.forEach((v, k) => (worst = Math.max(worst, Math.abs(v - ref.logits.values[k]!))));
          expect(worst).toBeLessThan(1e-4);
          o.weights.forEach((v, m) => (MASKS[i]![m] ? expect(v).toBeCloseTo(ref.weights[m]!, 5) : expect(v).toBe(0)));
        });
        if (options.dropout) expect(new Set(b[0]!.logits.values).size).toBeGreaterThan(3); // the passes differ
      }
    });
  }

  it('gives the same answer in this thread as in the ONNX Runtime thread', async () => {
    const [, threaded] = await pair(PROFILE, 4);
    const [, local] = await pair(PROFILE, 4, false);
    const input = rows(threaded.maxInputDim, 6);
    const [a, b] = [await runMc(threaded, input, { passes: 30, dropout: true, seed: 1 }), await runMc(local, input, { passes: 30, dropout: true, seed: 1 })];
    expect(b).toEqual(a);
  });

  it('says MODEL_LOAD_FAILED with the retrain hint for a damaged weights file', async () => {
    const net = buildFusionNet(defaultSpec(PROFILE), { seed: 2 });
    nets.push(net);
    saveFusionModel(dir, net.spec, readWeights(net), { format: 'burnout-fusion/2', representation: 'profile', labels: ['low', 'moderate', 'high'], inputs: [], spec: net.spec, encoder: {}, temperature: 1.5, uncertaintyReference: 0.1 } as never);
    const ok = await loadFusionModel(config, dir);
    await ok.pass.dispose();
    writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(100));
    const error = await loadFusionModel(config, dir).catch((e: unknown) => e);
    expect(isBurnoutError(error) && error.code).toBe('MODEL_LOAD_FAILED');
    expect(String((error as Error).message)).toMatch(/fusion weight proj\.text\.kernel: expected \d+ values/);
    expect(isBurnoutError(error) && error.hint).toMatch(/burnout train fusion/);
  });
});
