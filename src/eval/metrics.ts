// Classification and ranking metrics shared by every `burnout eval`: accuracy, F1, confusion matrix, ROC AUC, percentiles.

/** Accuracy, macro-F1, per-class F1 and the confusion matrix (rows = truth, columns = prediction). */
export interface ClassificationReport<L extends string> {
  n: number;
  accuracy: number;
  macroF1: number;
  perClassF1: Record<L, number>;
  confusion: Record<L, Record<L, number>>;
}

/** Scores paired true/predicted labels over a fixed label set. Macro-F1 averages over labels that occur in truth or prediction. */
export function classificationReport<L extends string>(
  labels: readonly L[],
  truth: readonly L[],
  predicted: readonly L[],
): ClassificationReport<L> {
  if (truth.length !== predicted.length) throw new Error('truth and predictions differ in length');
  const confusion = Object.fromEntries(labels.map((t) => [t, Object.fromEntries(labels.map((p) => [p, 0]))])) as Record<L, Record<L, number>>;
  let correct = 0;
  truth.forEach((t, i) => {
    const p = predicted[i] as L;
    confusion[t][p] += 1;
    if (t === p) correct += 1;
  });
  const perClassF1 = {} as Record<L, number>;
  const used: number[] = [];
  for (const l of labels) {
    const tp = confusion[l][l];
    const fp = labels.reduce((s, t) => s + (t === l ? 0 : confusion[t][l]), 0);
    const fn = labels.reduce((s, p) => s + (p === l ? 0 : confusion[l][p]), 0);
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    perClassF1[l] = f1;
    if (tp + fp + fn > 0) used.push(f1);
  }
  const macroF1 = used.length ? used.reduce((a, b) => a + b, 0) / used.length : 0;
  return { n: truth.length, accuracy: truth.length ? correct / truth.length : 0, macroF1, perClassF1, confusion };
}

/** The q-th percentile (0–100) by linear interpolation; NaN for an empty list. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = ((s.length - 1) * q) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

/** The median. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** ROC AUC of scores for binary labels (ties count half): the probability a positive outscores a negative. */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  let pos = 0;
  let neg = 0;
  let wins = 0;
  scores.forEach((s, i) => {
    if (!positive[i]) return;
    pos += 1;
    scores.forEach((o, j) => {
      if (positive[j]) return;
      if (s > o) wins += 1;
      else if (s === o) wins += 0.5;
    });
  });
  scores.forEach((_, j) => { if (!positive[j]) neg += 1; });
  return pos && neg ? wins / (pos * neg) : NaN;
}
