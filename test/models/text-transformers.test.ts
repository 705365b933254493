// Text engine `transformers` end to end on a tiny generated DistilRoBERTa-style ONNX model (no network).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransformersTextEngine } from '../../src/analysis/text/transformers-engine.ts';
import { textEngines } from '../../src/analysis/text/registry.ts';
import { loadFirstEngine } from '../../src/analysis/engine-registry.ts';
import type { ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import { EMOTIONS } from '../../src/emotions.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { localModelDir } from '../../src/hub/pull.ts';
import { createTestModelCache, type TestModelCache } from '../helpers/onnx/model-cache.ts';
import { writeTinyTextModel } from '../helpers/onnx/tiny-text-model.ts';

function ok(r: ModalityResult): ModalityOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}: ${r.reason}`);
  return r;
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('text transformers engine', () => {
  let cache: TestModelCache;
  beforeAll(async () => {
    cache = await createTestModelCache({ text: true });
  });
  afterAll(() => cache.cleanup());

  it('loads from the local folder and maps all seven Ekman classes', async () => {
    const engine = await createTransformersTextEngine(cache.config);
    try {
      expect(engine.name).toBe('transformers');
      expect(engine.model).toBe(cache.config.text.transformersModel);
      const r = ok(await engine.analyze('I never get anything done and I am always exhausted.'));
      expect(r.engine).toBe('transformers');
      expect(r.covered).toEqual([...EMOTIONS]);
      expect(sum(r.emotions!)).toBeCloseTo(1, 5);
      expect(Object.values(r.emotions!).every((p) => p > 0)).toBe(true);
      expect(r.features.truncated).toBe(0);
      expect(r.features.tokenCount).toBe(10);
      expect(r.features.absolutistRate).toBeCloseTo(2 / 10, 6);
      expect(r.notes).toBeUndefined();
      const other = ok(await engine.analyze('What a wonderful surprise, thank you!'));
      expect(other.emotions).not.toEqual(r.emotions);
    } finally {
      await engine.dispose();
    }
  });

  it('rejects empty text without running the model', async () => {
    const engine = await createTransformersTextEngine(cache.config);
    try {
      const r = await engine.analyze('   ');
      expect(r).toEqual({ status: 'rejected', reason: 'the text is empty' });
    } finally {
      await engine.dispose();
    }
  });

  it('truncates text longer than text.maxTokens and says so', async () => {
    const engine = await createTransformersTextEngine(cache.withEnv({ BURNOUT_TEXT_MAX_TOKENS: '16' }));
    try {
      const long = ok(await engine.analyze('I am tired. '.repeat(10)));
      expect(long.features.truncated).toBe(1);
      expect(long.notes?.join(' ')).toMatch(/122 tokens long; the emotion model read only the first 16/);
      const short = ok(await engine.analyze('Fine.'));
      expect(short.features.truncated).toBe(0);
      // The model read <s>, the first 14 byte tokens and </s>: exactly the 14-byte head of the text.
      const head = ok(await engine.analyze('I am tired. I '));
      expect(head.features.truncated).toBe(0);
      for (const e of EMOTIONS) expect(long.emotions![e]).toBeCloseTo(head.emotions![e], 6);
    } finally {
      await engine.dispose();
    }
  });

  it('uses the fp32 weights when the q8 file is absent and notes it', async () => {
    const config = cache.withEnv({ BURNOUT_TEXT_TRANSFORMERS_MODEL: 'test/fp32-only', BURNOUT_MODELS_DTYPE: 'q8' });
    await writeTinyTextModel(localModelDir(config, 'test/fp32-only'), { weights: 'fp32' });
    const engine = await createTransformersTextEngine(config);
    try {
      const r = ok(await engine.analyze('hello'));
      expect(r.notes?.[0]).toMatch(/no q8 weights .*onnx\/model_quantized\.onnx.*fp32 weights onnx\/model\.onnx/);
    } finally {
      await engine.dispose();
    }
  });

  it('fails with MODEL_MISSING naming the model and the pull command', async () => {
    const config = cache.withEnv({ BURNOUT_TEXT_TRANSFORMERS_MODEL: 'nobody/not-pulled' });
    const err = await createTransformersTextEngine(config).catch((e: unknown) => e);
    expect(isBurnoutError(err, 'MODEL_MISSING')).toBe(true);
    expect((err as Error).message).toMatch(/text model nobody\/not-pulled is not downloaded/);
    expect((err as Error).message).toContain('npx burnout models pull --modality text');
  });

  it('fails with MODEL_LOAD_FAILED for a damaged ONNX file', async () => {
    const config = cache.withEnv({ BURNOUT_TEXT_TRANSFORMERS_MODEL: 'test/broken', BURNOUT_MODELS_DTYPE: 'fp32' });
    const dir = await writeTinyTextModel(localModelDir(config, 'test/broken'), { weights: 'fp32' });
    await writeFile(join(dir, 'onnx/model.onnx'), 'not an onnx file');
    const err = await createTransformersTextEngine(config).catch((e: unknown) => e);
    expect(isBurnoutError(err, 'MODEL_LOAD_FAILED')).toBe(true);
    expect((err as Error).message).toMatch(/text model test\/broken could not be loaded/);
  });

  it('fails with MODEL_LOAD_FAILED when the labels do not fit the label table', async () => {
    const err = await createTransformersTextEngine(cache.withEnv({ BURNOUT_TEXT_TRANSFORMERS_LABELS: 'iemocap' })).catch((e: unknown) => e);
    expect(isBurnoutError(err, 'MODEL_LOAD_FAILED')).toBe(true);
    expect((err as Error).message).toMatch(/do not fit the label table "iemocap"/);
  });

  it('a missing model lets the next engine in the order serve', async () => {
    const missing = cache.withEnv({ BURNOUT_TEXT_TRANSFORMERS_MODEL: 'nobody/not-pulled' });
    // A second real engine: the same factory reading the model that is present.
    const registry = {
      transformers: createTransformersTextEngine,
      backup: () => createTransformersTextEngine(cache.config),
    };
    const choice = await loadFirstEngine(registry, ['transformers', 'backup'], missing);
    try {
      expect(choice.engine?.name).toBe('transformers');
      expect(choice.engine?.model).toBe(cache.config.text.transformersModel);
      expect(choice.statuses[0]).toMatchObject({ name: 'transformers', ok: false });
      expect(choice.statuses[0]?.reason).toContain('npx burnout models pull --modality text');
      expect(choice.statuses[0]?.hint).toContain('models pull');
      expect(choice.statuses[1]).toMatchObject({ name: 'backup', ok: true });
    } finally {
      await choice.engine?.dispose();
    }
  });

  it.skipIf(!textEngines.lite)('with order [transformers, lite] the lite engine serves when the model is missing', async () => {
    const config = cache.withEnv({ BURNOUT_TEXT_TRANSFORMERS_MODEL: 'nobody/not-pulled', BURNOUT_TEXT_ENGINES: '[transformers, lite]' });
    const choice = await loadFirstEngine(textEngines, config.text.engines, config);
    try {
      expect(choice.statuses[0]).toMatchObject({ name: 'transformers', ok: false });
      expect(choice.statuses[0]?.reason).toContain('npx burnout models pull --modality text');
      expect(choice.statuses[1]).toMatchObject({ name: 'lite', ok: true });
      expect(choice.engine?.name).toBe('lite');
    } finally {
      await choice.engine?.dispose();
    }
  });
});
