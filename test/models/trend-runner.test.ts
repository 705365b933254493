// The plain-TypeScript trend network (what computeTrend runs) against tfjs on the committed model and on a freshly
// built one: the same logits for sequences of 1–20 steps, including all-zero and out-of-range rows; and a model it
// does not implement is refused, not run.
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { createRng } from '../../src/ml/random.ts';
import { ensureTfBackend } from '../../src/tf-backend.ts';
import { loadTrendModel, type TrendModel } from '../../src/trend/load.ts';
import { buildTrendModel, packSequences, unmaskedView } from '../../src/trend/model.ts';
import { trendLogits, trendRunnerFrom, type TrendRunner } from '../../src/trend/trend-runner.ts';
import { TREND_FEATURES } from '../../src/trend/types.ts';

const config = loadConfig();

/** tfjs logits of one unpadded sequence. */
function tfLogits(net: tf.LayersModel, steps: number[][]): number[] {
  const { data, shape } = packSequences([steps]);
  return Array.from(tf.tidy(() => (net.predict(tf.tensor3d(data, shape)) as tf.Tensor).dataSync()));
}

/** The runner of an in-memory tfjs model, through the same files loadTrendModel reads. */
async function runnerOf(net: tf.LayersModel): Promise<TrendRunner> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await net.save(tf.io.withSaveHandler(async (a) => { artifacts = a; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const a = artifacts!;
  const bytes = new Uint8Array(a.weightData as ArrayBuffer);
  return trendRunnerFrom({ modelTopology: a.modelTopology, weightsManifest: [{ weights: a.weightSpecs }] }, bytes);
}

function sequences(seed: number): number[][][] {
  const rng = createRng(seed);
  const out: number[][][] = [];
  for (let n = 1; n <= 20; n++) out.push(Array.from({ length: n }, () => TREND_FEATURES.map(() => rng.next())));
  out.push([TREND_FEATURES.map(() => 0)], Array.from({ length: 5 }, () => TREND_FEATURES.map(() => 3)), [TREND_FEATURES.map((_, i) => (i % 2 ? -2 : 2))]);
  return out;
}

describe('trend runner', () => {
  let model: TrendModel;
  beforeAll(async () => {
    model = await loadTrendModel(resolve(REPO_ROOT, config.trend.modelDir));
  });
  afterAll(() => model?.dispose());

  it('gives the committed model\'s tfjs logits', () => {
    for (const steps of sequences(1)) {
      const expected = tfLogits(model.single, steps);
      const got = trendLogits(model.runner, steps);
      expect(got).toHaveLength(3);
      got.forEach((v, i) => expect(v).toBeCloseTo(expected[i] as number, 4));
    }
  });

  it('gives the logits of a freshly built network (other weights, same layers)', async () => {
    await ensureTfBackend();
    const net = buildTrendModel(7);
    const runner = await runnerOf(net);
    const single = unmaskedView(net);
    for (const steps of sequences(2)) {
      const expected = tfLogits(single, steps);
      trendLogits(runner, steps).forEach((v, i) => expect(v).toBeCloseTo(expected[i] as number, 4));
    }
    net.dispose();
  });

  it('refuses a layer it does not implement', () => {
    const topology = { config: { layers: [{ class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, null, 11] } }, { class_name: 'LSTM', config: { name: 'lstm', units: 4 } }] } };
    expect(() => trendRunnerFrom({ modelTopology: topology, weightsManifest: [] }, new Uint8Array(0))).toThrow(/LSTM is not supported/);
  });
});
