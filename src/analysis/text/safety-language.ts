// Safety language in a journal entry: phrases of suicidal thinking or self-harm (adapted from the suicide-related
// search terms of O'Dea et al. 2015, docs/text.md), with NegEx-style negation (Chapman et al. 2001) so that
// "I would never hurt myself" is not a hit while "I don't know if I want to live" still is.
import { tokenize } from './common.ts';

/** The phrases, as token sequences after tokenize() (lower case, straight apostrophes). */
export const SAFETY_PHRASES: readonly string[] = [
  'suicide', 'suicidal', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'end it all',
  'take my own life', 'take my life', 'want to die', 'wanna die', 'wish i was dead', 'wish i were dead', 'want to be dead',
  'rather be dead', 'better off dead', 'better off without me', 'not worth living', 'tired of living', 'no reason to live',
  "don't want to live", 'dont want to live', "don't want to be here", 'dont want to be here', 'never wake up',
  'sleep forever', 'go to sleep forever', "can't go on", 'cant go on', 'ready to jump', 'hurt myself', 'hurting myself',
  'harm myself', 'harming myself', 'self harm', 'selfharm', 'cut myself', 'cutting myself', 'overdose',
];

/** Phrases that are safety language when negated or doubted ("I don't want to live", "not sure I want to live"). */
export const NEGATED_SAFETY_PHRASES: readonly string[] = ['want to live', 'want to be alive', 'want to wake up', 'see a future'];

/** Negation cues looked for before a phrase (NegEx's pre-negation triggers, shortened). */
const NEGATION_CUES = new Set(['not', 'never', 'no', "don't", 'dont', "won't", 'wont', "wouldn't", 'wouldnt', "didn't", 'didnt', "am't", "ain't", "isn't", "can't", 'cant', 'cannot', "shouldn't", "couldn't", 'nor']);
/** Words that end a negation's scope or make the statement uncertain, so the phrase stays a hit. */
const SCOPE_BREAKERS = new Set(['but', 'though', 'although', 'yet', 'except', 'however', 'if', 'whether', 'know', 'sure', 'think', 'why', 'anymore', 'because', 'sometimes']);
/** How many tokens before a phrase a negation cue may stand. */
const NEGATION_WINDOW = 4;

/** How many tokens before a negated-safety phrase a negation or doubt may stand. */
const DOUBT_WINDOW = 6;

const PHRASES = SAFETY_PHRASES.map((p) => tokenize(p));
const INVERTED = NEGATED_SAFETY_PHRASES.map((p) => tokenize(p));

/** One match of a safety phrase. */
export interface SafetyMatch {
  phrase: string;
  negated: boolean;
}

/** Every safety phrase in the text with whether a negation governs it (sentences are checked separately). */
export function findSafetyPhrases(text: string): SafetyMatch[] {
  const out: SafetyMatch[] = [];
  for (const sentence of text.split(/[.!?;\n]+/)) {
    const tokens = tokenize(sentence.replace(/-/g, ' '));
    for (let i = 0; i < tokens.length; i += 1) {
      for (const phrase of PHRASES) {
        if (!phrase.every((t, k) => tokens[i + k] === t)) continue;
        out.push({ phrase: phrase.join(' '), negated: isNegated(tokens, i) });
      }
      for (const phrase of INVERTED) {
        if (!phrase.every((t, k) => tokens[i + k] === t)) continue;
        // "I want to live" is no hit; under a negation or a doubt it is one, so report it as a non-negated match.
        if (isDoubted(tokens, i)) out.push({ phrase: `not ${phrase.join(' ')}`, negated: false });
      }
    }
  }
  return out;
}

function isNegated(tokens: readonly string[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - NEGATION_WINDOW); j -= 1) {
    const t = tokens[j] as string;
    if (SCOPE_BREAKERS.has(t)) return false;
    if (NEGATION_CUES.has(t)) return true;
  }
  return false;
}

/** A negation cue within DOUBT_WINDOW tokens before, not cut off by "but" (doubts like "not sure if" count). */
function isDoubted(tokens: readonly string[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - DOUBT_WINDOW); j -= 1) {
    const t = tokens[j] as string;
    if (t === 'but' || t === 'though' || t === 'although') return false;
    if (NEGATION_CUES.has(t)) return true;
  }
  return false;
}

/** True when the text holds at least one safety phrase that no negation governs. */
export function hasSafetyLanguage(text: string): boolean {
  return findSafetyPhrases(text).some((m) => !m.negated);
}
