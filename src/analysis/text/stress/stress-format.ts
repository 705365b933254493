// The stress model's folder format (metadata.json + int8 weights.bin): pure serialisation and validated parsing.
import { BurnoutError } from '../../../errors.ts';
import { sha256Hex } from '../lite-format.ts';
import type { LiteFeatureConfig } from '../lite-features.ts';
import type { StressModel } from './stress-model.ts';

export const STRESS_FORMAT = 'burnout-text-stress';
export const STRESS_FORMAT_VERSION = 1;
export const STRESS_WEIGHTS_FILE = 'weights.bin';
export const STRESS_METADATA_FILE = 'metadata.json';

/** Everything in metadata.json; training, data and metrics are free-form records written by the trainer. */
export interface StressMetadata {
  format: typeof STRESS_FORMAT;
  formatVersion: number;
  features: LiteFeatureConfig;
  weights: { file: string; dtype: 'int8'; layout: string; scale: number; bias: number; sha256: string };
  platt: { a: number; c: number };
  seed: number;
  training: Record<string, unknown>;
  data: Record<string, unknown>;
  metrics: Record<string, unknown>;
}

/** Quantises the weights (one symmetric scale) and returns the two files' contents. */
export function serializeStressModel(
  model: StressModel,
  extra: Pick<StressMetadata, 'seed' | 'training' | 'data' | 'metrics'>,
): { metadata: StressMetadata; metadataText: string; weightBytes: Uint8Array } {
  let max = 0;
  for (const v of model.w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const q = Int8Array.from(model.w, (v) => Math.round(v / scale));
  const weightBytes = new Uint8Array(q.buffer);
  const metadata: StressMetadata = {
    format: STRESS_FORMAT,
    formatVersion: STRESS_FORMAT_VERSION,
    features: model.features,
    weights: { file: STRESS_WEIGHTS_FILE, dtype: 'int8', layout: '[buckets]; w = q * scale', scale, bias: model.b, sha256: sha256Hex(weightBytes) },
    platt: model.platt,
    ...extra,
  };
  return { metadata, metadataText: JSON.stringify(metadata, null, 2) + '\n', weightBytes };
}

/** The model as it is after int8 packing (what inference sees), for scoring right after training. */
export function roundTripStressModel(model: StressModel): StressModel {
  const { metadataText, weightBytes } = serializeStressModel(model, { seed: 0, training: {}, data: {}, metrics: {} });
  return parseStressModel(metadataText, weightBytes, 'memory').model;
}

/** Parses and checks a model folder's contents; throws MODEL_LOAD_FAILED naming what is wrong. */
export function parseStressModel(metadataText: string, weightBytes: Uint8Array, where: string): { model: StressModel; metadata: StressMetadata } {
  const fail = (why: string): never => {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the text stress model in ${where} is unusable: ${why}`, {
      hint: 'retrain it with `npx burnout train text-stress`',
    });
  };
  let metadata: StressMetadata;
  try {
    metadata = JSON.parse(metadataText) as StressMetadata;
  } catch {
    return fail(`${STRESS_METADATA_FILE} is not valid JSON`);
  }
  if (metadata.format !== STRESS_FORMAT || metadata.formatVersion !== STRESS_FORMAT_VERSION) fail('unknown format or version');
  const f = metadata.features;
  if (!f || !Number.isInteger(Math.log2(f.buckets))) fail('feature buckets must be a power of two');
  if (weightBytes.byteLength !== f.buckets) fail(`${STRESS_WEIGHTS_FILE} has ${weightBytes.byteLength} bytes, expected ${f.buckets}`);
  if (sha256Hex(weightBytes) !== metadata.weights?.sha256) fail(`${STRESS_WEIGHTS_FILE} does not match the sha256 in ${STRESS_METADATA_FILE}`);
  if (![metadata.platt?.a, metadata.platt?.c, metadata.weights.scale, metadata.weights.bias].every(Number.isFinite)) fail('scale, bias or Platt parameters are not numbers');
  const q = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  const w = Float32Array.from(q, (v) => v * metadata.weights.scale);
  return { model: { features: f, w, b: metadata.weights.bias, platt: metadata.platt }, metadata };
}

/** The model id shown in results: `text-stress@v<format>-<first 8 hex of the weights' sha256>`. */
export function stressModelId(metadata: StressMetadata): string {
  return `text-stress@v${metadata.formatVersion}-${metadata.weights.sha256.slice(0, 8)}`;
}
