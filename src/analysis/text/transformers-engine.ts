// Text engine `transformers`: a transformers.js text-classification model (default: DistilRoBERTa emotion, 7 classes).
import { Tensor } from '@huggingface/transformers';
import type { Config } from '../../config/schema.ts';
import { mapToCanonical } from '../../emotions.ts';
import { loadTransformersPipeline, softmax } from '../transformers-runtime.ts';
import type { Engine, ModalityResult } from '../types.ts';
import { checkText, textFeatures } from './common.ts';

/** The slice of the tokenizer and model API this engine uses. */
interface TokenizerLike {
  encode(text: string): number[];
  readonly model_max_length?: number;
}
interface ModelLike {
  (inputs: Record<string, unknown>): Promise<{ logits: { data: ArrayLike<number>; dims: number[] } }>;
}

/**
 * Loads config.text.transformersModel from the model cache. Text longer than config.text.maxTokens tokens is
 * truncated; the result then has features.truncated = 1 and a note saying how much the model read.
 * Throws MODEL_MISSING / MODEL_LOAD_FAILED (see transformers-runtime.ts).
 */
export async function createTransformersTextEngine(config: Readonly<Config>): Promise<Engine<string>> {
  const loaded = await loadTransformersPipeline(config, {
    modality: 'text',
    task: 'text-classification',
    id: config.text.transformersModel,
    files: ['tokenizer.json', 'tokenizer_config.json'],
    labels: config.text.transformersLabels,
  });
  const tokenizer = loaded.pipe.tokenizer as unknown as TokenizerLike;
  const model = loaded.pipe.model as unknown as ModelLike;
  // The model cannot read more than its tokenizer's limit, whatever the config says.
  const maxTokens = Math.min(config.text.maxTokens, tokenizer.model_max_length ?? Infinity);

  return {
    name: 'transformers',
    model: config.text.transformersModel,
    async analyze(text: string): Promise<ModalityResult> {
      const rejected = checkText(text, config.text.maxChars);
      if (rejected) return rejected;
      const started = performance.now();
      const ids = tokenizer.encode(text);
      const tokenCount = ids.length;
      const { logits } = await model(modelInputs(truncateIds(ids, maxTokens)));
      const probs = softmax(logits.data);
      const { emotions, covered } = mapToCanonical(
        loaded.labels.map((label, i) => ({ label, score: probs[i] ?? 0 })),
        loaded.table,
      );
      const truncated = tokenCount > maxTokens;
      const notes = [...loaded.notes];
      if (truncated) {
        notes.push(`the text is ${tokenCount} tokens long; the emotion model read only the first ${maxTokens}`);
      }
      return {
        status: 'ok',
        emotions,
        covered,
        features: { ...textFeatures(text), truncated: truncated ? 1 : 0 },
        ...(notes.length > 0 ? { notes } : {}),
        engine: 'transformers',
        model: config.text.transformersModel,
        latencyMs: performance.now() - started,
      };
    },
    dispose: () => loaded.dispose(),
  };
}

/**
 * Keeps the first `max` token ids; when it cuts, the last id (the end-of-sequence token added by the tokenizer)
 * stays at the end, as the Python tokenizers do.
 */
export function truncateIds(ids: readonly number[], max: number): number[] {
  if (ids.length <= max) return [...ids];
  return [...ids.slice(0, max - 1), ids[ids.length - 1]!];
}

function modelInputs(ids: readonly number[]): Record<string, Tensor> {
  const dims = [1, ids.length];
  return {
    input_ids: new Tensor('int64', BigInt64Array.from(ids, (i) => BigInt(i)), dims),
    attention_mask: new Tensor('int64', new BigInt64Array(ids.length).fill(1n), dims),
  };
}
