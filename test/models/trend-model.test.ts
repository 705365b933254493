// The trend network itself: shapes and parameter count, padding that changes nothing, save/load, seeded training.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTfBackend } from '../../src/tf-backend.ts';
import { loadTrendModel, saveTrendModel } from '../../src/trend/load.ts';
import { buildTrendModel, packSequences, PAD_VALUE } from '../../src/trend/model.ts';
import { trainTrendModel } from '../../src/trend/train.ts';

const seq = (n: number, k: number) => Array.from({ length: n }, (_, t) => Array.from({ length: 11 }, (_, f) => ((t * 7 + f * 3 + k) % 11) / 10));
const logitsOf = (net: tf.LayersModel, seqs: number[][][], length?: number) => {
  const { data, shape } = packSequences(seqs, length);
  return tf.tidy(() => (net.predict(tf.tensor3d(data, shape)) as tf.Tensor).arraySync() as number[][]);
};

describe('trend network', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureTfBackend();
    dir = await mkdtemp(join(tmpdir(), 'trend-model-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is LayerNorm → GRU(64) → GRU(64) → 32 → 3 with 41,561 parameters', () => {
    const net = buildTrendModel(1);
    expect(net.layers.map((l) => l.getClassName())).toEqual(['InputLayer', 'Masking', 'LayerNormalization', 'GRU', 'GRU', 'Dense', 'Dense']);
    expect(net.countParams()).toBe(41561);
    expect(net.outputs[0]?.shape).toEqual([null, 3]);
    expect(logitsOf(net, [seq(4, 0), seq(9, 1)])).toHaveLength(2);
    net.dispose();
  });

  it('left-pads with the masked PAD_VALUE so that padding does not change the output', () => {
    const net = buildTrendModel(2);
    const [alone] = logitsOf(net, [seq(4, 3)]);
    const [padded] = logitsOf(net, [seq(4, 3)], 10);
    alone?.forEach((v, i) => expect(padded?.[i]).toBeCloseTo(v, 5));
    expect(packSequences([seq(2, 0)], 3).data[0]).toBe(PAD_VALUE);
    net.dispose();
  });

  it('trains reproducibly from its seed and survives a save/load round trip', async () => {
    const a = await trainTrendModel({ samples: 48, epochs: 1, seed: 11, batchSize: 16 });
    const b = await trainTrendModel({ samples: 48, epochs: 1, seed: 11, batchSize: 16 });
    const c = await trainTrendModel({ samples: 48, epochs: 1, seed: 12, batchSize: 16 });
    const weights = (net: tf.LayersModel) => net.getWeights().flatMap((w) => Array.from(w.dataSync()));
    expect(weights(a.model)).toEqual(weights(b.model));
    expect(weights(a.model)).not.toEqual(weights(c.model));
    expect(a.metadata.dataHash).toBe(b.metadata.dataHash);
    expect(a.metadata.curves).toHaveLength(1);

    await saveTrendModel(dir, a.model, a.metadata, { 'training-curves.svg': '<svg/>' });
    const loaded = await loadTrendModel(dir);
    const before = logitsOf(a.model, [seq(6, 5)])[0] ?? [];
    const after = logitsOf(loaded.net, [seq(6, 5)])[0] ?? [];
    before.forEach((v, i) => expect(after[i]).toBeCloseTo(v, 6));
    const unmasked = logitsOf(loaded.single, [seq(6, 5)])[0] ?? [];
    before.forEach((v, i) => expect(unmasked[i]).toBeCloseTo(v, 6));
    expect(loaded.metadata.seed).toBe(11);
    loaded.dispose();
    for (const r of [a, b, c]) r.model.dispose();
  });

  it('says MODEL_MISSING with a hint when the folder is empty', async () => {
    await expect(loadTrendModel(join(dir, 'nothing-here'))).rejects.toMatchObject({ code: 'MODEL_MISSING', hint: expect.stringMatching(/burnout train trend/) });
  });
});
