// Shared setup of the deep engines: a hub model's ONNX session (in the ONNX Runtime thread), its labels from
// config.json, transformers.js local-only loading for its tokenizer or processor, and error mapping.
import { join } from 'node:path';
import { AutoConfig, env, LogLevel } from '@huggingface/transformers';
import type { Config } from '../config/schema.ts';
import { LABEL_MAPS, type Emotion, type LabelMapName } from '../emotions.ts';
import { BurnoutError, isBurnoutError } from '../errors.ts';
import { localModelDir } from '../hub/pull.ts';
import { locateLocalModel, pullCommand, type LocalModel } from '../hub/local.ts';
import { openSession } from './onnx/open-session.ts';
import type { RemoteSession, WireTensor } from './onnx/session-thread.ts';
import type { Modality } from './types.ts';

/** What to load: the hub model id (a folder under models.cacheDir) and the small files it needs. */
export interface ClassifierRequest {
  modality: Modality;
  id: string;
  /** Files besides config.json and the ONNX weights that must be present (tokenizer, preprocessor). */
  files: readonly string[];
  /** Label table the model's labels are mapped with (checked at load time). */
  labels: LabelMapName;
}

/** A tensor as a classifier takes it (the tensors of transformers.js tokenizers and processors fit). */
export interface FeedTensor {
  type: string;
  data: ArrayLike<number | bigint> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number };
  dims: readonly number[];
}

/** A loaded classification model (its session in the ONNX Runtime thread) plus what the engine reports about it. */
export interface LoadedClassifier {
  request: ClassifierRequest;
  local: LocalModel;
  /** The model's own labels in output order (config.json id2label). */
  labels: string[];
  /** The label table, checked to map at least one of the model's labels. */
  table: Readonly<Record<string, Emotion>>;
  /** Caveats to attach to every result (dtype fallback, labels the table drops). */
  notes: string[];
  /**
   * Runs the model on `feeds` (only the inputs the graph declares are sent) and returns each batch row's class
   * probabilities in label order. With `transfer` the feeds' buffers move to the ONNX Runtime thread without a copy
   * (only for buffers made for this run).
   */
  classify(feeds: Record<string, FeedTensor>, options?: { transfer?: boolean }): Promise<number[][]>;
  dispose(): Promise<void>;
}

/**
 * Sets the library's global `env` for local-only loading. transformers.js keeps `env` in module state, so every
 * load sets the same values again: remote off (only `models pull` uses the network), no file cache (files are read
 * from the model folder in place), quiet logs.
 */
export function configureLocalEnv(config: Readonly<Config>): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = localModelDir(config, '');
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.logLevel = LogLevel.ERROR;
}

/**
 * Loads a classification model's ONNX weights from its local folder into an ONNX Runtime session (in the ONNX Runtime
 * thread unless config.models.inferenceThread is off) and reads its labels from config.json. transformers.js serves
 * only what precedes the model: the engine loads the tokenizer or processor from `local.dir`. Throws MODEL_MISSING
 * (with the pull command) when files are absent and MODEL_LOAD_FAILED when they exist but cannot be loaded, the graph
 * wants an input not in `canFeed`, or the labels do not fit the label table.
 */
export async function loadClassifier(
  config: Readonly<Config>,
  request: ClassifierRequest,
  canFeed: readonly string[],
): Promise<LoadedClassifier> {
  const local = locateLocalModel(config, request.modality, request.id, request.files);
  configureLocalEnv(config);
  let labels: string[];
  try {
    labels = modelLabels(await readModelConfig(local.dir), request.id);
  } catch (e) {
    throw isBurnoutError(e) ? e : loadFailed(request, e);
  }
  const table = LABEL_MAPS[request.labels] as Readonly<Record<string, Emotion>>;
  const unmapped = labels.filter((l) => !(l.toLowerCase() in table));
  if (unmapped.length === labels.length) {
    throw new BurnoutError(
      'MODEL_LOAD_FAILED',
      `labels of ${request.id} (${labels.join(', ')}) do not fit the label table "${request.labels}"`,
      { hint: `set ${request.modality}.transformersLabels (or the model) in config.yaml to a matching pair` },
    );
  }
  let session: RemoteSession;
  try {
    session = await openSession(config, join(local.dir, local.onnxFile));
  } catch (e) {
    throw loadFailed(request, e);
  }
  const unknown = session.inputNames.filter((n) => !canFeed.includes(n));
  if (unknown.length > 0) {
    await session.release();
    throw loadFailed(request, new Error(`the model wants inputs this engine cannot give: ${unknown.join(', ')}`));
  }
  const notes = [...local.notes];
  if (unmapped.length > 0) notes.push(`model labels without a canonical emotion were left out: ${unmapped.join(', ')}`);
  const output = session.outputNames.includes('logits') ? 'logits' : session.outputNames[0];
  return {
    request,
    local,
    labels,
    table,
    notes,
    async classify(feeds, options) {
      const wanted: Record<string, WireTensor> = {};
      for (const name of session.inputNames) {
        const t = feeds[name];
        if (!t) throw new BurnoutError('INTERNAL', `${request.id}: no value for the model input ${name}`);
        wanted[name] = { type: t.type as WireTensor['type'], data: t.data as WireTensor['data'], dims: [...t.dims] };
      }
      const logits = output === undefined ? undefined : (await session.run(wanted, options))[output];
      if (!logits) throw new BurnoutError('INTERNAL', `${request.id} gave no logits`);
      return logitRows(logits).map(softmax);
    },
    dispose: () => session.release(),
  };
}

/**
 * Loads what precedes the model — its tokenizer, feature extractor or image processor — from the model's folder with
 * `load`. When that fails the classifier is disposed of and MODEL_LOAD_FAILED thrown.
 */
export async function loadPreprocessor<T>(loaded: LoadedClassifier, load: (dir: string) => Promise<unknown>): Promise<T> {
  try {
    return (await load(loaded.local.dir)) as T;
  } catch (e) {
    await loaded.dispose();
    throw loadFailed(loaded.request, e);
  }
}

/** Softmax over a logits row (numerically stable). */
export function softmax(logits: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] ?? -Infinity);
  const exps = Array.from({ length: logits.length }, (_, i) => Math.exp((logits[i] ?? -Infinity) - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((x) => x / sum);
}

/** The rows of a [batch, classes] (or [classes]) output as plain numbers. */
function logitRows(t: WireTensor): number[][] {
  const classes = t.dims[t.dims.length - 1] ?? t.data.length;
  const values = Array.from(t.data as ArrayLike<number>, Number);
  const rows: number[][] = [];
  for (let at = 0; at < values.length; at += classes) rows.push(values.slice(at, at + classes));
  return rows;
}

async function readModelConfig(dir: string): Promise<{ id2label?: Record<string, string> }> {
  return (await AutoConfig.from_pretrained(dir, { local_files_only: true })) as { id2label?: Record<string, string> };
}

function modelLabels(config: { id2label?: Record<string, string> }, id: string): string[] {
  const id2label = config.id2label;
  if (!id2label || Object.keys(id2label).length === 0) {
    throw new BurnoutError('MODEL_LOAD_FAILED', `${id} has no id2label in its config.json`);
  }
  return Object.keys(id2label)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => String(id2label[i]));
}

function loadFailed(request: ClassifierRequest, e: unknown): BurnoutError {
  const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 240) ?? 'unknown error';
  return new BurnoutError('MODEL_LOAD_FAILED', `${request.modality} model ${request.id} could not be loaded: ${why}`, {
    hint: `the files may be damaged: delete its folder under models.cacheDir and run ${pullCommand(request.modality)}`,
    cause: e,
  });
}
