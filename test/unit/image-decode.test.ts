// Image decoding with sharp: formats by magic bytes, EXIF orientation, and refusals of bad, truncated or huge files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { decodeImage, readImageFile } from '../../src/media/image/decode-image.ts';

const LIMIT = { maxPixels: 25_000_000 };
const ASTRONAUT = join(REPO_ROOT, 'test/fixtures/face/astronaut.jpg');

/** Left half red, right half blue, as raw RGB. */
function halves(width: number, height: number): Buffer {
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) px.set(x < width / 2 ? [255, 0, 0] : [0, 0, 255], (y * width + x) * 3);
  }
  return px;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A tiny PNG whose header claims width × height (a "pixel bomb": a few hundred bytes, a huge declared size). */
function pngBomb(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = deflateSync(Buffer.alloc(1000));
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return isBurnoutError(e) ? `${e.code}: ${e.message}` : `other: ${String(e)}`;
  }
}

describe('decodeImage', () => {
  it('decodes JPEG, PNG and WebP to RGB by their magic bytes', async () => {
    const raw = { raw: { width: 8, height: 6, channels: 3 as const } };
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const bytes = await sharp(halves(8, 6), raw).toFormat(format, { quality: 100, lossless: format === 'webp' }).toBuffer();
      const img = await decodeImage(bytes, LIMIT);
      expect(img.format).toBe(format);
      expect([img.width, img.height, img.data.length]).toEqual([8, 6, 8 * 6 * 3]);
      expect(img.data[0]).toBeGreaterThan(200); // red on the left
      expect(img.data[(8 - 1) * 3 + 2]).toBeGreaterThan(200); // blue on the right
    }
  });

  it('turns grey images into RGB and flattens transparency onto white', async () => {
    const grey = await sharp(Buffer.alloc(16, 90), { raw: { width: 4, height: 4, channels: 1 } }).png().toBuffer();
    const g = await decodeImage(grey, LIMIT);
    expect(Array.from(g.data.subarray(0, 3))).toEqual([90, 90, 90]);
    const clear = await sharp({ create: { width: 2, height: 2, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const c = await decodeImage(clear, LIMIT);
    expect(Array.from(c.data.subarray(0, 3))).toEqual([255, 255, 255]);
  });

  it('applies the EXIF orientation and keeps no metadata', async () => {
    // Stored 40×20 with red left / blue right, tagged "rotate 90° clockwise" (orientation 6): upright it is 20×40,
    // red on top and blue below.
    const tagged = await sharp(halves(40, 20), { raw: { width: 40, height: 20, channels: 3 } })
      .jpeg({ quality: 100 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(tagged).metadata()).orientation).toBe(6);
    const img = await decodeImage(tagged, { ...LIMIT, isFaceCrop: false });
    expect([img.width, img.height]).toEqual([20, 40]);
    const at = (x: number, y: number) => Array.from(img.data.subarray((y * 20 + x) * 3, (y * 20 + x) * 3 + 3));
    expect(at(10, 5)[0]).toBeGreaterThan(200);
    expect(at(10, 34)[2]).toBeGreaterThan(200);
    expect(Object.keys(img).sort()).toEqual(['data', 'format', 'height', 'isFaceCrop', 'width']);
  });

  it('refuses an image over the pixel limit from its header (MEDIA_TOO_LARGE), before decoding pixels', async () => {
    expect(await codeOf(decodeImage(pngBomb(30_000, 30_000), LIMIT))).toMatch(/^MEDIA_TOO_LARGE: .*30000×30000 \(900\.0 MP\)/);
    expect(await codeOf(decodeImage(readFileSync(ASTRONAUT), { maxPixels: 512 * 511 }))).toMatch(/^MEDIA_TOO_LARGE: /);
    expect(await codeOf(decodeImage(readFileSync(ASTRONAUT), { maxPixels: 512 * 512 }))).toBe('resolved');
  });

  it('refuses a truncated JPEG (MEDIA_UNDECODABLE) and keeps working afterwards', async () => {
    const jpeg = readFileSync(ASTRONAUT);
    for (const keep of [0.3, 0.7, 0.98]) {
      expect(await codeOf(decodeImage(jpeg.subarray(0, Math.floor(jpeg.length * keep)), LIMIT))).toMatch(/^MEDIA_UNDECODABLE: the JPEG image is truncated/);
    }
    const ok = await decodeImage(jpeg, LIMIT);
    expect([ok.width, ok.height]).toEqual([512, 512]);
  });

  it('refuses bytes that are not an image, or an unsupported image format', async () => {
    expect(await codeOf(decodeImage(new Uint8Array(0), LIMIT))).toMatch(/^MEDIA_UNDECODABLE: the image file is empty/);
    expect(await codeOf(decodeImage(Buffer.from('Dear diary, today was long.'), LIMIT))).toMatch(/^MEDIA_UNSUPPORTED: this is not an image/);
    expect(await codeOf(decodeImage(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), LIMIT))).toMatch(/^MEDIA_UNSUPPORTED: .*PDF/);
    const gif = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } }).gif().toBuffer();
    expect(await codeOf(decodeImage(gif, LIMIT))).toMatch(/^MEDIA_UNSUPPORTED: GIF images are not supported/);
    // A JPEG signature followed by garbage: recognised by its magic bytes, then refused by the decoder.
    expect(await codeOf(decodeImage(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]), LIMIT))).toMatch(/^MEDIA_UNDECODABLE: /);
  });

  it('reads files by content, not by extension', async () => {
    const img = await readImageFile(ASTRONAUT, LIMIT);
    expect(img.format).toBe('jpeg');
    expect(await codeOf(readImageFile(join(REPO_ROOT, 'package.json'), LIMIT))).toMatch(/^MEDIA_UNSUPPORTED: /);
    expect(await codeOf(readImageFile(join(REPO_ROOT, 'no-such-image.jpg'), LIMIT))).toMatch(/^DATA_MISSING: /);
  });
});
