// The face analyzer with the real BlazeFace detector and Human's emotion net: a public-domain portrait (NASA), a
// photo with no face (CC0), two faces composed at test time, the size limit and the crop rule.
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFaceAnalyzer } from '../../src/analysis/face/face-analyzer.ts';
import type { Engine, ImageInput, ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import type { Config } from '../../src/config/schema.ts';
import { loadConfig } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { topEmotion } from '../../src/emotions.ts';
import { readImageFile } from '../../src/media/image/decode-image.ts';
import { ensureTfBackend } from '../../src/tf-backend.ts';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/face');
const LIMIT = { maxPixels: 25_000_000 };

function withFace(config: Readonly<Config>, face: Partial<Config['face']>): Readonly<Config> {
  return { ...config, face: { ...config.face, engines: ['human'], ...face } };
}

async function rgb(s: Sharp): Promise<ImageInput> {
  const { data, info } = await s.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

function ok(r: ModalityResult): ModalityOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}: ${r.reason}`);
  return r;
}

describe('face analyzer (BlazeFace + human engine)', () => {
  let analyzer: Engine<ImageInput>;
  let portrait: ImageInput;
  beforeAll(async () => {
    const choice = await loadFaceAnalyzer(withFace(loadConfig(), {}));
    expect(choice.statuses.find((s) => s.name === 'human')?.ok).toBe(true);
    analyzer = choice.engine!;
    portrait = await readImageFile(join(FIXTURES, 'astronaut.jpg'), LIMIT);
  });
  afterAll(async () => analyzer?.dispose());

  it('finds the one face in a portrait photo and reads joy on the smiling face', async () => {
    const r = ok(await analyzer.analyze(portrait));
    expect(r.engine).toBe('human');
    expect(r.features.faceCount).toBe(1);
    expect(r.features.cropInput).toBe(0);
    expect(r.features.detectionScore).toBeGreaterThan(0.5);
    expect(r.features.faceSizePx).toBeGreaterThan(70);
    expect(r.features.faceSizePx).toBeLessThan(160);
    // The face centre in this 512×512 portrait is near (225, 125).
    const box = r.details?.box as { x: number; y: number; width: number; height: number };
    expect(box.x).toBeLessThan(225);
    expect(box.x + box.width).toBeGreaterThan(225);
    expect(box.y).toBeLessThan(125);
    expect(box.y + box.height).toBeGreaterThan(125);
    expect([box.x, box.y, box.width, box.height]).toEqual([r.features.boxX, r.features.boxY, r.features.boxW, r.features.boxH]);
    expect(topEmotion(r.emotions!)).toBe('joy');
    expect(r.covered).toHaveLength(7);
  });

  it('rejects a photo with no face', async () => {
    const r = await analyzer.analyze(await readImageFile(join(FIXTURES, 'coffee.jpg'), LIMIT));
    expect(r).toEqual({ status: 'rejected', reason: 'no face found' });
  });

  it('uses the largest of several faces and says so', async () => {
    const big = await sharp(join(FIXTURES, 'astronaut.jpg')).resize(320).toBuffer();
    const small = await sharp(join(FIXTURES, 'astronaut.jpg')).resize(200).toBuffer();
    const scene = sharp({ create: { width: 640, height: 360, channels: 3, background: '#8a9199' } })
      .composite([{ input: small, left: 20, top: 80 }, { input: big, left: 300, top: 20 }]);
    const r = ok(await analyzer.analyze(await rgb(scene)));
    expect(r.features.faceCount).toBe(2);
    expect(r.features.boxX).toBeGreaterThan(300); // the face of the larger copy
    expect(r.notes?.join(' ')).toMatch(/2 faces were found; the largest \(\d+ px\) was analysed/);
  });

  it('rejects a face smaller than face.minFacePx, naming its size', async () => {
    const strict = (await loadFaceAnalyzer(withFace(loadConfig(), { minFacePx: 300 }))).engine!;
    try {
      const r = await strict.analyze(portrait);
      expect(r.status).toBe('rejected');
      expect(r.status === 'rejected' && r.reason).toMatch(/^the face is too small: \d+ px across, at least 300 px needed$/);
    } finally {
      await strict.dispose();
    }
  });

  it('skips detection for face crops (automatic rule and isFaceCrop)', async () => {
    const crop = await rgb(sharp(join(FIXTURES, 'astronaut.jpg')).extract({ left: 165, top: 60, width: 120, height: 120 }).resize(48, 48));
    const auto = ok(await analyzer.analyze(crop));
    expect(auto.features).toMatchObject({ cropInput: 1, faceCount: 1, detectionScore: null, faceSizePx: 48 });
    expect(auto.details?.detector).toBeNull();
    expect(topEmotion(auto.emotions!)).toBe('joy');
    const forced = ok(await analyzer.analyze({ ...portrait, isFaceCrop: true }));
    expect(forced.features).toMatchObject({ cropInput: 1, boxW: 512 });
  });

  it('rejects pixels that are not RGB and leaks no tensors across analyses', async () => {
    expect((await analyzer.analyze({ data: new Uint8Array(10), width: 4, height: 4 })).status).toBe('rejected');
    const tf = await ensureTfBackend();
    await analyzer.analyze(portrait);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await analyzer.analyze(portrait);
    expect(tf.memory().numTensors).toBe(before);
  });
});
