// Reads and writes a fusion model folder: model.json (sizes + weight manifest), weights.bin (float32 LE),
// metadata.json (encoder, temperature, training config, validation figures) and any extra files (SVG charts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BurnoutError } from '../errors.ts';
import type { EvaluateOptions, ValidationReport } from './evaluate.ts';
import type { ColumnStats, EncoderSpec, Representation } from './features.ts';
import type { FusionModel } from './infer.ts';
import type { Config } from '../config/schema.ts';
import { weightShapes, type FusionNetSpec } from './spec.ts';
import { openOnnxForwardPass } from './onnx/onnx-pass.ts';
import type { EpochStats, PoolProvenance, TrainOptions } from './train.ts';
import { FUSION_INPUTS, RISK_LEVELS } from './types.ts';

export const FUSION_FORMAT = 'burnout-fusion/2';

/** Everything metadata.json records about a trained fusion model. */
export interface FusionMetadata {
  format: typeof FUSION_FORMAT;
  representation: Representation;
  labels: readonly string[];
  /** The fusion inputs in row order (text, voice, face, selfReport). */
  inputs: readonly string[];
  spec: FusionNetSpec;
  parameterCount: number;
  /** Columns and normalisation statistics per input. */
  encoder: Record<string, ColumnStats>;
  /** Temperature applied to the logits at inference. */
  temperature: number;
  /** How `uncertainty` is computed. */
  uncertainty: string;
  /** Mutual-information reference of the uncertainty scale (validation 99th percentile). */
  uncertaintyReference: number;
  training: TrainOptions & { optimizer: string; dataHash: string; generator: unknown; texts: PoolProvenance; evaluation: Omit<EvaluateOptions, 'fitTemperature' | 'defaultTemperature'> };
  validation: ValidationReport;
  curves: EpochStats[];
}

interface ModelJson {
  format: typeof FUSION_FORMAT;
  spec: FusionNetSpec;
  weightsFile: string;
  weights: Array<{ name: string; shape: number[]; offset: number; length: number }>;
}

/**
 * Writes the model folder (created if needed) from the network's sizes and weight values (readWeights of the tfjs
 * network). `extraFiles` maps file names to text content.
 */
export function saveFusionModel(dir: string, spec: FusionNetSpec, values: ReadonlyMap<string, Float32Array>, metadata: FusionMetadata, extraFiles: Record<string, string> = {}): void {
  mkdirSync(dir, { recursive: true });
  const manifest: ModelJson['weights'] = [];
  let offset = 0;
  for (const [name, shape] of weightShapes(spec)) {
    const length = (values.get(name) as Float32Array).length;
    manifest.push({ name, shape, offset, length });
    offset += length;
  }
  const all = new Float32Array(offset);
  for (const w of manifest) all.set(values.get(w.name) as Float32Array, w.offset);
  const model: ModelJson = { format: FUSION_FORMAT, spec, weightsFile: 'weights.bin', weights: manifest };
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model, null, 2) + '\n');
  writeFileSync(join(dir, 'weights.bin'), Buffer.from(all.buffer));
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(join(dir, name), content);
}

/** Reads metadata.json only (for status displays). */
export function readFusionMetadata(dir: string): FusionMetadata {
  const file = join(dir, 'metadata.json');
  if (!existsSync(file)) {
    throw new BurnoutError('MODEL_MISSING', `no fusion model in ${dir}`, { hint: 'run `burnout train fusion` to create it' });
  }
  const meta = JSON.parse(readFileSync(file, 'utf8')) as FusionMetadata;
  if (meta.format !== FUSION_FORMAT) {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the fusion model in ${dir} has format ${String(meta.format)}, expected ${FUSION_FORMAT}`, {
      hint: 'retrain it with `burnout train fusion`',
    });
  }
  return meta;
}

/** A fusion model folder as read from disk: the network's sizes and weights, its encoder and calibration. */
export interface StoredFusionModel extends Omit<FusionModel, 'pass'> {
  spec: FusionNetSpec;
  /** Weight values by name (weightShapes order). */
  values: Map<string, Float32Array>;
  metadata: FusionMetadata;
}

/** Reads a fusion model folder (no runtime). Throws MODEL_MISSING or MODEL_LOAD_FAILED with the retrain hint. */
export function readFusionModel(dir: string): StoredFusionModel {
  const metadata = readFusionMetadata(dir);
  try {
    const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelJson;
    const bytes = readFileSync(join(dir, model.weightsFile));
    const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const values = new Map(model.weights.map((w) => [w.name, all.slice(w.offset, w.offset + w.length)]));
    const encoder: EncoderSpec = {
      representation: metadata.representation,
      inputs: Object.fromEntries(FUSION_INPUTS.map((m) => [m, metadata.encoder[m] as ColumnStats])) as EncoderSpec['inputs'],
    };
    if (metadata.labels.join() !== RISK_LEVELS.join()) throw new Error(`labels ${metadata.labels.join(', ')} are not ${RISK_LEVELS.join(', ')}`);
    return { spec: model.spec, values, encoder, temperature: metadata.temperature, uncertaintyReference: metadata.uncertaintyReference, metadata };
  } catch (e) {
    throw unreadable(dir, e);
  }
}

/**
 * Loads a fusion model folder for inference: its network on ONNX Runtime (opened as config.models says). Throws
 * MODEL_MISSING or MODEL_LOAD_FAILED with the retrain hint.
 */
export async function loadFusionModel(config: Readonly<Config>, dir: string): Promise<FusionModel & { metadata: FusionMetadata }> {
  const { spec, values, ...rest } = readFusionModel(dir);
  try {
    return { ...rest, pass: await openOnnxForwardPass(config, spec, values) };
  } catch (e) {
    throw unreadable(dir, e);
  }
}

function unreadable(dir: string, e: unknown): BurnoutError {
  if (e instanceof BurnoutError) return e;
  return new BurnoutError('MODEL_LOAD_FAILED', `the fusion model in ${dir} could not be read: ${e instanceof Error ? e.message : String(e)}`, {
    hint: 'retrain it with `burnout train fusion`',
    cause: e,
  });
}
