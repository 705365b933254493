// Fusion training on small synthetic runs: seeded determinism, temperature fitting lowers ECE on the validation
// split, the embedding representation trains, and a saved model folder loads back to the same predictions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../src/progress.ts';
import { evaluateFusion, type EvaluateOptions } from '../../src/fusion/evaluate.ts';
import { runMc } from '../../src/fusion/infer.ts';
import { loadFusionModel, readFusionModel, saveFusionModel } from '../../src/fusion/model-io.ts';
import { readWeights, tfjsForwardPass } from '../../src/fusion/model.ts';
import { loadConfig } from '../../src/config/load.ts';
import { trainAndCalibrate } from '../../src/fusion/pipeline.ts';
import { DEFAULT_TRAIN_OPTIONS, trainFusion, type TrainingPools, type TrainOptions } from '../../src/fusion/train.ts';
import { ensureTfBackend } from '../../src/tf-backend.ts';
import { makeTestPool } from '../helpers/text-pool.ts';

const DIMS = { text: 768, voice: 768, face: 768 };
const small: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, samples: 300, valSamples: 150, epochs: 2, embeddingDims: DIMS };
const evaluation: EvaluateOptions = { mcPasses: 10, fitTemperature: false, defaultTemperature: 1.5, reliableMinConfidence: 0.5, reliableMaxUncertainty: 0.5, seed: 1 };
const dir = mkdtempSync(join(tmpdir(), 'fusion-'));
let pools: TrainingPools & { provenance: { description: string; posts: { train: number; validation: number }; texts: { train: number; validation: number } } };

beforeAll(async () => {
  await ensureTfBackend();
  const p = await makeTestPool();
  pools = { train: p.train, validation: p.validation, provenance: { description: 'test pool', posts: { train: 10, validation: 10 }, texts: { train: 0, validation: 0 } } };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fusion training', () => {
  it('is deterministic for a seed (same curves, same metadata) and changes with the seed', async () => {
    const a = await trainAndCalibrate(small, evaluation, pools, silentProgress);
    const b = await trainAndCalibrate(small, evaluation, pools, silentProgress);
    expect(b.metadata.curves).toEqual(a.metadata.curves);
    expect(b.metadata.validation).toEqual(a.metadata.validation);
    expect(b.metadata.training.dataHash).toBe(a.metadata.training.dataHash);
    const c = await trainAndCalibrate({ ...small, seed: 2 }, evaluation, pools, silentProgress);
    expect(c.metadata.training.dataHash).not.toBe(a.metadata.training.dataHash);
    expect(a.files['reliability.svg']).toMatch(/^<svg[\s\S]*<\/svg>\n$/);
    expect(a.files['training-curves.svg']).toContain('validation');
    [a, b, c].forEach((r) => r.net.dispose());
  });

  it('a temperature fitted on the validation split lowers its NLL and ECE (an overfitted, overconfident net)', async () => {
    const run = trainFusion({ ...small, samples: 450, valSamples: 600, epochs: 40, dropout: 0, learningRate: 3e-3 }, pools, silentProgress);
    const v = run.validation;
    const r = await evaluateFusion(tfjsForwardPass(run.net), v.encoded, v.labels, { ...evaluation, mcPasses: 1, fitTemperature: true });
    expect(r.temperature.value).toBeGreaterThan(1);
    expect(r.nll.after).toBeLessThan(r.nll.before);
    expect(r.ece.after).toBeLessThan(r.ece.before);
    run.net.dispose();
  });

  it('builds and trains the embedding representation', () => {
    const run = trainFusion({ ...small, samples: 90, valSamples: 30, epochs: 1, representation: 'embedding', embeddingDims: { text: 32, voice: 24, face: 16 } }, pools, silentProgress);
    expect(run.net.spec.inputDims).toEqual({ text: 32, voice: 24, face: 16, selfReport: 6 });
    expect(run.curves[0]!.trainLoss).toBeGreaterThan(0);
    expect(run.encoder.representation).toBe('embedding');
    run.net.dispose();
  });

  it('saves a model folder and loads it back: the same weights, and the same predictions on ONNX Runtime', async () => {
    const run = await trainAndCalibrate(small, evaluation, pools, silentProgress);
    saveFusionModel(dir, run.net.spec, readWeights(run.net), run.metadata, run.files);
    const stored = readFusionModel(dir);
    expect([...stored.values]).toEqual([...readWeights(run.net)]);
    const loaded = await loadFusionModel(loadConfig(), dir);
    expect(JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')).parameterCount).toBe(62_852);
    expect(loaded.temperature).toBe(1.5);
    const rows = trainFusion(small, pools, silentProgress);
    const probe = rows.validation.encoded.slice(0, 5);
    const before = await runMc(tfjsForwardPass(run.net), probe, { passes: 3, dropout: true, seed: 5 });
    const after = await runMc(loaded.pass, probe, { passes: 3, dropout: true, seed: 5 });
    after.forEach((o, i) => {
      Array.from(o.logits.values).forEach((v, k) => expect(v).toBeCloseTo(before[i]!.logits.values[k]!, 4));
      o.weights.forEach((v, m) => expect(v).toBeCloseTo(before[i]!.weights[m]!, 5));
    });
    await loaded.pass.dispose();
    [run.net, rows.net].forEach((n) => n.dispose());
  });
});
