// Shared text helpers for every text engine: input checks and the interpretable word-rate features (word lists cited in docs/text.md).
import type { FeatureMap, ModalityNotOk } from '../types.ts';

/**
 * First-person singular pronouns (LIWC "i" category; Rude, Gortner & Pennebaker 2004 link their rate to depression),
 * including contractions and the apostrophe-less "im", "ive" (not "id"/"ill": those are ordinary words).
 */
export const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself',
  "i'm", "i've", "i'd", "i'll", 'im', 'ive',
]);

/** Absolutist words: the 19-word dictionary of Al-Mosaiwi & Johnstone (2018), Clinical Psychological Science 6(4). */
export const ABSOLUTIST_WORDS: ReadonlySet<string> = new Set([
  'absolutely', 'all', 'always', 'complete', 'completely', 'constant', 'constantly', 'definitely', 'entire',
  'ever', 'every', 'everyone', 'everything', 'full', 'must', 'never', 'nothing', 'totally', 'whole',
]);

/** Negations (after the LIWC "negate" category): plain words, plus any token ending in n't (see isNegation). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without',
  'dont', 'doesnt', 'didnt', 'cant', 'wont', 'wouldnt', 'couldnt', 'shouldnt', 'isnt', 'arent', 'wasnt',
  'werent', 'havent', 'hasnt', 'hadnt', 'aint', 'mustnt', 'neednt',
]);

const TOKEN_RE = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** Lower-cased word tokens; curly apostrophes become straight so that "don’t" and "don't" match. */
export function tokenize(text: string): string[] {
  const normalised = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  return normalised.match(TOKEN_RE) ?? [];
}

/** True for a negation token: a listed word or any contraction ending in n't ("don't", "can't", "won't"). */
export function isNegation(token: string): boolean {
  return NEGATION_WORDS.has(token) || token.endsWith("n't");
}

/**
 * Rejects input no text engine should analyse: empty or whitespace-only text, or text longer than `maxChars`
 * characters (Unicode code points). Returns null when the text is acceptable.
 */
export function checkText(text: string, maxChars: number): ModalityNotOk | null {
  if (text.trim().length === 0) return { status: 'rejected', reason: 'the text is empty' };
  const chars = [...text].length;
  if (chars > maxChars) {
    return {
      status: 'rejected',
      reason: `the text is too long: ${chars} characters, the limit is ${maxChars} (config text.maxChars)`,
    };
  }
  return null;
}

/**
 * Interpretable text features: tokenCount and, per token (0–1), firstPersonRate, absolutistRate and negationRate.
 * `truncated` is 0 here (the features always cover the whole text); an engine that shortens its model input sets it to 1.
 * Text without any word token gives rates of 0.
 */
export function textFeatures(text: string): FeatureMap {
  const tokens = tokenize(text);
  const n = tokens.length;
  let firstPerson = 0;
  let absolutist = 0;
  let negation = 0;
  for (const t of tokens) {
    if (FIRST_PERSON_WORDS.has(t)) firstPerson += 1;
    if (ABSOLUTIST_WORDS.has(t)) absolutist += 1;
    if (isNegation(t)) negation += 1;
  }
  const rate = (k: number): number => (n === 0 ? 0 : k / n);
  return {
    tokenCount: n,
    firstPersonRate: rate(firstPerson),
    absolutistRate: rate(absolutist),
    negationRate: rate(negation),
    truncated: 0,
  };
}
