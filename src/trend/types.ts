// Stage 3 vocabulary: trend directions, the Trend result, escalation alerts and the check-ins a trend reads.
import type { Modality, ModalityResult } from '../analysis/types.ts';
import type { EmotionScores } from '../emotions.ts';
import type { Risk } from '../fusion/types.ts';

export const TREND_DIRECTIONS = ['improving', 'stable', 'worsening'] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** The trend over the last days (`steps` = days with a clear check-in), or a plain statement that there are too few. */
export type Trend =
  | { direction: TrendDirection; confidence: number; steps: number }
  | { direction: 'insufficient_history'; confidence: null; steps: number };

/** Self-reported context of a check-in (each optional). */
export interface SelfReport {
  /** 0–10 */
  energy?: number;
  /** 0–10 */
  stress?: number;
  /** hours worked, 0–24 */
  work?: number;
}

/** An escalation alert raised by a rule. */
export interface Alert {
  rule: string;
  /** The reason in plain words. */
  reason: string;
  /** Where to seek help. */
  resources: string[];
}

/** What the trend reads of one modality's result: whether it was analysed, and its emotions (a ModalityResult is one). */
export interface TrendModality {
  status: ModalityResult['status'];
  emotions?: EmotionScores | null;
}

/**
 * One past check-in as the trend sees it: an AssessmentResult (or a stored row) plus its time.
 * `at` is an ISO-8601 timestamp; check-ins are ordered by it.
 */
export interface TrendCheckIn {
  at: string;
  risk: Risk;
  modalities: Record<Modality, TrendModality>;
  selfReport: SelfReport;
}

/**
 * The per-step trend features, in the order the model reads them: DESIGN §2's ten, plus the gap in days since the
 * previous step (steps are local days; spacing is irregular). docs/trend.md has the scaling.
 */
export const TREND_FEATURES = [
  'energy', 'stress', 'work', 'risk', 'anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'gap',
] as const;
export type TrendFeature = (typeof TREND_FEATURES)[number];

/** Which values of one step were not observed and were filled with their documented default (docs/trend.md). */
export interface StepImputed {
  energy: boolean;
  stress: boolean;
  work: boolean;
  /** No modality with emotions: the neutral default emotion mix was used. */
  emotions: boolean;
}
