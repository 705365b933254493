// Tiny Wav2Vec2-style audio-classification model: input_values [batch, samples] → 4 summary statistics → linear → IEMOCAP logits.
import { GraphBuilder, randomWeights, seededRandom } from './graph-builder.ts';
import { labelMaps, writeModelFolder, type TinyModelOptions } from './model-folder.ts';

/** The IEMOCAP 4-class labels of superb/wav2vec2-base-superb-er, in its output order. */
export const IEMOCAP_LABELS = ['neu', 'hap', 'ang', 'sad'] as const;

/**
 * The ONNX graph: mean, mean square, mean |x| and mean |x[t] − x[t−1]| over time (so the output depends on the
 * signal's level and frequency content) → MatMul + bias → logits [batch, 4].
 */
export function tinyAudioOnnx(seed: number, labels: number = IEMOCAP_LABELS.length): Uint8Array {
  const rand = seededRandom(seed);
  const g = new GraphBuilder('tiny-wav2vec2-classifier');
  const x = g.input('input_values', 'float', ['batch', 'samples']);
  const stats = 4;
  const w = g.floats('classifier.weight', [stats, labels], randomWeights(rand, stats * labels, 3));
  const b = g.floats('classifier.bias', [labels], randomWeights(rand, labels, 0.5));
  const mean = (v: string) => g.node('ReduceMean', [v], { axes: { ints: [1] }, keepdims: { int: 1 } });
  const axes = g.int64s('time_axis', [1], [1]);
  const from1 = g.int64s('from_1', [1], [1]);
  const from0 = g.int64s('from_0', [1], [0]);
  const toEnd = g.int64s('to_end', [1], [Number.MAX_SAFE_INTEGER]);
  const toLast = g.int64s('to_last', [1], [-1]);
  const next = g.node('Slice', [x, from1, toEnd, axes]);
  const prev = g.node('Slice', [x, from0, toLast, axes]);
  const features = g.node('Concat', [
    mean(x),
    mean(g.node('Mul', [x, x])),
    mean(g.node('Abs', [x])),
    mean(g.node('Abs', [g.node('Sub', [next, prev])])),
  ], { axis: { int: 1 } });
  g.node('Add', [g.node('MatMul', [features, w]), b], {}, 'logits');
  g.output('logits', 'float', ['batch', labels]);
  return g.toBytes();
}

/**
 * Writes a tiny audio-classification model folder (config.json with model_type wav2vec2 and the IEMOCAP
 * id2label, preprocessor_config.json for Wav2Vec2FeatureExtractor at 16 kHz, ONNX weights) into `dir`.
 * `labels` replaces the label set (for models with another table, e.g. RAVDESS-style).
 */
export async function writeTinyAudioModel(
  dir: string,
  options: TinyModelOptions & { labels?: readonly string[] } = {},
): Promise<string> {
  const labels = options.labels ?? IEMOCAP_LABELS;
  const config = {
    model_type: 'wav2vec2',
    architectures: ['Wav2Vec2ForSequenceClassification'],
    hidden_size: 4,
    use_weighted_layer_sum: false,
    ...labelMaps(labels),
  };
  const preprocessor = {
    feature_extractor_type: 'Wav2Vec2FeatureExtractor',
    feature_size: 1,
    sampling_rate: 16000,
    padding_side: 'right',
    padding_value: 0,
    do_normalize: true,
    return_attention_mask: true,
  };
  return writeModelFolder(
    dir,
    { 'config.json': config, 'preprocessor_config.json': preprocessor },
    tinyAudioOnnx(options.seed ?? 1, labels.length),
    options.weights,
  );
}
