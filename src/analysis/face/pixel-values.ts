// ViT-style pixel values computed directly when transformers.js' image processor would only resize (with its own
// resize), rescale, normalise and reorder channels. The library does the arithmetic after the resize through a
// generic tensor permute and one tensor per image (~5 ms of a check-in's JavaScript, while the voice model needs
// both cores); this loop gives the same float32 values bit for bit. Any other processor or option returns null and
// the caller uses the processor itself.
import { ImageProcessor, type RawImage } from '@huggingface/transformers';
import type { FeedTensor } from '../transformers-runtime.ts';

/** The processor fields this path reads (public fields of transformers.js' ImageProcessor). */
interface ProcessorFields {
  do_crop_margin?: boolean;
  do_thumbnail?: boolean;
  do_center_crop?: boolean;
  do_pad?: boolean;
  do_flip_channel_order?: boolean;
  do_resize?: boolean;
  do_rescale?: boolean;
  rescale_factor?: number;
  do_normalize?: boolean;
  image_mean?: number | number[];
  image_std?: number | number[];
  resize(image: RawImage): Promise<RawImage>;
}

/** Methods that must be ImageProcessor's own for this path to compute what the processor would. */
const INHERITED = ['_call', 'preprocess', 'resize', 'rescale', 'get_resize_output_image_size'] as const;

/**
 * The `pixel_values` [n, 3, height, width] that `processor(images)` would return, or null when this path does not
 * apply: a processor class that changes any step, cropping / padding / thumbnail / channel-flip options, images that
 * are not RGB, or images the processor would not bring to one size. Resizing is the processor's own.
 */
export async function directPixelValues(processor: unknown, given: readonly RawImage[]): Promise<FeedTensor | null> {
  if (!(processor instanceof ImageProcessor)) return null;
  const p = processor as unknown as ProcessorFields & Record<string, unknown>;
  const base = ImageProcessor.prototype as unknown as Record<string, unknown>;
  if (INHERITED.some((m) => p[m] !== base[m])) return null;
  if (p.do_crop_margin || p.do_thumbnail || p.do_center_crop || p.do_pad || p.do_flip_channel_order) return null;
  if (given.length === 0 || given.some((im) => im.channels !== 3)) return null;
  const images = p.do_resize ? await Promise.all(given.map((im) => p.resize(im))) : given;
  const { width, height } = images[0] as RawImage;
  if (images.some((im) => im.channels !== 3 || im.width !== width || im.height !== height)) return null;
  const mean = perChannel(p.image_mean);
  const std = perChannel(p.image_std);
  if (p.do_normalize && (!mean || !std)) return null;
  const plane = width * height;
  const out = new Float32Array(images.length * 3 * plane);
  images.forEach((image, n) => {
    const data = image.data;
    for (let c = 0; c < 3; c++) {
      const to = (n * 3 + c) * plane;
      const m = mean?.[c] ?? 0;
      const s = std?.[c] ?? 1;
      for (let i = 0; i < plane; i++) {
        // The processor's steps, each stored as float32 as its Float32Array does: rescale, then (x − mean) / std.
        let v = data[i * 3 + c] as number;
        if (p.do_rescale) v = Math.fround((p.rescale_factor as number) * v);
        if (p.do_normalize) v = (v - m) / s;
        out[to + i] = v;
      }
    }
  });
  return { type: 'float32', data: out, dims: [images.length, 3, height, width] };
}

function perChannel(v: number | number[] | undefined): number[] | null {
  if (typeof v === 'number') return [v, v, v];
  return Array.isArray(v) && v.length === 3 ? v : null;
}
