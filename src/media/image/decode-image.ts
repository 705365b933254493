// Image decoding with sharp: JPEG, PNG or WebP bytes (recognised by magic bytes) → RGB pixels, EXIF orientation applied.
import { readInputFile } from '../read-input-file.ts';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { ImageInput } from '../../analysis/types.ts';
import { BurnoutError, isBurnoutError } from '../../errors.ts';

/** Formats decoded here (sharp's prebuilt libvips reads all three). */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Limits and hints for decoding. */
export interface DecodeImageOptions {
  /** Largest accepted image in pixels (width × height); larger → MEDIA_TOO_LARGE (config face.maxPixels). */
  maxPixels: number;
  /** Passed through to the ImageInput: true = already a tight face crop, false = always detect, unset = automatic. */
  isFaceCrop?: boolean;
}

/** A decoded image plus the format it came in. */
export interface DecodedImage extends ImageInput {
  format: ImageFormat;
}

const MIME_TO_FORMAT: Record<string, ImageFormat> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Decodes image bytes into interleaved 8-bit RGB. The format is read from the magic bytes (never a file name).
 * EXIF orientation is applied, alpha is flattened onto white, grey images become RGB, and nothing of the file's
 * metadata (EXIF, GPS, ICC, XMP) survives: the result is bare pixels. Throws MEDIA_UNDECODABLE (an empty, truncated or
 * corrupt file), MEDIA_UNSUPPORTED (not an image, or a format other than JPEG/PNG/WebP) or MEDIA_TOO_LARGE (over
 * `maxPixels`, checked from the header before any pixel is decoded).
 */
export async function decodeImage(bytes: Uint8Array, options: DecodeImageOptions): Promise<DecodedImage> {
  const format = await sniffImage(bytes);
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    // One libvips pass (no separate metadata() round trip through the thread pool and a busy event loop — traced in
    // the pool, the photo was ready 14–43 ms into a seed check-in with it, 6–16 ms without):
    // limitInputPixels refuses an oversized image from its header, before any pixel is decoded; only then are its
    // dimensions read for the message.
    const { data, info } = await sharp(input, { failOn: 'truncated', limitInputPixels: options.maxPixels })
      .rotate() // applies the EXIF orientation, then the tag is gone with the rest of the metadata
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
      .catch(async (e: unknown) => {
        if (!PIXEL_LIMIT.test(e instanceof Error ? e.message : String(e))) throw e;
        const meta = await sharp(input, { failOn: 'truncated', limitInputPixels: false }).metadata().catch(() => ({ width: 0, height: 0 }));
        throw meta.width && meta.height ? tooLarge(meta.width, meta.height, options.maxPixels) : e;
      });
    if (info.channels !== 3) throw new BurnoutError('MEDIA_UNDECODABLE', `the image decoded to ${info.channels} channels, not RGB`);
    const pixels = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return {
      data: pixels,
      width: info.width,
      height: info.height,
      format,
      ...(options.isFaceCrop !== undefined ? { isFaceCrop: options.isFaceCrop } : {}),
    };
  } catch (e) {
    throw toImageError(e, format, options.maxPixels);
  }
}

/** Reads and decodes an image file (see decodeImage). A missing or unreadable file is DATA_MISSING. */
export async function readImageFile(path: string, options: DecodeImageOptions): Promise<DecodedImage> {
  const bytes = await readInputFile(path, 'image file');
  return decodeImage(bytes, options);
}

/** The image format named by the first bytes, or a MEDIA_* error saying what the bytes are instead. */
async function sniffImage(bytes: Uint8Array): Promise<ImageFormat> {
  if (bytes.length === 0) throw new BurnoutError('MEDIA_UNDECODABLE', 'the image file is empty (0 bytes)');
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  const format = type ? MIME_TO_FORMAT[type.mime] : undefined;
  if (format) return format;
  if (type?.mime.startsWith('image/')) {
    throw new BurnoutError('MEDIA_UNSUPPORTED', `${type.ext.toUpperCase()} images are not supported: use JPEG, PNG or WebP`);
  }
  const what = type ? `: the file looks like a ${type.ext.toUpperCase()} file` : '';
  throw new BurnoutError('MEDIA_UNSUPPORTED', `this is not an image${what} (JPEG, PNG or WebP expected)`);
}

/** sharp's error for an image over limitInputPixels. */
const PIXEL_LIMIT = /pixel limit/i;

function tooLarge(width: number, height: number, maxPixels: number): BurnoutError {
  const mp = (n: number) => (n / 1e6).toFixed(1);
  return new BurnoutError(
    'MEDIA_TOO_LARGE',
    `the image is too large: ${width}×${height} (${mp(width * height)} MP) is over the limit of ${mp(maxPixels)} MP`,
    { hint: 'scale the photo down, or raise face.maxPixels in config.yaml' },
  );
}

function toImageError(e: unknown, format: ImageFormat, maxPixels: number): BurnoutError {
  if (isBurnoutError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (PIXEL_LIMIT.test(message)) {
    return new BurnoutError('MEDIA_TOO_LARGE', `the image is over the limit of ${(maxPixels / 1e6).toFixed(1)} MP`, { cause: e });
  }
  const name = format === 'jpeg' ? 'JPEG' : format.toUpperCase();
  const kind = /premature end|truncat|unexpected end|read error/i.test(message) ? 'truncated' : 'corrupt';
  return new BurnoutError('MEDIA_UNDECODABLE', `the ${name} image is ${kind} and cannot be decoded`, { cause: e });
}
