// Trend inference: the last check-ins → features → GRU → temperature-scaled direction and confidence.
import * as tf from '@tensorflow/tfjs';
import type { Config } from '../config/schema.ts';
import { argmax, mcProbabilities } from '../ml/calibration.ts';
import { buildFeatureSequence } from './features.ts';
import type { TrendModel } from './load.ts';
import { packSequences } from './model.ts';
import { TREND_DIRECTIONS, type StepImputed, type Trend, type TrendCheckIn, type TrendDirection } from './types.ts';

/** What computeTrend returns: the Trend, the feature rows it read (oldest first) and what was imputed per row. */
export interface TrendOutcome {
  trend: Trend;
  features: number[][];
  imputed: StepImputed[];
  /** Calibrated probability per direction (null for insufficient history). */
  probabilities: Record<TrendDirection, number> | null;
}

/**
 * Computes the trend of a person's history (any order; sorted by `at`, the last `config.trend.maxSteps` used).
 * Fewer than `config.trend.minSteps` check-ins give `insufficient_history` with a null confidence: no guess is made.
 * The model must come from loadTrendModel (which readies the tfjs backend).
 */
export function computeTrend(model: TrendModel, history: readonly TrendCheckIn[], config: { trend: Pick<Config['trend'], 'minSteps' | 'maxSteps'> }): TrendOutcome {
  const seq = buildFeatureSequence(history, config.trend.maxSteps);
  const steps = seq.features.length;
  if (steps < config.trend.minSteps) {
    return { trend: { direction: 'insufficient_history', confidence: null, steps }, features: seq.features, imputed: seq.imputed, probabilities: null };
  }
  const { data, shape } = packSequences([seq.features]);
  const logits = tf.tidy(() => (model.single.predict(tf.tensor3d(data, shape)) as tf.Tensor).dataSync());
  const probs = mcProbabilities({ passes: 1, classes: TREND_DIRECTIONS.length, values: Array.from(logits) }, model.metadata.temperature);
  const best = argmax(probs);
  const probabilities = Object.fromEntries(TREND_DIRECTIONS.map((d, i) => [d, probs[i] as number])) as Record<TrendDirection, number>;
  return {
    trend: { direction: TREND_DIRECTIONS[best] as TrendDirection, confidence: probs[best] as number, steps },
    features: seq.features,
    imputed: seq.imputed,
    probabilities,
  };
}
