// Which inputs of a check-in carry real evidence: a journal text with a few words, a voice with an emotion estimate,
// a face, a self-report. A near-empty text and an acoustic-only voice are weak inputs: alone they cannot give a level.
import type { ModalityResult } from '../analysis/types.ts';
import { FEW_WORDS } from '../analysis/text/words.ts';
import type { FusionInput } from './types.ts';

/** Why each weak input is weak, as a short phrase ("acoustic features only, no emotion estimate"). */
export type WeakInputs = Partial<Record<FusionInput, string>>;

/** How the weak inputs are named in sentences. */
export const WEAK_NOUNS: Partial<Record<FusionInput, string>> = { text: 'the journal text', voice: 'the voice recording' };

/** "the journal text: only 1 word; the voice recording: acoustic features only, no emotion estimate". */
export function describeWeak(weak: WeakInputs): string {
  return Object.entries(weak).map(([i, why]) => `${WEAK_NOUNS[i as FusionInput] ?? i}: ${why}`).join('; ');
}

/** Words of a text result (the analyzer's wordCount, else its token count). */
function wordsOf(r: ModalityResult): number {
  if (r.status !== 'ok') return 0;
  const w = r.features.wordCount ?? r.features.tokenCount;
  return typeof w === 'number' ? w : 0;
}

/** The used inputs that are weak, with the reason (inputs that are not used are not listed). */
export function weakInputs(results: Record<'text' | 'voice' | 'face', ModalityResult>, used: readonly FusionInput[]): WeakInputs {
  const out: WeakInputs = {};
  const words = wordsOf(results.text);
  if (used.includes('text') && words < FEW_WORDS) out.text = words === 0 ? 'no words' : `only ${words} word${words === 1 ? '' : 's'}`;
  const voice = results.voice;
  if (used.includes('voice') && voice.status === 'ok' && !voice.emotions) out.voice = 'acoustic features only, no emotion estimate';
  return out;
}

/** True when every used input is weak (then no level is given: the result is `unclear`). */
export function onlyWeakInputs(used: readonly FusionInput[], weak: WeakInputs): boolean {
  return used.length > 0 && used.every((i) => weak[i] !== undefined);
}
