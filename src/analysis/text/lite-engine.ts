// The offline `lite` text emotion engine: a small hashed n-gram softmax model trained on GoEmotions (Ekman labels).
import type { Config } from '../../config/schema.ts';
import { resolvePath } from '../../config/load.ts';
import { EMOTIONS, emotionsFromVector } from '../../emotions.ts';
import type { Engine, ModalityResult } from '../types.ts';
import { checkText, textFeatures } from './common.ts';
import { liteModelId } from './lite-format.ts';
import { loadLiteModel } from './lite-loader.ts';
import { predictText } from './lite-model.ts';

/**
 * Loads the model from `config.text.liteModelDir` (repo-relative unless absolute). Throws MODEL_MISSING naming the
 * folder and `npx burnout train text-lite` when it is absent.
 */
export async function createLiteTextEngine(config: Readonly<Config>): Promise<Engine<string>> {
  const { model, metadata } = loadLiteModel(resolvePath(config.text.liteModelDir), config.text.liteModelDir);
  const modelId = liteModelId(metadata);
  // Plain words on the result card; the figures (dev macro-F1 in metadata.json) are on its model card ("How good is this?").
  const note = 'read by a small offline model that looks at words, not at context or sarcasm: take these emotions as a rough reading';
  return {
    name: 'lite',
    model: modelId,
    async analyze(text: string): Promise<ModalityResult> {
      const rejected = checkText(text, config.text.maxChars);
      if (rejected) return rejected;
      const start = performance.now();
      const probs = predictText(model, text);
      const latencyMs = performance.now() - start;
      return {
        status: 'ok',
        emotions: emotionsFromVector(probs),
        covered: [...EMOTIONS],
        features: textFeatures(text),
        notes: [note],
        engine: 'lite',
        model: modelId,
        latencyMs,
      };
    },
    async dispose() {},
  };
}
