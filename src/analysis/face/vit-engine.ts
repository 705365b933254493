// Facial-emotion engine `vit`: an image-classification model (ViT, FER-2013 labels) on an RGB face crop; its image
// processor from transformers.js, the model in the ONNX Runtime thread.
import { AutoImageProcessor, RawImage } from '@huggingface/transformers';
import type { Config } from '../../config/schema.ts';
import { LABEL_MAPS, mapToCanonical } from '../../emotions.ts';
import { loadClassifier, loadPreprocessor, type FeedTensor } from '../transformers-runtime.ts';
import type { Engine, ImageInput, ModalityResult } from '../types.ts';
import { directPixelValues } from './pixel-values.ts';

type Scores = Array<{ label: string; score: number }>;
/** The image processor call this engine uses (a batch of images in, pixel values out). */
type ImageProcessor = (images: RawImage[]) => Promise<{ pixel_values: FeedTensor }>;

/**
 * Loads config.face.vitModel from the model cache; labels are mapped with LABEL_MAPS.fer. With config.face.flipTta
 * the crop and its mirror image run as one batch and their class probabilities are averaged.
 */
export async function createVitEngine(config: Readonly<Config>): Promise<Engine<ImageInput>> {
  const loaded = await loadClassifier(config, {
    modality: 'face',
    id: config.face.vitModel,
    files: ['preprocessor_config.json'],
    labels: 'fer',
  }, ['pixel_values']);
  const processor = await loadPreprocessor<ImageProcessor>(loaded, (dir) => AutoImageProcessor.from_pretrained(dir, { local_files_only: true }));

  const inputSide = squareInputSide(processor);
  return {
    name: 'vit',
    model: config.face.vitModel,
    ...(inputSide !== undefined ? { inputSide } : {}),
    async analyze(crop: ImageInput): Promise<ModalityResult> {
      if (crop.width < 1 || crop.height < 1 || crop.data.length !== crop.width * crop.height * 3) {
        return { status: 'rejected', reason: 'the face crop is empty or not RGB' };
      }
      const started = performance.now();
      const images = [toRawImage(crop)];
      if (config.face.flipTta) images.push(toRawImage(mirrorImage(crop)));
      const pixel_values = (await directPixelValues(processor, images)) ?? (await processor(images)).pixel_values;
      const rows = await loaded.classify({ pixel_values }, { transfer: true });
      const results = rows.map((probs) => loaded.labels.map((label, i) => ({ label, score: probs[i] ?? 0 })));
      const { emotions, covered } = mapToCanonical(averageScores(results), LABEL_MAPS.fer);
      const notes = [...loaded.notes];
      return {
        status: 'ok',
        emotions,
        covered,
        features: {},
        ...(notes.length > 0 ? { notes } : {}),
        engine: 'vit',
        model: config.face.vitModel,
        latencyMs: performance.now() - started,
      };
    },
    dispose: () => loaded.dispose(),
  };
}

/**
 * The side the processor resizes every image to when that is one fixed square (`size: {height, width}` equal, as
 * ViTImageProcessor's configs have it); undefined for any other rule (shortest edge, crops, no resizing).
 */
export function squareInputSide(processor: unknown): number | undefined {
  const p = processor as { do_resize?: unknown; do_center_crop?: unknown; do_pad?: unknown; size?: { height?: unknown; width?: unknown } };
  const { height, width } = p.size ?? {};
  if (p.do_resize !== true || p.do_center_crop || p.do_pad) return undefined;
  return typeof height === 'number' && Number.isInteger(height) && height > 0 && height === width ? height : undefined;
}

/** The horizontal mirror image of an RGB image (pure; a new buffer). */
export function mirrorImage(image: ImageInput): ImageInput {
  const { width, height, data } = image;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    const row = y * width * 3;
    for (let x = 0; x < width; x++) {
      const from = row + x * 3;
      const to = row + (width - 1 - x) * 3;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
    }
  }
  return { ...image, data: out };
}

/** Mean probability per label over several score lists (labels may come in any order). */
export function averageScores(lists: readonly Scores[]): Scores {
  const sums = new Map<string, number>();
  for (const list of lists) for (const { label, score } of list) sums.set(label, (sums.get(label) ?? 0) + score);
  return [...sums].map(([label, sum]) => ({ label, score: sum / lists.length }));
}

function toRawImage(image: ImageInput): RawImage {
  const data = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return new RawImage(data, image.width, image.height, 3);
}
