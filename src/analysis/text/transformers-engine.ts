// Text engine `transformers`: a transformers.js text-classification model (default: DistilRoBERTa emotion, 7 classes).
import { AutoTokenizer } from '@huggingface/transformers';
import type { Config } from '../../config/schema.ts';
import { mapToCanonical } from '../../emotions.ts';
import { loadClassifier, loadPreprocessor, type FeedTensor } from '../transformers-runtime.ts';
import type { Engine, ModalityResult } from '../types.ts';
import { checkText, textFeatures } from './common.ts';

/** The slice of the tokenizer and model API this engine uses. */
interface TokenizerLike {
  encode(text: string): number[];
  readonly model_max_length?: number;
}

/**
 * Loads config.text.transformersModel from the model cache. Text longer than config.text.maxTokens tokens is
 * truncated; the result then has features.truncated = 1 and a note saying how much the model read.
 * The model runs in the ONNX Runtime thread. Throws MODEL_MISSING / MODEL_LOAD_FAILED (see transformers-runtime.ts).
 */
export async function createTransformersTextEngine(config: Readonly<Config>): Promise<Engine<string>> {
  const loaded = await loadClassifier(config, {
    modality: 'text',
    id: config.text.transformersModel,
    files: ['tokenizer.json', 'tokenizer_config.json'],
    labels: config.text.transformersLabels,
  }, ['input_ids', 'attention_mask', 'token_type_ids']);
  const tokenizer = await loadPreprocessor<TokenizerLike>(loaded, (dir) => AutoTokenizer.from_pretrained(dir, { local_files_only: true }));
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
      const [probs = []] = await loaded.classify(modelInputs(truncateIds(ids, maxTokens)), { transfer: true });
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

/** The model's inputs for one sequence: ids, a mask of ones and (for BERT-style models) zero token types. */
function modelInputs(ids: readonly number[]): Record<string, FeedTensor> {
  const dims = [1, ids.length];
  return {
    input_ids: { type: 'int64', data: BigInt64Array.from(ids, (i) => BigInt(i)), dims },
    attention_mask: { type: 'int64', data: new BigInt64Array(ids.length).fill(1n), dims },
    token_type_ids: { type: 'int64', data: new BigInt64Array(ids.length), dims },
  };
}
