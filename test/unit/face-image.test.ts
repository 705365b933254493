// Pure face-image helpers: the face-crop rule, block downscaling, and crop-and-resize matching tf.image.cropAndResize.
import { describe, expect, it } from 'vitest';
import type { ImageInput } from '../../src/analysis/types.ts';
import { cropAndResize, downscaleByFactor, isFaceCropInput, isValidRgb, type NormalizedBox } from '../../src/analysis/face/face-image.ts';
import { ensureTfBackend } from '../../src/tf-backend.ts';

function image(width: number, height: number, pixel: (x: number, y: number, c: number) => number): ImageInput {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = pixel(x, y, c);
  return { data, width, height };
}

describe('face-crop rule', () => {
  const blank = (w: number, h: number, isFaceCrop?: boolean) => ({ ...image(w, h, () => 0), ...(isFaceCrop === undefined ? {} : { isFaceCrop }) });
  it('takes small square images as face crops and photos as photos', () => {
    expect(isFaceCropInput(blank(48, 48), 128)).toBe(true);
    expect(isFaceCropInput(blank(128, 127), 128)).toBe(true);
    expect(isFaceCropInput(blank(129, 129), 128)).toBe(false);
    expect(isFaceCropInput(blank(64, 48), 128)).toBe(false);
    expect(isFaceCropInput(blank(640, 480), 128)).toBe(false);
  });
  it('lets ImageInput.isFaceCrop override the rule both ways', () => {
    expect(isFaceCropInput(blank(48, 48, false), 128)).toBe(false);
    expect(isFaceCropInput(blank(640, 480, true), 128)).toBe(true);
  });
  it('checks the RGB buffer size', () => {
    expect(isValidRgb(blank(4, 3))).toBe(true);
    expect(isValidRgb({ data: new Uint8Array(35), width: 4, height: 3 })).toBe(false);
    expect(isValidRgb({ data: new Uint8Array(0), width: 0, height: 0 })).toBe(false);
  });
});

describe('downscaleByFactor', () => {
  it('averages blocks, including partial edge blocks', () => {
    const img = image(5, 3, (x, y, c) => (c === 0 ? x * 10 : c === 1 ? y * 10 : 7));
    const small = downscaleByFactor(img, 2);
    expect([small.width, small.height]).toEqual([3, 2]);
    const px = (x: number, y: number) => Array.from(small.data.subarray((y * 3 + x) * 3, (y * 3 + x) * 3 + 3));
    expect(px(0, 0)).toEqual([5, 5, 7]);
    expect(px(2, 0)).toEqual([40, 5, 7]); // the last column alone
    expect(px(1, 1)).toEqual([25, 20, 7]); // the last row alone
    expect(downscaleByFactor(img, 1)).toBe(img);
  });
});

describe('cropAndResize', () => {
  it('matches tf.image.cropAndResize (bilinear, black outside) to within rounding', async () => {
    const tf = await ensureTfBackend();
    const img = image(30, 20, (x, y, c) => (x * 7 + y * 13 + c * 50) % 256);
    const boxes: NormalizedBox[] = [[0.1, 0.2, 0.9, 0.7], [-0.2, -0.1, 0.6, 0.8], [0.5, 0.5, 1.3, 1.2]];
    for (const box of boxes) {
      const mine = cropAndResize(img, box, 17);
      const ref = tf.tidy(() => {
        const t = tf.tensor4d(Float32Array.from(img.data), [1, 20, 30, 3]);
        return tf.image.cropAndResize(t, [box], [0], [17, 17], 'bilinear', 0).dataSync();
      });
      const diff = Math.max(...Array.from(mine.data, (v, i) => Math.abs(v - (ref[i] ?? NaN))));
      expect(diff).toBeLessThanOrEqual(0.5 + 1e-3);
    }
  });
});
