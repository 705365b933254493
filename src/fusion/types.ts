// Stage 2 vocabulary: risk levels and the calibrated Risk that fusion returns.
import type { Modality } from '../analysis/types.ts';

export const RISK_LEVELS = ['low', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The fused burnout risk of one check-in. */
export interface Risk {
  level: RiskLevel;
  /** Calibrated probabilities (temperature-scaled, mean over MC-dropout passes). */
  probabilities: Record<RiskLevel, number>;
  /** Probability of the chosen level. */
  confidence: number;
  /** MC-dropout uncertainty in [0, 1] (defined in docs/fusion.md). */
  uncertainty: number;
  /** confidence > reliableMinConfidence && uncertainty < reliableMaxUncertainty. */
  reliable: boolean;
  /** Attention weight per modality; sums to 1; an absent modality is exactly 0. */
  modalityWeights: Record<Modality, number>;
}
