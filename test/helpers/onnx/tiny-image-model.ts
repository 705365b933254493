// Tiny ViT-style image-classification model: pixel_values [b,3,224,224] → left/right half means per channel → linear → 7 FER logits.
import { GraphBuilder, randomWeights, seededRandom } from './graph-builder.ts';
import { labelMaps, writeModelFolder, type TinyModelOptions } from './model-folder.ts';

/** The FER-2013 labels of trpakov/vit-face-expression, in its output order. */
export const FER_LABELS = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'] as const;

const SIZE = 224;

/**
 * The ONNX graph: AveragePool over each image half (so a mirrored image gives other logits) → [b,3,1,2] →
 * Flatten → MatMul + bias → logits [batch, 7].
 */
export function tinyImageOnnx(seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const labels = FER_LABELS.length;
  const g = new GraphBuilder('tiny-vit-classifier');
  const x = g.input('pixel_values', 'float', ['batch', 3, SIZE, SIZE]);
  const w = g.floats('classifier.weight', [6, labels], randomWeights(rand, 6 * labels, 3));
  const b = g.floats('classifier.bias', [labels], randomWeights(rand, labels, 0.5));
  const halves = g.node('AveragePool', [x], {
    kernel_shape: { ints: [SIZE, SIZE / 2] },
    strides: { ints: [SIZE, SIZE / 2] },
  });
  const flat = g.node('Flatten', [halves], { axis: { int: 1 } });
  g.node('Add', [g.node('MatMul', [flat, w]), b], {}, 'logits');
  g.output('logits', 'float', ['batch', labels]);
  return g.toBytes();
}

/** preprocessor_config.json of a ViT face-expression model (trpakov/vit-face-expression's): 224×224, mean/std 0.5. */
export const VIT_PREPROCESSOR = {
  image_processor_type: 'ViTImageProcessor',
  do_resize: true,
  size: { height: SIZE, width: SIZE },
  resample: 2,
  do_rescale: true,
  rescale_factor: 1 / 255,
  do_normalize: true,
  image_mean: [0.5, 0.5, 0.5],
  image_std: [0.5, 0.5, 0.5],
};

/**
 * Writes a tiny image-classification model folder (config.json with model_type vit and the FER id2label,
 * preprocessor_config.json for ViTImageProcessor at 224×224, ONNX weights) into `dir`.
 */
export async function writeTinyImageModel(dir: string, options: TinyModelOptions = {}): Promise<string> {
  const config = {
    model_type: 'vit',
    architectures: ['ViTForImageClassification'],
    image_size: SIZE,
    patch_size: 16,
    num_channels: 3,
    hidden_size: 6,
    ...labelMaps(FER_LABELS),
  };
  return writeModelFolder(
    dir,
    { 'config.json': config, 'preprocessor_config.json': VIT_PREPROCESSOR },
    tinyImageOnnx(options.seed ?? 1),
    options.weights,
  );
}
