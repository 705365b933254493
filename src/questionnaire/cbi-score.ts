// Scores a Copenhagen Burnout Inventory per its manual: each answer 100 / 75 / 50 / 25 / 0 (the reverse item
// 100 − that), a scale's score the mean of its answered items, not scored below the missing-item limit; and the bands
// used in the literature (below 50 low, 50–74 moderate, 75 and above high; docs/questionnaire.md).
import { BurnoutError } from '../errors.ts';
import { CBI_CORE_ITEMS, CBI_ITEMS, CBI_MIN_ANSWERED, CBI_SCALES, type CbiScale } from './cbi-items.ts';

/** An answer coded 0–4 (4 = "Always" / "To a very high degree"), or null for a skipped item. */
export type CbiAnswer = 0 | 1 | 2 | 3 | 4 | null;

/** A scale's band. */
export const CBI_BANDS = ['low', 'moderate', 'high'] as const;
export type CbiBand = (typeof CBI_BANDS)[number];

/** Scale scores (0–100, null when not scored or not given), their bands and how many items were answered. */
export interface CbiScores {
  personal: number | null;
  work: number | null;
  client: number | null;
  bands: Record<CbiScale, CbiBand | null>;
  answered: Record<CbiScale, number>;
  /** Whether the client-related items were given at all (19 answers rather than 13). */
  clientGiven: boolean;
}

/** Lower bounds of the moderate and high bands (Borritz & Kristensen 2004; Creedy et al. 2017). */
export const BAND_FROM = { moderate: 50, high: 75 } as const;

/** The band of a scale score. */
export function cbiBand(score: number): CbiBand {
  return score >= BAND_FROM.high ? 'high' : score >= BAND_FROM.moderate ? 'moderate' : 'low';
}

/** Points of one answer to item `number` (1–19): 25 × code, reversed for the reverse-scored item. */
export function itemPoints(number: number, code: number): number {
  const item = CBI_ITEMS[number - 1];
  if (!item) throw new BurnoutError('INPUT_INVALID', `there is no CBI item ${number}`);
  return item.reversed ? 100 - 25 * code : 25 * code;
}

/**
 * Checks an answer list: 13 answers (personal and work-related) or 19 (with client-related), each a whole number 0–4
 * or null. Throws INPUT_INVALID naming the item.
 */
export function validateAnswers(answers: readonly unknown[]): CbiAnswer[] {
  if (answers.length !== CBI_CORE_ITEMS && answers.length !== CBI_ITEMS.length) {
    throw new BurnoutError('INPUT_INVALID', `give ${CBI_CORE_ITEMS} answers (personal and work-related burnout) or ${CBI_ITEMS.length} (with client-related burnout), got ${answers.length}`);
  }
  return answers.map((a, i) => {
    if (a === null) return null;
    if (typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 4) {
      throw new BurnoutError('INPUT_INVALID', `answer ${i + 1} must be a whole number from 0 to 4 or empty (skipped), got ${JSON.stringify(a)}`);
    }
    return a as CbiAnswer;
  });
}

/** Scores an answer list (see validateAnswers). */
export function scoreCbi(raw: readonly unknown[]): CbiScores {
  const answers = validateAnswers(raw);
  const clientGiven = answers.length === CBI_ITEMS.length;
  const scores = {} as Record<CbiScale, number | null>;
  const bands = {} as Record<CbiScale, CbiBand | null>;
  const answered = {} as Record<CbiScale, number>;
  for (const scale of CBI_SCALES) {
    const points = CBI_ITEMS.flatMap((item, i) => (item.scale === scale && answers[i] !== undefined && answers[i] !== null ? [itemPoints(item.number, answers[i] as number)] : []));
    answered[scale] = points.length;
    const scored = (scale !== 'client' || clientGiven) && points.length >= CBI_MIN_ANSWERED[scale];
    scores[scale] = scored ? points.reduce((a, b) => a + b, 0) / points.length : null;
    bands[scale] = scores[scale] === null ? null : cbiBand(scores[scale] as number);
  }
  return { personal: scores.personal, work: scores.work, client: scores.client, bands, answered, clientGiven };
}

/** Parses "4,3,-,2,…" (the CLI's --answers): each 0–4, "-" or empty for a skipped item. INPUT_INVALID naming the item. */
export function parseAnswerList(text: string): CbiAnswer[] {
  const parts = text.split(',').map((s) => s.trim());
  const values = parts.map((p, i) => {
    if (p === '-' || p === '') return null;
    if (!/^[0-4]$/.test(p)) throw new BurnoutError('INPUT_INVALID', `answer ${i + 1} must be 0–4 or "-" (skipped), got "${p}"`);
    return Number(p);
  });
  return validateAnswers(values);
}
