// Facial-emotion engine `vit` end to end on a tiny generated ViT-style ONNX model (no network).
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaceAnalyzer, MAX_CROP_SIDE } from '../../src/analysis/face/face-analyzer.ts';
import { createFaceDetector } from '../../src/analysis/face/face-detector.ts';
import { cropAndResize } from '../../src/analysis/face/face-image.ts';
import { averageScores, createVitEngine, mirrorImage, squareInputSide } from '../../src/analysis/face/vit-engine.ts';
import { faceEmotionEngines } from '../../src/analysis/face/registry.ts';
import { loadFirstEngine } from '../../src/analysis/engine-registry.ts';
import type { Engine, ImageInput, ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
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

describe('the face crop for an engine with a fixed input side', () => {
  let cache: TestModelCache;
  beforeAll(async () => {
    cache = await createTestModelCache({ face: { weights: 'fp32' }, env: { BURNOUT_MODELS_DTYPE: 'q8' } });
  });
  afterAll(() => cache.cleanup());

  /** The real engine, with the crops it was given recorded (and its input side hidden when `hideSide`). */
  function recording(engine: Engine<ImageInput>, hideSide: boolean): { engine: Engine<ImageInput>; crops: ImageInput[] } {
    const crops: ImageInput[] = [];
    const wrapped: Engine<ImageInput> = {
      name: engine.name,
      model: engine.model,
      ...(hideSide || engine.inputSide === undefined ? {} : { inputSide: engine.inputSide }),
      analyze: (input) => { crops.push(input); return engine.analyze(input); },
      dispose: () => engine.dispose(),
    };
    return { engine: wrapped, crops };
  }

  it('ViT names its processor\'s square size; other resize rules name none', () => {
    expect(squareInputSide({ do_resize: true, size: { height: 224, width: 224 } })).toBe(224);
    expect(squareInputSide({ do_resize: true, size: { shortest_edge: 224 } })).toBeUndefined();
    expect(squareInputSide({ do_resize: true, size: { height: 224, width: 192 } })).toBeUndefined();
    expect(squareInputSide({ do_resize: false, size: { height: 224, width: 224 } })).toBeUndefined();
    expect(squareInputSide({ do_resize: true, do_center_crop: true, size: { height: 256, width: 256 } })).toBeUndefined();
  });

  it('a face smaller than the model input is cropped straight to it; without a named side, at its own size', async () => {
    const config = cache.withEnv({ BURNOUT_FACE_FLIP_TTA: 'false', BURNOUT_FACE_DETECTOR: 'onnx' });
    const vit = await createVitEngine(config);
    const detector = await createFaceDetector(config);
    try {
      expect(vit.inputSide).toBe(224);
      const { data, info } = await sharp(join(REPO_ROOT, 'test/fixtures/face/astronaut.jpg')).resize(300).removeAlpha().raw()
        .toBuffer({ resolveWithObject: true });
      const photo: ImageInput = { data: new Uint8Array(data), width: info.width, height: info.height };
      const [face] = await detector.detect(photo);
      const regionPx = Math.round((face!.region[3] - face!.region[1]) * photo.width);
      expect(regionPx).toBeLessThan(MAX_CROP_SIDE);

      const named = recording(vit, false);
      const result = ok(await createFaceAnalyzer(config, detector, named.engine).analyze(photo));
      expect(named.crops.map((c) => [c.width, c.height])).toEqual([[224, 224]]);
      // The same pixels as cropping the detected region to 224 px by hand, and the same reading.
      const byHand = cropAndResize(photo, face!.region, 224);
      expect(Buffer.from(named.crops[0]!.data).equals(Buffer.from(byHand.data))).toBe(true);
      expect(result.emotions).toEqual(ok(await vit.analyze({ ...byHand, isFaceCrop: true })).emotions);

      const unnamed = recording(vit, true);
      ok(await createFaceAnalyzer(config, detector, unnamed.engine).analyze(photo));
      expect(unnamed.crops.map((c) => [c.width, c.height])).toEqual([[regionPx, regionPx]]);
    } finally {
      await detector.dispose();
      await vit.dispose();
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
