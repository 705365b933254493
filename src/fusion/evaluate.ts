// Validation of a trained fusion net with MC dropout: accuracy, NLL and ECE before (T = 1) and after calibration
// (fitted or default temperature), reliability bins, accuracy per combination of present modalities.
import { classificationReport, percentile } from '../eval/metrics.ts';
import { argmax, ece, fitTemperature, mcSummary, nll, reliabilityBins, scaleUncertainty, type ReliabilityBin } from '../ml/calibration.ts';
import type { EncodedCheckIn } from './features.ts';
import { runMc } from './infer.ts';
import type { FusionForwardPass } from './forward-pass.ts';
import { FUSION_INPUTS, RISK_LEVELS, type FusionInput, type RiskLevel } from './types.ts';

/** Settings of a validation run. */
export interface EvaluateOptions {
  mcPasses: number;
  /** Fit the temperature on this split (minimise NLL) instead of using `defaultTemperature`. */
  fitTemperature: boolean;
  defaultTemperature: number;
  reliableMinConfidence: number;
  reliableMaxUncertainty: number;
  /** Dropout seed of the MC passes. */
  seed: number;
}

/** Validation figures stored in metadata.json. */
export interface ValidationReport {
  n: number;
  mcPasses: number;
  temperature: { value: number; fitted: boolean };
  accuracy: number;
  macroF1: number;
  nll: { before: number; after: number };
  ece: { before: number; after: number };
  /** Share of estimates that are reliable, and their accuracy. */
  reliable: { share: number; accuracy: number };
  /** Mutual information (÷ ln 3) over the split; p99 is the model's uncertainty reference. */
  mutualInformation: { mean: number; p95: number; p99: number; max: number };
  /** Distribution of the reported uncertainty (scaleUncertainty with that reference). */
  uncertainty: { mean: number; p95: number; max: number };
  /** Accuracy and mean attention weights per combination of present inputs, e.g. "text+voice". */
  byCombination: Record<string, { n: number; accuracy: number; meanWeights: Partial<Record<FusionInput, number>> }>;
  reliability: { before: ReliabilityBin[]; after: ReliabilityBin[] };
}

/** Name of the combination of present inputs of an encoded check-in, e.g. "text+selfReport". */
export function combinationName(row: EncodedCheckIn): string {
  return FUSION_INPUTS.filter((_, i) => (row.mask[i] as number) > 0).join('+');
}

const round = (v: number, digits = 4): number => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);
const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);

/** Runs MC dropout over the validation split and reports the calibration before and after temperature scaling. */
export async function evaluateFusion(pass: FusionForwardPass, rows: EncodedCheckIn[], labels: number[], options: EvaluateOptions): Promise<ValidationReport> {
  const mc = await runMc(pass, rows, { passes: options.mcPasses, dropout: true, seed: options.seed });
  const logits = mc.map((o) => o.logits);
  const temperature = options.fitTemperature ? fitTemperature(logits, labels) : options.defaultTemperature;
  const before = logits.map((l) => mcSummary(l, 1).probabilities);
  const summaries = logits.map((l) => mcSummary(l, temperature));
  const after = summaries.map((s) => s.probabilities);
  const predicted = after.map((p) => argmax(p));
  const report = classificationReport<RiskLevel>(RISK_LEVELS, labels.map((y) => RISK_LEVELS[y] as RiskLevel), predicted.map((y) => RISK_LEVELS[y] as RiskLevel));
  const mi = summaries.map((x) => x.mutualInformation);
  const reference = percentile(mi, 99);
  const uncertainty = mi.map((v) => scaleUncertainty(v, reference));
  const reliable = summaries.map((s, i) => Math.max(...s.probabilities) > options.reliableMinConfidence && (uncertainty[i] as number) < options.reliableMaxUncertainty);
  const reliableIdx = reliable.flatMap((r, i) => (r ? [i] : []));
  const byCombination: ValidationReport['byCombination'] = {};
  rows.forEach((row, i) => {
    const c = (byCombination[combinationName(row)] ??= { n: 0, accuracy: 0, meanWeights: {} });
    c.n += 1;
    c.accuracy += predicted[i] === labels[i] ? 1 : 0;
    FUSION_INPUTS.forEach((m, k) => {
      if ((row.mask[k] as number) > 0) c.meanWeights[m] = (c.meanWeights[m] ?? 0) + ((mc[i] as { weights: number[] }).weights[k] as number);
    });
  });
  for (const c of Object.values(byCombination)) {
    c.accuracy = round(c.accuracy / c.n);
    for (const m of Object.keys(c.meanWeights) as FusionInput[]) c.meanWeights[m] = round((c.meanWeights[m] as number) / c.n, 3);
  }
  const roundBins = (bins: ReliabilityBin[]): ReliabilityBin[] => bins.map((b) => ({ ...b, confidence: round(b.confidence), accuracy: round(b.accuracy) }));
  return {
    n: labels.length,
    mcPasses: options.mcPasses,
    temperature: { value: round(temperature), fitted: options.fitTemperature },
    accuracy: round(report.accuracy),
    macroF1: round(report.macroF1),
    nll: { before: round(nll(before, labels)), after: round(nll(after, labels)) },
    ece: { before: round(ece(before, labels)), after: round(ece(after, labels)) },
    reliable: {
      share: round(reliableIdx.length / labels.length),
      accuracy: round(reliableIdx.filter((i) => predicted[i] === labels[i]).length / Math.max(1, reliableIdx.length)),
    },
    mutualInformation: { mean: round(mean(mi), 6), p95: round(percentile(mi, 95), 6), p99: round(reference, 6), max: round(Math.max(...mi), 6) },
    uncertainty: {
      mean: round(mean(uncertainty)),
      p95: round(percentile(uncertainty, 95)),
      max: round(Math.max(...uncertainty)),
    },
    byCombination: Object.fromEntries(Object.entries(byCombination).sort(([a], [b]) => a.localeCompare(b))),
    reliability: { before: roundBins(reliabilityBins(before, labels)), after: roundBins(reliabilityBins(after, labels)) },
  };
}
