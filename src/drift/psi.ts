// The population stability index (PSI) between a reference and a current distribution over the same categories.
// Thresholds as in credit-scoring practice (Siddiqi 2006, "Credit Risk Scorecards", Wiley, ch. 8; Yurdakul 2018):
// below 0.1 no meaningful change, 0.1–0.25 some change, above 0.25 a significant shift.

/** PSI above which the distributions count as significantly different. */
export const PSI_SHIFT = 0.25;
/** PSI below which there is no meaningful change. */
export const PSI_STABLE = 0.1;

/**
 * PSI = Σ (a_i − e_i) · ln(a_i / e_i) over categories, with e the reference and a the current proportions.
 * Both lists must have the same length and each sum to 1; every proportion must be > 0 (see proportions()).
 */
export function psi(expected: readonly number[], actual: readonly number[]): number {
  if (expected.length !== actual.length) throw new Error('PSI needs the same categories on both sides');
  return expected.reduce((sum, e, i) => {
    const a = actual[i] as number;
    if (!(e > 0) || !(a > 0)) throw new Error('PSI needs proportions above 0 (smooth the counts first)');
    return sum + (a - e) * Math.log(a / e);
  }, 0);
}

/**
 * Proportions from counts with additive smoothing (`smoothing` added to every category, 0.5 by default), so that a
 * category absent on one side gives a large but finite PSI instead of infinity.
 */
export function proportions(counts: readonly number[], smoothing = 0.5): number[] {
  const total = counts.reduce((s, c) => s + c + smoothing, 0);
  return counts.map((c) => (c + smoothing) / total);
}

/** PSI between two count vectors over the same categories (smoothed, see proportions()). */
export function psiOfCounts(reference: readonly number[], current: readonly number[], smoothing = 0.5): number {
  return psi(proportions(reference, smoothing), proportions(current, smoothing));
}
