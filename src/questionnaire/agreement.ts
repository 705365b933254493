// Agreement between the model and the questionnaire over time: Spearman's ρ between each questionnaire's score and the
// model's daily risk nearest in time, with n, in plain words ("your check-ins and your questionnaire agree"). Nothing
// below the minimum number of pairs (config questionnaire.agreementMin).
import { spearman } from '../insights/associations.ts';
import type { CbiPair } from './pairing.ts';

/** How the two go together, in one word. */
export type AgreementWord = 'agree' | 'partly agree' | 'do not clearly agree' | 'disagree';

/** The agreement shown with enough pairs. */
export interface Agreement {
  /** Questionnaires paired with a day's risk. */
  n: number;
  /** Spearman's ρ (null when either side never varied). */
  rho: number | null;
  word: AgreementWord | null;
  sentence: string;
}

/** Fewer pairs than this and the sentence says that the figure can be chance. */
const FEW_PAIRS = 10;

/** The word for a ρ: ≥ 0.5 agree, ≥ 0.3 partly agree, > −0.3 do not clearly agree, else disagree. */
export function agreementWord(rho: number): AgreementWord {
  return rho >= 0.5 ? 'agree' : rho >= 0.3 ? 'partly agree' : rho > -0.3 ? 'do not clearly agree' : 'disagree';
}

/** The agreement of the pairs, or null below `min` pairs (then nothing is shown). */
export function agreementOf(pairs: readonly CbiPair[], min: number, scaleName: string): Agreement | null {
  const n = pairs.length;
  if (n < min) return null;
  const rho = spearman(pairs.map((p) => p.score), pairs.map((p) => p.risk));
  const figures = `ρ = ${rho === null ? '–' : rho.toFixed(2)}, n = ${n} questionnaires`;
  if (rho === null) {
    return { n, rho, word: null, sentence: `Your ${scaleName.toLowerCase()} score or the model's risk did not change over these ${n} questionnaires, so there is nothing to compare (${figures}).` };
  }
  const word = agreementWord(rho);
  const how = word === 'disagree'
    ? 'when your questionnaire score was higher, the model\'s risk on the nearest day tended to be lower'
    : word === 'do not clearly agree'
      ? 'the model\'s risk on the nearest day did not clearly rise or fall with your questionnaire score'
      : 'when your questionnaire score was higher, the model\'s risk on the nearest day tended to be higher too';
  const chance = n < FEW_PAIRS ? ` With only ${n} questionnaires this can still be chance.` : '';
  return { n, rho, word, sentence: `Your check-ins and your questionnaire ${word}: ${how} (${figures}).${chance}` };
}
