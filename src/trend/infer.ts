// Trend inference: check-ins → one step per local day (features.ts) → GRU (trend-runner.ts, plain TypeScript) →
// temperature-scaled direction and confidence.
import { argmax, mcProbabilities } from '../ml/calibration.ts';
import { buildFeatureSequence } from './features.ts';
import type { TrendModel } from './load.ts';
import { trendLogits } from './trend-runner.ts';
import { TREND_DIRECTIONS, type StepImputed, type Trend, type TrendCheckIn, type TrendDirection } from './types.ts';

/** What a trend needs besides the history: the fewest days, the window and the time zone of the local days. */
export interface TrendSettings {
  /** Fewest distinct days with a clear check-in (config trend.minDays). */
  minDays: number;
  /** Days looked back over, ending on the latest check-in's day (config trend.windowDays). */
  windowDays: number;
  /** IANA time zone of the profile's local days. */
  timeZone: string;
}

/** What computeTrend returns: the Trend, the feature rows it read (oldest first), their days and what was imputed. */
export interface TrendOutcome {
  trend: Trend;
  features: number[][];
  imputed: StepImputed[];
  /** The local day (YYYY-MM-DD) of each feature row. */
  days: string[];
  /** Calibrated probability per direction (null for insufficient history). */
  probabilities: Record<TrendDirection, number> | null;
}

/**
 * Computes the trend of a person's history (any order) as of its latest check-in: one step per local day within the
 * window. Fewer than `minDays` steps give `insufficient_history` with a null confidence: no guess is made.
 */
export function computeTrend(model: TrendModel, history: readonly TrendCheckIn[], settings: TrendSettings): TrendOutcome {
  const seq = buildFeatureSequence(history, settings);
  const steps = seq.features.length;
  const base = { features: seq.features, imputed: seq.imputed, days: seq.days };
  if (steps < settings.minDays) {
    return { ...base, trend: { direction: 'insufficient_history', confidence: null, steps }, probabilities: null };
  }
  const logits = trendLogits(model.runner, seq.features);
  const probs = mcProbabilities({ passes: 1, classes: TREND_DIRECTIONS.length, values: logits }, model.metadata.temperature);
  const best = argmax(probs);
  const probabilities = Object.fromEntries(TREND_DIRECTIONS.map((d, i) => [d, probs[i] as number])) as Record<TrendDirection, number>;
  return { ...base, trend: { direction: TREND_DIRECTIONS[best] as TrendDirection, confidence: probs[best] as number, steps }, probabilities };
}
