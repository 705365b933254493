// ONNX Runtime inside the analysis pool's worker threads: two workers each load their own tiny generated text,
// voice and face models (onnxruntime-node's addon loads in each thread) and answer check-ins side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisPool, type AnalysisPool } from '../../src/pool/analysis-pool.ts';
import { speechLikeVoice, wavBytes } from '../helpers/audio-fixtures.ts';
import { createTestModelCache, type TestModelCache } from '../helpers/onnx/model-cache.ts';

describe('analysis pool with ONNX Runtime engines', () => {
  let cache: TestModelCache;
  let pool: AnalysisPool;

  beforeAll(async () => {
    cache = await createTestModelCache({ text: true, voice: true, face: true, env: { BURNOUT_TEXT_ENGINES: '[transformers]', BURNOUT_VOICE_ENGINES: '[transformers]', BURNOUT_FACE_ENGINES: '[vit]' } });
    pool = createAnalysisPool(cache.config, { workers: 2, budgetMs: 60_000 });
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
    await cache?.cleanup();
  });

  it('loads the transformers engines in the worker threads', async () => {
    const status = await pool.status();
    for (const m of ['text', 'voice', 'face']) {
      expect(status.engines[m]?.some((e) => e.ok && /transformers|vit/.test(e.name)), `${m}: ${JSON.stringify(status.engines[m])}`).toBe(true);
    }
  }, 120_000);

  it('answers check-ins on both workers at once with ONNX results', async () => {
    const wav = wavBytes(speechLikeVoice(16_000, 2), 16_000);
    const answers = await Promise.all([1, 2, 3, 4].map((i) => pool.analyze({
      text: `Day ${i}: I am always tired and never done.`, audio: wav, selfReport: { stress: 7 }, waitForModels: true,
    })));
    for (const a of answers) {
      expect(a.result.modalities.text).toMatchObject({ status: 'ok', engine: 'transformers' });
      expect(a.result.modalities.voice.status).toBe('ok');
      expect(['low', 'moderate', 'high', 'unclear']).toContain(a.result.risk.level);
    }
    expect(pool.stats()).toMatchObject({ workers: 2, completed: 4, failed: 0 });
  }, 120_000);
});
