// The direct pixel values and Wav2Vec2 input values equal transformers.js' own processors bit for bit, and step
// aside (null) whenever the processor would do something else.
import { describe, expect, it } from 'vitest';
import { ASTFeatureExtractor, ConvNextImageProcessor, RawImage, ViTImageProcessor, Wav2Vec2FeatureExtractor } from '@huggingface/transformers';
import { directPixelValues } from '../../src/analysis/face/pixel-values.ts';
import { directInputValues } from '../../src/analysis/voice/input-values.ts';
import { seededRandom } from '../helpers/onnx/graph-builder.ts';
import { VIT_PREPROCESSOR } from '../helpers/onnx/tiny-image-model.ts';

const VIT = VIT_PREPROCESSOR;

/** An RGB image with noise over a gradient, so that every channel and position differs. */
function image(width: number, height: number, seed: number, channels: 3 | 4 = 3): RawImage {
  const rand = seededRandom(seed);
  const data = new Uint8ClampedArray(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = Math.floor(((i % (width * channels)) / (width * channels)) * 128 + rand() * 127);
  return new RawImage(data, width, height, channels);
}

/** Speech-like test audio: a few partials, noise and a DC offset. */
function audio(n: number, seed: number): Float32Array {
  const rand = seededRandom(seed);
  return Float32Array.from({ length: n }, (_, i) => 0.3 * Math.sin(i / 7) + 0.1 * Math.sin(i / 2.3) + 0.05 * (rand() - 0.5) + 0.02);
}

/** How many values differ in their float32 bits (a short failure message, unlike a diff of 150,528 numbers). */
function differing(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const x = new Uint32Array(Float32Array.from(a).buffer);
  const y = new Uint32Array(Float32Array.from(b).buffer);
  let n = Math.abs(x.length - y.length);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) n++;
  return n;
}

describe('direct pixel values', () => {
  it('equal ViTImageProcessor output bit for bit: crops at the model size, smaller and larger ones, a crop with its mirror image', async () => {
    for (const config of [VIT, { ...VIT, image_mean: [0.485, 0.456, 0.406], image_std: [0.229, 0.224, 0.225] }, { ...VIT, do_normalize: false }]) {
      const processor = new ViTImageProcessor(config);
      for (const images of [[image(224, 224, 1)], [image(224, 224, 2), image(224, 224, 3)], [image(48, 56, 4)], [image(181, 181, 5), image(181, 181, 6)], [image(300, 260, 7)]]) {
        const direct = await directPixelValues(processor, images);
        const library = (await processor(images)).pixel_values;
        expect(direct).not.toBeNull();
        expect(direct!.dims).toEqual(library.dims);
        expect(differing(direct!.data as Float32Array, library.data as Float32Array)).toBe(0);
      }
    }
  });

  it('step aside when the processor would crop, pad or flip, or the images are not RGB or not of one size', async () => {
    const vit = new ViTImageProcessor(VIT);
    const unsized = new ViTImageProcessor({ ...VIT, do_resize: false });
    expect(await directPixelValues(unsized, [image(224, 224, 1), image(223, 224, 2)])).toBeNull();
    expect(await directPixelValues(unsized, [image(223, 224, 2)])).not.toBeNull();
    expect(await directPixelValues(vit, [image(224, 224, 1, 4)])).toBeNull();
    expect(await directPixelValues(vit, [])).toBeNull();
    for (const option of ['do_center_crop', 'do_pad', 'do_flip_channel_order', 'do_thumbnail']) {
      expect(await directPixelValues(new ViTImageProcessor({ ...VIT, [option]: true, crop_size: { height: 224, width: 224 } } as typeof VIT), [image(224, 224, 1)])).toBeNull();
    }
    // A processor class with its own resize (ConvNext: shortest edge, crop_pct) and something that is no processor at all.
    expect(await directPixelValues(new ConvNextImageProcessor({ ...VIT, size: { shortest_edge: 224 }, crop_pct: 1 }), [image(224, 224, 1)])).toBeNull();
    expect(await directPixelValues({}, [image(224, 224, 1)])).toBeNull();
  });
});

describe('direct Wav2Vec2 input values', () => {
  it('equal Wav2Vec2FeatureExtractor output bit for bit, normalised or not', async () => {
    for (const do_normalize of [true, false]) {
      const extractor = new Wav2Vec2FeatureExtractor({ feature_extractor_type: 'Wav2Vec2FeatureExtractor', do_normalize, sampling_rate: 16000 });
      for (const [n, seed] of [[80000, 1], [1601, 2], [16000, 3]] as const) {
        const samples = audio(n, seed);
        const direct = directInputValues(extractor, samples);
        const library = await extractor(samples);
        expect(direct).not.toBeNull();
        expect(differing(direct!.input_values!.data as Float32Array, library.input_values.data as Float32Array)).toBe(0);
        expect(direct!.input_values!.dims).toEqual(library.input_values.dims);
        expect(Array.from(direct!.attention_mask!.data as BigInt64Array)).toEqual(Array.from(library.attention_mask.data as BigInt64Array));
      }
    }
  });

  it('steps aside for another feature extractor', () => {
    const ast = new ASTFeatureExtractor({ feature_extractor_type: 'ASTFeatureExtractor', sampling_rate: 16000, num_mel_bins: 128, max_length: 1024, mean: 0, std: 1 });
    expect(directInputValues(ast, audio(1600, 1))).toBeNull();
    expect(directInputValues({}, audio(1600, 1))).toBeNull();
  });
});
