// The lite text model's folder format (metadata.json + int8 weights.bin): pure serialisation and validated parsing.
import { createHash } from 'node:crypto';
import { EMOTIONS, type Emotion } from '../../emotions.ts';
import { BurnoutError } from '../../errors.ts';
import type { LiteFeatureConfig } from './lite-features.ts';
import { packInt8, unpackInt8, type LiteModel } from './lite-model.ts';

export const LITE_FORMAT = 'burnout-text-lite';
export const LITE_FORMAT_VERSION = 1;
export const LITE_WEIGHTS_FILE = 'weights.bin';
export const LITE_METADATA_FILE = 'metadata.json';

/** Everything in metadata.json. Training details are free-form records written by the trainer. */
export interface LiteMetadata {
  format: typeof LITE_FORMAT;
  formatVersion: number;
  /** Class order of the weights (the canonical emotions). */
  labels: Emotion[];
  features: LiteFeatureConfig;
  weights: {
    file: string;
    dtype: 'int8';
    layout: string;
    /** Dequantisation scale per class and the float bias per class. */
    scale: number[];
    bias: number[];
    sha256: string;
  };
  /** Per-class logit offsets tuned on dev for macro-F1. */
  classBias: number[];
  seed: number;
  training: Record<string, unknown>;
  data: Record<string, unknown>;
  devMetrics: Record<string, unknown>;
}

/** sha256 hex of bytes. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Quantises a model and returns the two files' contents (metadata.json text and weights.bin bytes). */
export function serializeLiteModel(
  model: LiteModel,
  extra: Pick<LiteMetadata, 'seed' | 'training' | 'data' | 'devMetrics'>,
): { metadata: LiteMetadata; metadataText: string; weightBytes: Uint8Array } {
  const packed = packInt8(model.weights);
  const weightBytes = new Uint8Array(packed.q.buffer, packed.q.byteOffset, packed.q.byteLength);
  const metadata: LiteMetadata = {
    format: LITE_FORMAT,
    formatVersion: LITE_FORMAT_VERSION,
    labels: [...EMOTIONS],
    features: model.features,
    weights: {
      file: LITE_WEIGHTS_FILE,
      dtype: 'int8',
      layout: 'feature-major [buckets][classes]; w = q * scale[class]',
      scale: Array.from(packed.scale),
      bias: Array.from(model.weights.b),
      sha256: sha256Hex(weightBytes),
    },
    classBias: Array.from(model.classBias),
    ...extra,
  };
  return { metadata, metadataText: JSON.stringify(metadata, null, 2) + '\n', weightBytes };
}

/** Parses and checks a model folder's contents; throws MODEL_LOAD_FAILED naming what is wrong. */
export function parseLiteModel(metadataText: string, weightBytes: Uint8Array, where: string): { model: LiteModel; metadata: LiteMetadata } {
  const fail = (why: string): never => {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the text lite model in ${where} is unusable: ${why}`, {
      hint: 'retrain it with `npx burnout train text-lite`',
    });
  };
  let metadata: LiteMetadata;
  try {
    metadata = JSON.parse(metadataText) as LiteMetadata;
  } catch {
    return fail(`${LITE_METADATA_FILE} is not valid JSON`);
  }
  if (metadata.format !== LITE_FORMAT || metadata.formatVersion !== LITE_FORMAT_VERSION) fail('unknown format or version');
  if (metadata.labels?.join() !== EMOTIONS.join()) fail(`labels must be the canonical emotions in order (${EMOTIONS.join(', ')})`);
  const K = EMOTIONS.length;
  const f = metadata.features;
  if (!f || !Number.isInteger(Math.log2(f.buckets))) fail('feature buckets must be a power of two');
  const w = metadata.weights;
  if (w?.scale?.length !== K || w.bias?.length !== K || metadata.classBias?.length !== K) fail('scale, bias or classBias has the wrong length');
  if (weightBytes.byteLength !== f.buckets * K) fail(`${LITE_WEIGHTS_FILE} has ${weightBytes.byteLength} bytes, expected ${f.buckets * K}`);
  if (sha256Hex(weightBytes) !== w.sha256) fail(`${LITE_WEIGHTS_FILE} does not match the sha256 in ${LITE_METADATA_FILE}`);
  const q = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  const weights = unpackInt8({ q, scale: Float32Array.from(w.scale) }, Float32Array.from(w.bias), f.buckets);
  return { model: { features: f, weights, classBias: Float32Array.from(metadata.classBias) }, metadata };
}

/** The model id shown in results: `text-lite@v<format>-<first 8 hex of the weights' sha256>`. */
export function liteModelId(metadata: LiteMetadata): string {
  return `text-lite@v${metadata.formatVersion}-${metadata.weights.sha256.slice(0, 8)}`;
}
