// Language gate for English-only text engines: text in another script, or that a language identifier (ELD, the
// `eld` package, "small" database) reads confidently as another language, is refused with the reason in words.
import { BurnoutError } from '../../errors.ts';

/** The identifier's verdict on a text. */
export interface LanguageVerdict {
  /** ISO 639-1 code of the language the text was read as ('en' when it passes; '' when it has no letters). */
  language: string;
  /** Why the text was refused, or null when it may be analysed. */
  refusal: string | null;
}

/** A loaded identifier: ELD's `detect`. */
export interface LanguageIdentifier {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

/** The fewest words a Latin-script text needs before the identifier may refuse it (shorter ones always pass). */
export const MIN_WORDS_TO_REFUSE = 3;
/** How far above English the other language's ELD score must be before a Latin-script text is refused. */
export const REFUSE_MARGIN = 0.2;

const LANGUAGE_NAMES: Record<string, string> = {
  es: 'Spanish', de: 'German', fr: 'French', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', pl: 'Polish', sv: 'Swedish',
  da: 'Danish', no: 'Norwegian', fi: 'Finnish', tr: 'Turkish', ro: 'Romanian', cs: 'Czech', hu: 'Hungarian',
  zh: 'Chinese', ja: 'Japanese', ko: 'Korean', ru: 'Russian', uk: 'Ukrainian', ar: 'Arabic', he: 'Hebrew', hi: 'Hindi',
  el: 'Greek', th: 'Thai', vi: 'Vietnamese', id: 'Indonesian',
};

/** Loads ELD's small database (about 0.7 s and 100+ MB the first time; callers keep the identifier for reuse). */
export async function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  try {
    const { eld } = await import('eld/small');
    return eld;
  } catch (e) {
    throw new BurnoutError('MODEL_LOAD_FAILED', 'the language identifier (eld) could not load', { cause: e, hint: 'run `npm ci`' });
  }
}

/**
 * Checks that a text is English enough for an English-only engine. Text mostly in a non-Latin script is refused
 * outright; a Latin-script text of at least MIN_WORDS_TO_REFUSE words is refused when ELD reads it reliably as another
 * language scoring REFUSE_MARGIN above English. Short or word-less texts pass (other checks weigh them).
 */
export function checkLanguage(id: LanguageIdentifier, text: string): LanguageVerdict {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return { language: '', refusal: null };
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length / letters.length;
  const result = id.detect(text);
  const name = LANGUAGE_NAMES[result.language] ?? 'another language';
  if (latin < 0.5) {
    const lang = result.language && result.language !== 'en' ? result.language : 'und';
    return { language: lang, refusal: `the offline text model reads English only, and this text looks like ${lang === 'und' ? 'another language' : name}` };
  }
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < MIN_WORDS_TO_REFUSE || !result.language || result.language === 'en' || !result.isReliable()) return { language: 'en', refusal: null };
  const scores = result.getScores();
  if ((scores[result.language] ?? 0) - (scores.en ?? 0) < REFUSE_MARGIN) return { language: 'en', refusal: null };
  return { language: result.language, refusal: `the offline text model reads English only, and this text looks like ${name}` };
}
