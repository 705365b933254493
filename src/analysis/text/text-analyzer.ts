// The text modality analyzer: refuses text an English-only engine cannot read, runs the first emotion engine that
// loads, and adds the stress-language probability (model trained on Dreaddit) and the word count to its features.
import { resolvePath } from '../../config/load.ts';
import type { Config } from '../../config/schema.ts';
import { toBurnoutError } from '../../errors.ts';
import { loadFirstEngine, type EngineChoice } from '../engine-registry.ts';
import type { Engine, ModalityOk, ModalityResult } from '../types.ts';
import { checkText } from './common.ts';
import { checkLanguage, loadLanguageIdentifier, type LanguageIdentifier } from './language-gate.ts';
import { textEngines } from './registry.ts';
import { countWords, FEW_WORDS } from './words.ts';
import { stressModelId } from './stress/stress-format.ts';
import { loadStressModel } from './stress/stress-loader.ts';
import { stressProbability, type StressModel } from './stress/stress-model.ts';


/**
 * Loads the text analyzer: the first emotion engine of config.text.engines, the stress model and the language
 * identifier. Without an emotion engine or the stress model there is no analyzer and the statuses say why.
 */
export async function loadTextAnalyzer(config: Readonly<Config>): Promise<EngineChoice<string>> {
  const choice = await loadFirstEngine(textEngines, config.text.engines, config);
  if (!choice.engine) return choice;
  try {
    const { model, metadata } = loadStressModel(resolvePath(config.text.stressModelDir), config.text.stressModelDir);
    const language = config.text.englishOnly ? await loadLanguageIdentifier() : null;
    const engine = createTextAnalyzer(config, choice.engine, { model, id: stressModelId(metadata) }, language);
    return { engine, statuses: [...choice.statuses, { name: 'stress', ok: true, model: stressModelId(metadata) }] };
  } catch (e) {
    await choice.engine.dispose();
    const err = toBurnoutError(e);
    return { engine: null, statuses: [...choice.statuses, { name: 'stress', ok: false, reason: err.message, hint: err.hint }] };
  }
}

/**
 * Adds the stress-language probability, the word count, a note for a near-empty text and a sentence for the user to
 * an emotion engine's result (the analyzer and the fusion's training texts share this, so both look the same).
 */
export function withStressEvidence(read: ModalityOk, text: string, probability: number, stressId: string): ModalityOk {
  const words = countWords(text);
  const notes = [...(read.notes ?? [])];
  if (words < FEW_WORDS) notes.unshift(`the journal text has almost no words (${words}), so it carries little weight`);
  return {
    ...read,
    features: { ...read.features, wordCount: words, stressProbability: Number(probability.toFixed(4)) },
    explanation: [...(read.explanation ?? []), `Stress language: ${Math.round(probability * 100)} % (a model trained on Reddit posts labelled for stress; it reads wording, not your situation).`],
    notes,
    model: `${read.model}+${stressId}`,
  };
}

/** Wraps an emotion engine with the language gate and the stress model. */
export function createTextAnalyzer(
  config: Readonly<Config>,
  emotion: Engine<string>,
  stress: { model: StressModel; id: string },
  language: LanguageIdentifier | null,
): Engine<string> {
  return {
    name: emotion.name,
    model: `${emotion.model}+${stress.id}`,
    async analyze(text: string): Promise<ModalityResult> {
      const rejected = checkText(text, config.text.maxChars);
      if (rejected) return rejected;
      const started = performance.now();
      if (language) {
        const verdict = checkLanguage(language, text);
        if (verdict.refusal) return { status: 'rejected', reason: verdict.refusal };
      }
      const read = await emotion.analyze(text);
      if (read.status !== 'ok') return read;
      return { ...withStressEvidence(read, text, stressProbability(stress.model, text), stress.id), latencyMs: performance.now() - started };
    },
    async dispose() {
      await emotion.dispose();
    },
  };
}
