// Facial-emotion engine `vit` end to end on a tiny generated ViT-style ONNX model (no network).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { averageScores, createVitEngine, mirrorImage } from '../../src/analysis/face/vit-engine.ts';
import { faceEmotionEngines } from '../../src/analysis/face/registry.ts';
import { loadFirstEngine } from '../../src/analysis/engine-registry.ts';
import type { ImageInput, ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import { EMOTIONS } from '../../src/emotions.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { createTestModelCache, type TestModelCache } from '../helpers/onnx/model-cache.ts';

function ok(r: ModalityResult): ModalityOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}: ${r.reason}`);
  return r;
}

/** An asymmetric RGB "face crop": bright on the left, a colour gradient on the right. */
function crop(width = 48, height = 56): ImageInput {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      data[i] = x < width / 2 ? 230 : (x * 5) % 256;
      data[i + 1] = x < width / 2 ? 200 : (y * 4) % 256;
      data[i + 2] = x < width / 2 ? 180 : 40;
    }
  }
  return { data, width, height, isFaceCrop: true };
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('face vit engine', () => {
  let cache: TestModelCache;
  beforeAll(async () => {
    // trpakov/vit-face-expression ships only fp32 weights: write only onnx/model.onnx and load with dtype q8.
    cache = await createTestModelCache({ face: { weights: 'fp32' }, env: { BURNOUT_MODELS_DTYPE: 'q8' } });
  });
  afterAll(() => cache.cleanup());

  it('classifies a face crop into the seven FER classes mapped to canonical emotions', async () => {
    const engine = await createVitEngine(cache.withEnv({ BURNOUT_FACE_FLIP_TTA: 'false' }));
    try {
      expect(engine.name).toBe('vit');
      const r = ok(await engine.analyze(crop()));
      expect(r.engine).toBe('vit');
      expect(r.model).toBe(cache.config.face.vitModel);
      expect(r.covered).toEqual([...EMOTIONS]);
      expect(sum(r.emotions!)).toBeCloseTo(1, 5);
      expect(r.notes?.[0]).toMatch(/has no q8 weights .*fp32 weights onnx\/model\.onnx were used/);
      const mirrored = ok(await engine.analyze(mirrorImage(crop())));
      expect(mirrored.emotions).not.toEqual(r.emotions);
    } finally {
      await engine.dispose();
    }
  });

  it('flip TTA averages the crop and its mirror image', async () => {
    const plain = await createVitEngine(cache.withEnv({ BURNOUT_FACE_FLIP_TTA: 'false' }));
    const tta = await createVitEngine(cache.withEnv({ BURNOUT_FACE_FLIP_TTA: 'true' }));
    try {
      const a = ok(await plain.analyze(crop())).emotions!;
      const b = ok(await plain.analyze(mirrorImage(crop()))).emotions!;
      const both = ok(await tta.analyze(crop())).emotions!;
      const bothMirrored = ok(await tta.analyze(mirrorImage(crop()))).emotions!;
      for (const e of EMOTIONS) {
        expect(both[e]).toBeCloseTo((a[e] + b[e]) / 2, 5);
        expect(bothMirrored[e]).toBeCloseTo(both[e], 5);
      }
    } finally {
      await plain.dispose();
      await tta.dispose();
    }
  });

  it('rejects a crop whose buffer is not RGB of its size', async () => {
    const engine = await createVitEngine(cache.config);
    try {
      const bad = { ...crop(), data: new Uint8Array(10) };
      expect(await engine.analyze(bad)).toMatchObject({ status: 'rejected' });
    } finally {
      await engine.dispose();
    }
  });

  it('a missing model is reported with the pull command; the next engine in the order is tried', async () => {
    const config = cache.withEnv({ BURNOUT_FACE_VIT_MODEL: 'nobody/not-pulled' });
    const err = await createVitEngine(config).catch((e: unknown) => e);
    expect(isBurnoutError(err, 'MODEL_MISSING')).toBe(true);
    expect((err as Error).message).toContain('npx burnout models pull --modality face');
    const choice = await loadFirstEngine(faceEmotionEngines, config.face.engines, config);
    try {
      expect(choice.statuses[0]).toMatchObject({ name: 'vit', ok: false });
      expect(choice.statuses[0]?.reason).toContain('nobody/not-pulled');
      expect(choice.statuses[1]?.name).toBe('human');
    } finally {
      await choice.engine?.dispose();
    }
  });
});

describe('mirrorImage and averageScores', () => {
  it('mirrors pixels left-right and averages by label', () => {
    const img: ImageInput = { data: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), width: 3, height: 1 };
    expect([...mirrorImage(img).data]).toEqual([7, 8, 9, 4, 5, 6, 1, 2, 3]);
    const avg = averageScores([
      [{ label: 'happy', score: 0.8 }, { label: 'sad', score: 0.2 }],
      [{ label: 'sad', score: 0.6 }, { label: 'happy', score: 0.4 }],
    ]);
    expect(avg.map((s) => s.label)).toEqual(['happy', 'sad']);
    expect(avg[0]?.score).toBeCloseTo(0.6, 12);
    expect(avg[1]?.score).toBeCloseTo(0.4, 12);
  });
});
