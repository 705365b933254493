// The text stress-language model in memory: one logistic regression over the lite hashed n-gram features, with a
// Platt scaling (a·z + b) fitted on out-of-fold scores so that its probability is calibrated on Dreaddit.
import { featurize, type LiteFeatureConfig } from '../lite-features.ts';

/** A usable stress model. */
export interface StressModel {
  features: LiteFeatureConfig;
  /** One weight per hashed feature bucket (the stressed-minus-calm logit). */
  w: Float32Array;
  b: number;
  /** Platt scaling of the raw logit: p = σ(a·z + c). */
  platt: { a: number; c: number };
}

/** The raw (uncalibrated) stress logit of a text. */
export function stressLogit(model: Pick<StressModel, 'features' | 'w' | 'b'>, text: string): number {
  const x = featurize(text, model.features);
  let z = model.b;
  for (let j = 0; j < x.idx.length; j += 1) z += (model.w[x.idx[j] as number] as number) * (x.val[j] as number);
  return z;
}

/** Logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The calibrated probability that a text uses stress language (as Dreaddit's annotators judged stress). */
export function stressProbability(model: StressModel, text: string): number {
  return sigmoid(model.platt.a * stressLogit(model, text) + model.platt.c);
}
