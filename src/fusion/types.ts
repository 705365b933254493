// Stage 2 vocabulary: risk levels and the calibrated Risk that fusion returns.

/** The three classes of the fusion network, in output order. */
export const RISK_LEVELS = ['low', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Every level a check-in can be given: a network class, or `unclear` when the evidence is too thin for one. */
export const ASSESSED_LEVELS = [...RISK_LEVELS, 'unclear'] as const;
export type AssessedLevel = (typeof ASSESSED_LEVELS)[number];

/** Inputs of the fusion: the three modalities and the self-report (energy, stress, work hours). */
export const FUSION_INPUTS = ['text', 'voice', 'face', 'selfReport'] as const;
export type FusionInput = (typeof FUSION_INPUTS)[number];

/** The fused burnout risk of one check-in. */
export interface Risk {
  /** The arg-max class, or `unclear` when the evidence is thin (docs/fusion.md, "Unclear is a result"). */
  level: AssessedLevel;
  /** Calibrated probabilities (temperature-scaled, mean over MC-dropout passes); kept for an `unclear` result too. */
  probabilities: Record<RiskLevel, number>;
  /** Probability of the arg-max class. */
  confidence: number;
  /** MC-dropout uncertainty in [0, 1] (defined in docs/fusion.md). */
  uncertainty: number;
  /** confidence > reliableMinConfidence && uncertainty < reliableMaxUncertainty, and not only low-evidence inputs. */
  reliable: boolean;
  /** Attention weight per fusion input; sums to 1; an absent input is exactly 0. */
  modalityWeights: Record<FusionInput, number>;
  /** Why the level is `unclear`, in plain words (only then). */
  unclearReason?: string;
  /** A caveat on the level in plain words, e.g. that High is about as likely as the Moderate given. */
  levelNote?: string;
}
