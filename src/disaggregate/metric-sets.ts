// The metric sets the eval commands disaggregate: classification (text, face, a deep voice engine), ranking of a
// binary label (voice arousal), and risk forecasts (eval risk). Each takes a list of items and returns named figures.
import { EMOTIONS, type Emotion } from '../emotions.ts';
import { classificationReport, rocAuc } from '../eval/metrics.ts';
import { binaryEce, brierScore, elevated, type RiskEvalItem } from '../eval/risk-metrics.ts';

/** A scored classification: the (resolved) truth and the prediction. */
export interface ClassifiedItem {
  truth: Emotion;
  predicted: Emotion;
}

/** Accuracy and macro-F1 over the canonical emotions. */
export function classificationMetrics(items: readonly ClassifiedItem[]): Record<'accuracy' | 'macroF1', number | null> {
  if (items.length === 0) return { accuracy: null, macroF1: null };
  const r = classificationReport(EMOTIONS, items.map((x) => x.truth), items.map((x) => x.predicted));
  return { accuracy: r.accuracy, macroF1: r.macroF1 };
}

/** A score for a binary task; `positive` null when the item is outside the task. */
export interface RankedItem {
  score: number;
  positive: boolean | null;
}

/** ROC AUC of the score over the items in the task (null without both classes), named `name`. */
export function rankingMetrics<N extends string>(name: N): (items: readonly RankedItem[]) => Record<N, number | null> {
  return (items) => {
    const inTask = items.filter((x) => x.positive !== null);
    const auc = rocAuc(inTask.map((x) => x.score), inTask.map((x) => x.positive as boolean));
    return { [name]: Number.isFinite(auc) ? auc : null } as Record<N, number | null>;
  };
}

/** AUC of P(moderate)+P(high) against the proxy label, binary ECE and Brier score; the share of positives beside them. */
export function riskMetrics(items: readonly RiskEvalItem[]): Record<'auc' | 'ece' | 'brier' | 'positiveRate', number | null> {
  if (items.length === 0) return { auc: null, ece: null, brier: null, positiveRate: null };
  const labels = items.map((x) => x.positive);
  const forecasts = items.map((x) => elevated(x.probabilities));
  const auc = rocAuc(forecasts, labels);
  return {
    auc: Number.isFinite(auc) ? auc : null,
    ece: binaryEce(forecasts, labels),
    brier: brierScore(forecasts, labels),
    positiveRate: labels.filter(Boolean).length / labels.length,
  };
}

/** Metrics where a lower value is better (for the best/worst gap). */
export const LOWER_IS_BETTER = ['ece', 'brier'] as const;

/** Figures that describe a group rather than score the model (left out of the gap). */
export const DESCRIPTIVE = ['positiveRate'] as const;
