// BlazeFace converted to ONNX (src/analysis/face/blazeface/) finds the same faces as Human on tfjs-WASM: the same
// count, boxes within 2 px, the same scores to 0.02, on a real photo, its crops and scalings, two faces side by side
// and a photo without a face. Plus the converter's own guard: an operation it does not know is an error.
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaceDetector, type DetectedFace, type FaceDetector } from '../../src/analysis/face/face-detector.ts';
import { blazeFaceToOnnx } from '../../src/analysis/face/blazeface/tfjs-to-onnx.ts';
import type { ImageInput } from '../../src/analysis/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';

const photo = join(REPO_ROOT, 'test/fixtures/face/astronaut.jpg');

async function rgb(pipeline: Sharp): Promise<ImageInput> {
  const { data, info } = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

async function images(): Promise<Record<string, ImageInput>> {
  const meta = await sharp(photo).metadata();
  const half = Math.round((meta.width ?? 512) / 2);
  const single = await sharp(photo).resize(320, 320).toBuffer();
  return {
    photo: await rgb(sharp(photo)),
    'photo 640×480': await rgb(sharp(photo).resize(640, 640).extract({ left: 0, top: 40, width: 640, height: 480 })),
    'photo 300 px': await rgb(sharp(photo).resize(300)),
    'left half': await rgb(sharp(photo).extract({ left: 0, top: 0, width: half, height: meta.height ?? 512 })),
    'two faces': await rgb(sharp({ create: { width: 700, height: 360, channels: 3, background: '#777' } })
      .composite([{ input: single, left: 10, top: 20 }, { input: await sharp(single).flop().toBuffer(), left: 370, top: 20 }])),
    'no face': await rgb(sharp({ create: { width: 400, height: 300, channels: 3, background: '#3a6' } })),
  };
}

describe('BlazeFace on ONNX Runtime', () => {
  let onnx: FaceDetector;
  let human: FaceDetector;
  let inputs: Record<string, ImageInput>;
  beforeAll(async () => {
    onnx = await createFaceDetector(loadConfig({ env: { BURNOUT_FACE_DETECTOR: 'onnx' } }));
    human = await createFaceDetector(loadConfig({ env: { BURNOUT_FACE_DETECTOR: 'human' } }));
    inputs = await images();
  }, 120_000);
  afterAll(async () => {
    await onnx?.dispose();
    await human?.dispose();
  });

  it('finds the faces Human finds, with the same boxes to 2 px and scores to 0.02', async () => {
    const found: Record<string, number> = {};
    for (const [name, image] of Object.entries(inputs)) {
      const [a, b] = [await onnx.detect(image), await human.detect(image)];
      found[name] = b.length;
      expect(a.length, name).toBe(b.length);
      a.forEach((face, i) => expectClose(face, b[i]!, name));
    }
    expect(found).toMatchObject({ photo: 1, 'photo 640×480': 1, 'two faces': 2, 'no face': 0 });
    expect(onnx.model).toMatch(/ONNX Runtime/);
  });

  it('refuses a graph with an operation it does not convert', () => {
    const model = { modelTopology: { node: [{ name: 'x', op: 'Placeholder' }, { name: 'y', op: 'Softplus', input: ['x'] }] }, weightsManifest: [] };
    expect(() => blazeFaceToOnnx(model, new Uint8Array(0), 256)).toThrow(/Softplus is not supported/);
  });
});

function expectClose(a: DetectedFace, b: DetectedFace, name: string): void {
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(a.box[k] - b.box[k]), `${name} box.${k}`).toBeLessThanOrEqual(2);
  expect(Math.abs(a.sizePx - b.sizePx), `${name} size`).toBeLessThanOrEqual(2);
  expect(Math.abs(a.score - b.score), `${name} score`).toBeLessThanOrEqual(0.02);
  a.region.forEach((v, i) => expect(Math.abs(v - b.region[i]!), `${name} region ${i}`).toBeLessThan(0.01));
}
