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

/** ROC AUC of scores for binary labels (ties count half): the probability a positive outscores a negative (rank-based, O(n log n)). */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]) j += 1;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) {
      if (positive[(order[k] as readonly [number, number])[1]]) { pos += 1; rankSum += midRank; }
    }
    i = j + 1;
  }
  const neg = scores.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}
