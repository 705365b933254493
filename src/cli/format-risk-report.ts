// Plain-text rendering of an `eval risk` report: the figures, the level shares on each side of the label, and what a
// proxy is (stress and acted emotion are not burnout).
import { ASSESSED_LEVELS } from '../fusion/types.ts';
import type { RiskEvalReport } from '../eval/risk-metrics.ts';
import type { BinaryReliabilityBin } from '../ml/svg-charts.ts';
import { formatNumber, formatTable } from './output.ts';

const PROXY_WORDS: Record<RiskEvalReport['proxy'], [string, string]> = {
  dreaddit: ['stressed posts', 'calm posts'],
  emotion: ['negative expressions (anger, disgust, fear, sadness)', 'other expressions (joy, neutral, surprise)'],
};

const f = (v: number | null): string => (v === null ? 'n/a' : formatNumber(v));

/** The readable report; `skipped` lists inputs the pipeline refused, `folds` says how the text models were scored. */
export function formatRiskReport(r: RiskEvalReport, skipped: readonly string[], folds?: number, bins: readonly BinaryReliabilityBin[] = []): string {
  const [pos, neg] = PROXY_WORDS[r.proxy];
  const share = (counts: Record<string, number>, level: string): string => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return total ? `${Math.round(((counts[level] ?? 0) / total) * 100)} %` : '–';
  };
  const lines = [
    `Risk on the ${r.proxy} proxy, ${r.modality} only: n ${r.n} (${r.positives} ${pos})${folds ? `, Dreaddit-trained models scored out of fold (${folds} folds)` : ''}`,
    `ROC AUC of P(moderate)+P(high) ${f(r.auc)}, of P(high) ${f(r.aucHigh)}; the engine's own negative-emotion score ${f(r.engineAuc)}`,
    `As a forecast of the label: ECE ${f(r.ece)} (10 bins), Brier ${f(r.brier)}`,
    ...(r.neutralHighShare !== null ? [`Neutral items assessed High: ${Math.round(r.neutralHighShare * 100)} %`] : []),
    `Latency p50 ${f(r.latencyMsP50)} ms per assessment`,
    '',
    formatTable(['level', pos.split(' (')[0] as string, neg.split(' (')[0] as string], ASSESSED_LEVELS.map((l) => [l, share(r.levels.positive, l), share(r.levels.negative, l)])),
    ...(bins.length ? ['', 'Reliability of P(moderate)+P(high):', formatTable(['bin', 'n', 'mean forecast', 'observed'], bins.filter((b) => b.count).map((b) => [`${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`, b.count, b.forecast, b.observed]))] : []),
    '',
    'Stress in Reddit posts and acted or posed emotions are proxies, not burnout: these figures say how well the risk',
    'follows real signals, not how well it detects burnout.',
  ];
  if (skipped.length) lines.push('', `${skipped.length} item(s) could not be assessed, e.g. ${skipped.slice(0, 3).join('; ')}`);
  return lines.join('\n');
}
