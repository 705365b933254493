// Shared @huggingface/transformers setup for the deep engines: local-only loading, dtype, ORT session options, error mapping.
import { availableParallelism } from 'node:os';
import { env, LogLevel, pipeline, type AllTasks } from '@huggingface/transformers';
import type { Config } from '../config/schema.ts';
import { LABEL_MAPS, type Emotion, type LabelMapName } from '../emotions.ts';
import { BurnoutError, isBurnoutError } from '../errors.ts';
import { localModelDir } from '../hub/pull.ts';
import { locateLocalModel, pullCommand, type LocalModel } from '../hub/local.ts';
import type { Modality } from './types.ts';

/** The pipeline tasks this project uses. */
export type TransformersTask = 'text-classification' | 'audio-classification' | 'image-classification';

/** What to load: a task, the hub model id (a folder under models.cacheDir) and the small files it needs. */
export interface TransformersModelRequest<T extends TransformersTask> {
  modality: Modality;
  task: T;
  id: string;
  /** Files besides config.json and the ONNX weights that must be present (tokenizer, preprocessor). */
  files: readonly string[];
  /** Label table the model's labels are mapped with (checked at load time). */
  labels: LabelMapName;
}

/** A loaded pipeline plus what the engine reports about it. */
export interface LoadedPipeline<T extends TransformersTask> {
  pipe: AllTasks[T];
  local: LocalModel;
  /** The model's own labels in output order (config.json id2label). */
  labels: string[];
  /** The label table, checked to map at least one of the model's labels. */
  table: Readonly<Record<string, Emotion>>;
  /** Caveats to attach to every result (dtype fallback, labels the table drops). */
  notes: string[];
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
 * ONNX Runtime session options: models.ortThreads intra-op threads per session (0: one per core available to the
 * process, set explicitly because ONNX Runtime's own default used one thread on the 2-core machine); without spinning,
 * idle worker threads stop busy-waiting between runs.
 */
export function sessionOptions(config: Readonly<Config>): Record<string, unknown> {
  const threads = { intraOpNumThreads: config.models.ortThreads > 0 ? config.models.ortThreads : availableParallelism() };
  if (config.models.ortSpinning) return threads;
  return { ...threads, extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } } };
}

/**
 * Creates a transformers.js pipeline for `request` from its local folder. Throws MODEL_MISSING (with the pull
 * command) when files are absent and MODEL_LOAD_FAILED when they exist but cannot be loaded or their labels do
 * not fit the label table.
 */
export async function loadTransformersPipeline<T extends TransformersTask>(
  config: Readonly<Config>,
  request: TransformersModelRequest<T>,
): Promise<LoadedPipeline<T>> {
  const local = locateLocalModel(config, request.modality, request.id, request.files);
  configureLocalEnv(config);
  let pipe: AllTasks[T];
  try {
    // The absolute folder is the model name: transformers.js memoises configs by name, so each folder stays distinct.
    pipe = (await pipeline(request.task, local.dir, {
      dtype: local.dtype,
      device: 'cpu',
      session_options: sessionOptions(config),
    })) as AllTasks[T];
  } catch (e) {
    throw loadFailed(request, e);
  }
  try {
    const labels = modelLabels(pipe, request.id);
    const table = LABEL_MAPS[request.labels] as Readonly<Record<string, Emotion>>;
    const unmapped = labels.filter((l) => !(l.toLowerCase() in table));
    if (unmapped.length === labels.length) {
      throw new BurnoutError(
        'MODEL_LOAD_FAILED',
        `labels of ${request.id} (${labels.join(', ')}) do not fit the label table "${request.labels}"`,
        { hint: `set ${request.modality}.transformersLabels (or the model) in config.yaml to a matching pair` },
      );
    }
    const notes = [...local.notes];
    if (unmapped.length > 0) notes.push(`model labels without a canonical emotion were left out: ${unmapped.join(', ')}`);
    return { pipe, local, labels, table, notes, dispose: () => pipe.dispose() };
  } catch (e) {
    await pipe.dispose();
    throw isBurnoutError(e) ? e : loadFailed(request, e);
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

function modelLabels(pipe: { model: unknown }, id: string): string[] {
  const config = (pipe.model as { config?: { id2label?: Record<string, string> } }).config;
  const id2label = config?.id2label;
  if (!id2label || Object.keys(id2label).length === 0) {
    throw new BurnoutError('MODEL_LOAD_FAILED', `${id} has no id2label in its config.json`);
  }
  return Object.keys(id2label)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => String(id2label[i]));
}

function loadFailed(request: TransformersModelRequest<TransformersTask>, e: unknown): BurnoutError {
  const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 240) ?? 'unknown error';
  return new BurnoutError('MODEL_LOAD_FAILED', `${request.modality} model ${request.id} could not be loaded: ${why}`, {
    hint: `the files may be damaged: delete its folder under models.cacheDir and run ${pullCommand(request.modality)}`,
    cause: e,
  });
}
