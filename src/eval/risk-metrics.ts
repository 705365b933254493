// Metrics of `burnout eval risk`: how the fused risk ranks and forecasts a binary proxy label (ROC AUC, binary ECE,
// Brier score), how levels fall on each side of the label, and the engine's own ranking for comparison.
import type { AssessedLevel, RiskLevel } from '../fusion/types.ts';
import { ASSESSED_LEVELS } from '../fusion/types.ts';
import type { BinaryReliabilityBin } from '../ml/svg-charts.ts';
import { percentile, rocAuc } from './metrics.ts';

/** One assessed, labelled item. */
export interface RiskEvalItem {
  probabilities: Record<RiskLevel, number>;
  level: AssessedLevel;
  /** The proxy label: stressed (Dreaddit) or a negative expression (anger, disgust, fear, sadness). */
  positive: boolean;
  /** The modality engine's own anger+disgust+fear+sadness probability; null when it gives no emotions. */
  engineScore: number | null;
  /** The item is labelled neutral (emotion proxies only). */
  neutral: boolean;
  latencyMs: number;
}

/** Count of each assessed level. */
export type LevelCounts = Record<AssessedLevel, number>;

/** The report `eval risk --json` prints (exactly these keys). */
export interface RiskEvalReport {
  proxy: 'dreaddit' | 'emotion';
  modality: 'text' | 'voice' | 'face';
  n: number;
  positives: number;
  /** ROC AUC of P(moderate) + P(high) against the label. */
  auc: number;
  /** ROC AUC of P(high). */
  aucHigh: number;
  /** 10-bin expected calibration error of P(moderate) + P(high) as a forecast of the label. */
  ece: number;
  /** Mean squared error of P(moderate) + P(high) against the label. */
  brier: number;
  /** ROC AUC of the engine's own negative-emotion probability (null when the engine gives no emotions). */
  engineAuc: number | null;
  levels: { positive: LevelCounts; negative: LevelCounts };
  /** Share of neutral-labelled items assessed High (null for Dreaddit). */
  neutralHighShare: number | null;
  latencyMsP50: number;
}

/** P(moderate) + P(high): the probability that the risk is elevated. */
export function elevated(p: Record<RiskLevel, number>): number {
  return p.moderate + p.high;
}

/**
 * Binary expected calibration error: items binned on the forecast into `bins` equal-width bins; the count-weighted
 * mean |mean forecast − observed rate| over the non-empty bins.
 */
export function binaryEce(forecasts: readonly number[], labels: readonly boolean[], bins = 10): number {
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  const count = new Float64Array(bins);
  forecasts.forEach((p, i) => {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    sumP[b] = (sumP[b] as number) + p;
    sumY[b] = (sumY[b] as number) + (labels[i] ? 1 : 0);
    count[b] = (count[b] as number) + 1;
  });
  let e = 0;
  for (let b = 0; b < bins; b += 1) {
    const c = count[b] as number;
    if (c > 0) e += (c / forecasts.length) * Math.abs((sumP[b] as number) / c - (sumY[b] as number) / c);
  }
  return e;
}

/** Reliability bins of a binary forecast (for the diagram in docs/fusion.md). */
export function binaryReliability(forecasts: readonly number[], labels: readonly boolean[], bins = 10): BinaryReliabilityBin[] {
  return Array.from({ length: bins }, (_, b) => {
    const idx = forecasts.map((p, i) => [p, i] as const).filter(([p]) => Math.min(bins - 1, Math.floor(p * bins)) === b);
    const count = idx.length;
    return {
      lo: b / bins,
      hi: (b + 1) / bins,
      count,
      forecast: count ? idx.reduce((s, [p]) => s + p, 0) / count : NaN,
      observed: count ? idx.filter(([, i]) => labels[i]).length / count : NaN,
    };
  });
}

/** Mean squared difference between forecast and outcome (0/1). */
export function brierScore(forecasts: readonly number[], labels: readonly boolean[]): number {
  return forecasts.reduce((s, p, i) => s + (p - (labels[i] ? 1 : 0)) ** 2, 0) / Math.max(1, forecasts.length);
}

const emptyCounts = (): LevelCounts => Object.fromEntries(ASSESSED_LEVELS.map((l) => [l, 0])) as LevelCounts;

/** Builds the report from assessed items (an `unclear` item keeps its probabilities for AUC, ECE and Brier). */
export function riskReport(proxy: RiskEvalReport['proxy'], modality: RiskEvalReport['modality'], items: readonly RiskEvalItem[]): RiskEvalReport {
  const labels = items.map((x) => x.positive);
  const forecasts = items.map((x) => elevated(x.probabilities));
  const levels = { positive: emptyCounts(), negative: emptyCounts() };
  for (const x of items) levels[x.positive ? 'positive' : 'negative'][x.level] += 1;
  const withEngine = items.filter((x) => x.engineScore !== null);
  const neutral = items.filter((x) => x.neutral);
  return {
    proxy,
    modality,
    n: items.length,
    positives: labels.filter(Boolean).length,
    auc: rocAuc(forecasts, labels),
    aucHigh: rocAuc(items.map((x) => x.probabilities.high), labels),
    ece: binaryEce(forecasts, labels),
    brier: brierScore(forecasts, labels),
    engineAuc: withEngine.length === items.length && items.length > 0 ? rocAuc(withEngine.map((x) => x.engineScore as number), withEngine.map((x) => x.positive)) : null,
    levels,
    neutralHighShare: proxy === 'dreaddit' || neutral.length === 0 ? null : neutral.filter((x) => x.level === 'high').length / neutral.length,
    latencyMsP50: percentile(items.map((x) => x.latencyMs), 50),
  };
}
