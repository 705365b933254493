// The multi-label scoring rule for single-label predictions (GoEmotions rows may carry several emotions).

/** The rule in words, printed by `burnout eval text` and stored in model metadata. */
export const MULTI_LABEL_SCORING_RULE =
  'rows with several true labels count as correct when the prediction is any of them ' +
  '(the true label is then the prediction, otherwise the first listed label)';

/**
 * The single true label a prediction is scored against: the prediction itself when it is one of the row's labels,
 * otherwise the first listed label. Throws on a row without labels (a reader bug, not user input).
 */
export function resolveTruth<L>(labels: readonly L[], predicted: L): L {
  if (labels.length === 0) throw new Error('a labelled row has no labels');
  return labels.includes(predicted) ? predicted : (labels[0] as L);
}

/** Resolves every row's truth against its prediction (see resolveTruth). */
export function resolveTruths<L>(labels: ReadonlyArray<readonly L[]>, predicted: readonly L[]): L[] {
  return labels.map((l, i) => resolveTruth(l, predicted[i] as L));
}
