// Reads and writes the trend model folder (model.json, weights.bin, metadata.json): the one trend file that does I/O.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { BurnoutError } from '../errors.ts';
import { ensureTfBackend } from '../tf-backend.ts';
import { parseTrendMetadata, type TrendMetadata } from './metadata.ts';
import { unmaskedView } from './model.ts';
import { trendRunnerFrom, type TrendRunner } from './trend-runner.ts';

/** A loaded trend model: the network and its metadata (feature order, temperature, …). */
export interface TrendModel {
  /** The network as trained (Masking first): for batches of left-padded sequences. */
  net: tfTypes.LayersModel;
  /** The same weights without Masking: for one unpadded sequence in tfjs. */
  single: tfTypes.LayersModel;
  /** The same weights in plain TypeScript: what computeTrend runs (well under a millisecond, no tfjs dispatch). */
  runner: TrendRunner;
  metadata: TrendMetadata;
  dispose(): void;
}

const MODEL_FILE = 'model.json';
const WEIGHTS_FILE = 'weights.bin';
const METADATA_FILE = 'metadata.json';
const TRAIN_HINT = 'train it with `burnout train trend` (about a minute)';

/**
 * Loads the trend model from `dir`. Throws BurnoutError MODEL_MISSING when the folder or a file is missing, and
 * MODEL_LOAD_FAILED when the files do not fit this version of the code.
 */
export async function loadTrendModel(dir: string): Promise<TrendModel> {
  for (const f of [MODEL_FILE, WEIGHTS_FILE, METADATA_FILE]) {
    if (!existsSync(join(dir, f))) throw new BurnoutError('MODEL_MISSING', `the trend model is missing (${f} not found in ${dir})`, { hint: TRAIN_HINT });
  }
  const [modelText, weights, metaText] = await Promise.all([
    readFile(join(dir, MODEL_FILE), 'utf8'), readFile(join(dir, WEIGHTS_FILE)), readFile(join(dir, METADATA_FILE), 'utf8'),
  ]);
  const meta = parseTrendMetadata(parseJson(metaText, METADATA_FILE));
  if (!meta.ok) throw new BurnoutError('MODEL_LOAD_FAILED', `the trend model cannot be used: ${meta.reason}`, { hint: TRAIN_HINT });
  const json = parseJson(modelText, MODEL_FILE) as { modelTopology?: object; weightsManifest?: { weights: tfTypes.io.WeightsManifestEntry[] }[] };
  const tf = await ensureTfBackend();
  try {
    const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
    const net = await tf.loadLayersModel(tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: (json.weightsManifest ?? []).flatMap((g) => g.weights),
      weightData,
    }));
    const single = unmaskedView(net);
    const runner = trendRunnerFrom(json, weights);
    return { net, single, runner, metadata: meta.metadata, dispose: () => { single.dispose(); net.dispose(); } };
  } catch (e) {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the trend model in ${dir} could not be loaded`, { hint: TRAIN_HINT, cause: e });
  }
}

/** Writes the model folder: model.json + weights.bin (tfjs layers format), metadata.json and any extra text files. */
export async function saveTrendModel(dir: string, net: tfTypes.LayersModel, metadata: TrendMetadata, extra: Record<string, string> = {}): Promise<void> {
  const tf = await ensureTfBackend();
  let artifacts: tfTypes.io.ModelArtifacts | undefined;
  await net.save(tf.io.withSaveHandler(async (a) => {
    artifacts = a;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  if (!artifacts?.weightData || !artifacts.weightSpecs) throw new BurnoutError('INTERNAL', 'the trend model could not be serialised');
  const weightData = artifacts.weightData;
  const bytes = Array.isArray(weightData) ? Buffer.concat(weightData.map((b) => Buffer.from(b))) : Buffer.from(weightData);
  const modelJson = {
    format: artifacts.format ?? 'layers-model',
    generatedBy: artifacts.generatedBy,
    convertedBy: null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: [`./${WEIGHTS_FILE}`], weights: artifacts.weightSpecs }],
  };
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(join(dir, MODEL_FILE), JSON.stringify(modelJson) + '\n'),
    writeFile(join(dir, WEIGHTS_FILE), bytes),
    writeFile(join(dir, METADATA_FILE), JSON.stringify(metadata, null, 2) + '\n'),
    ...Object.entries(extra).map(([name, text]) => writeFile(join(dir, name), text)),
  ]);
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the trend model's ${name} is not valid JSON`, { hint: TRAIN_HINT });
  }
}
