// Wav2Vec2-style model input computed directly: transformers.js' Wav2Vec2FeatureExtractor normalises a recording to
// zero mean and unit variance with Array.reduce / map closures (~6 ms for 5 s of 16 kHz audio, while the other
// models need both cores); these loops do the same arithmetic in the same order, so the float32 values are bit for
// bit the library's. Any other feature extractor returns null and the caller uses the extractor itself.
import { Wav2Vec2FeatureExtractor } from '@huggingface/transformers';
import type { FeedTensor } from '../transformers-runtime.ts';

/**
 * `{ input_values, attention_mask }` as `extractor(samples)` would return them, or null when the extractor is not
 * exactly transformers.js' Wav2Vec2FeatureExtractor (a subclass may compute its features otherwise).
 */
export function directInputValues(extractor: unknown, samples: Float32Array): Record<string, FeedTensor> | null {
  if (!(extractor instanceof Wav2Vec2FeatureExtractor) || Object.getPrototypeOf(extractor) !== Wav2Vec2FeatureExtractor.prototype) return null;
  const normalise = Boolean((extractor as unknown as { config: { do_normalize?: boolean } }).config.do_normalize);
  const n = samples.length;
  const values = new Float32Array(n);
  if (normalise) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += samples[i] as number;
    const mean = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += ((samples[i] as number) - mean) ** 2;
    const scale = Math.sqrt(squares / n + 1e-7);
    for (let i = 0; i < n; i++) values[i] = ((samples[i] as number) - mean) / scale;
  } else {
    values.set(samples);
  }
  const shape = [1, n];
  return {
    input_values: { type: 'float32', data: values, dims: shape },
    attention_mask: { type: 'int64', data: new BigInt64Array(n).fill(1n), dims: shape },
  };
}
