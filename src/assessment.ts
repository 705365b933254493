// The shape of one assessed check-in (Stages 1–2, plus Stage 3 when history exists): what assess.ts returns,
// what the store keeps and what the API and CLI print.
import type { Modality, ModalityResult } from './analysis/types.ts';
import type { BaselineComparison } from './baseline/types.ts';
import type { Risk } from './fusion/types.ts';
import type { Alert, SelfReport, Trend } from './trend/types.ts';

/** The explanation of a risk estimate. */
export interface RiskExplanation {
  /** "62 % text, 38 % voice". */
  weights: string;
  /** Top emotions per present modality, e.g. { text: ['sadness 54 %', 'fear 20 %'] }. */
  topEmotions: Partial<Record<Modality, string[]>>;
  /** The voice explanation sentences, when voice was present. */
  voice: string[];
  /** One sentence summary. */
  summary: string;
  /** How this check-in differs from the person's usual (personal baseline), when it has one and a difference is clear. */
  baseline?: string[];
}

/** The result of `assess` for one check-in. */
export interface AssessmentResult {
  risk: Risk;
  modalities: Record<Modality, ModalityResult>;
  selfReport: SelfReport;
  explanation: RiskExplanation;
  /** Milliseconds per stage: { text, voice, face, fusion, total }. */
  timings: Record<string, number>;
  /** The not-a-diagnosis notice, and for High where to seek help. */
  notice: string;
  /** Shown for a High level and whenever the journal used safety language (self-harm, suicide). */
  help?: string[];
  /** The journal used self-harm or suicide language (negation-aware): help is shown whatever the level. */
  safetyLanguage?: boolean;
  /** The check-in against the person's own baseline (robust z per feature), when one exists (docs/baseline.md). */
  baseline?: BaselineComparison;
  /** Filled in when a stored history exists (Stage 3). */
  trend?: Trend;
  alerts?: Alert[];
}
