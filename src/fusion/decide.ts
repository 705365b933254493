// The level of a fused estimate: the most likely class, or `unclear` when the evidence is thin — only weak inputs,
// a calibrated confidence below a threshold, or the two most likely levels too close — and whether it is reliable.
// One exception: when Moderate and High are both likely and together clearly outweigh Low, the risk is at least
// moderate, and the level is Moderate (not unclear), with the note that High is about as likely.
import type { AssessedLevel, RiskLevel } from './types.ts';
import { RISK_LEVELS } from './types.ts';

/** Thresholds of the decision (config section `fusion`). */
export interface DecisionOptions {
  reliableMinConfidence: number;
  reliableMaxUncertainty: number;
  /** Below this calibrated confidence the level is unclear. */
  unclearBelowConfidence: number;
  /** When the two most likely levels are closer than this, the level is unclear. */
  unclearMargin: number;
  /** When no level is clear but P(moderate) + P(high) reaches this, the level is Moderate ("at least moderate"). */
  elevatedAtLeast: number;
}

/** The decision. */
export interface Decision {
  level: AssessedLevel;
  /** Probability of the chosen class (of the most likely one when unclear). */
  confidence: number;
  reliable: boolean;
  unclearReason?: string;
  /** Set when the level is Moderate because Moderate and High together are likely ("High is about as likely…"). */
  note?: string;
}

const pct = (v: number): string => `${Math.round(v * 100)} %`;
const word = (l: RiskLevel): string => l.charAt(0).toUpperCase() + l.slice(1);

/** Decides the level from calibrated probabilities, the MC uncertainty and whether only weak inputs were given. */
export function decideLevel(
  probabilities: Record<RiskLevel, number>,
  uncertainty: number,
  weakOnly: string | null,
  options: DecisionOptions,
): Decision {
  const ranked = [...RISK_LEVELS].sort((a, b) => probabilities[b] - probabilities[a]);
  const [first, second] = ranked as [RiskLevel, RiskLevel, RiskLevel];
  const confidence = probabilities[first];
  let unclearReason: string | undefined;
  if (weakOnly) unclearReason = `only weak evidence was given (${weakOnly})`;
  else if (confidence < options.unclearBelowConfidence) unclearReason = `no level is likely enough (the most likely, ${word(first)}, has ${pct(confidence)})`;
  else if (confidence - probabilities[second] < options.unclearMargin) {
    unclearReason = `${word(first)} and ${word(second)} are about equally likely (${pct(confidence)} and ${pct(probabilities[second])})`;
  }
  const elevated = probabilities.moderate + probabilities.high;
  if (unclearReason && !weakOnly && elevated >= options.elevatedAtLeast && probabilities.low < Math.min(probabilities.moderate, probabilities.high)) {
    return {
      level: 'moderate',
      confidence: probabilities.moderate,
      reliable: false,
      note: `the risk is at least moderate (Moderate or High: ${pct(elevated)}); High is about as likely as Moderate (${pct(probabilities.high)} and ${pct(probabilities.moderate)})`,
    };
  }
  if (unclearReason) return { level: 'unclear', confidence, reliable: false, unclearReason };
  return {
    level: first,
    confidence,
    reliable: confidence > options.reliableMinConfidence && uncertainty < options.reliableMaxUncertainty,
  };
}

/** The decision thresholds of a config's `fusion` section (one place lists them for assess, benches and tests). */
export function decisionOptionsOf(f: DecisionOptions): DecisionOptions {
  return {
    reliableMinConfidence: f.reliableMinConfidence,
    reliableMaxUncertainty: f.reliableMaxUncertainty,
    unclearBelowConfidence: f.unclearBelowConfidence,
    unclearMargin: f.unclearMargin,
    elevatedAtLeast: f.elevatedAtLeast,
  };
}
