// Turns labelled data into assessed items for `burnout eval risk`: one single-modality check-in per item, scored by a
// caller-supplied assessor (the project's own Stages 1–2), with the engine's negative-emotion probability beside it.
import type { ModalityInputs, ModalityResult } from '../analysis/types.ts';
import type { AssessmentResult } from '../assessment.ts';
import type { Progress } from '../progress.ts';
import { isBurnoutError } from '../errors.ts';
import { negativeAffect } from '../fusion/features.ts';
import type { RiskEvalItem } from './risk-metrics.ts';


/** Assesses one check-in (the runtime's assessCheckIn, or a fold's); `index` is the item's place among the inputs. */
export type Assessor = (inputs: Partial<ModalityInputs>, index: number) => Promise<AssessmentResult>;

/** One labelled item to assess: how to read its input, its label, and a name for messages. */
export interface LabelledInput {
  name: string;
  read(): Promise<Partial<ModalityInputs>>;
  positive: boolean;
  neutral: boolean;
}

/** The engine's own anger + disgust + fear + sadness probability, or null without emotions. */
export function negativeEmotionScore(r: ModalityResult | undefined): number | null {
  return r?.status === 'ok' ? negativeAffect(r) : null;
}

/** Assessed items, the index of each among the inputs, and the inputs that could not be assessed, with why. */
export interface AssessedItems {
  items: RiskEvalItem[];
  /** kept[j] is the index in the inputs of items[j]. */
  kept: number[];
  skipped: string[];
}

/**
 * Assesses every labelled input with `assess`. An input the pipeline refuses (NO_MODALITY because its only modality
 * was rejected, an undecodable file) is skipped with its reason; any other error stops the evaluation.
 */
export async function assessItems(inputs: readonly LabelledInput[], assess: Assessor, progress: Progress, label: string): Promise<AssessedItems> {
  const items: RiskEvalItem[] = [];
  const kept: number[] = [];
  const skipped: string[] = [];
  progress.start(inputs.length, label);
  try {
    for (const [i, x] of inputs.entries()) {
      try {
        const given = await x.read();
        const result = await assess(given, i);
        const modality = (['text', 'voice', 'face'] as const).find((m) => given[m] !== undefined);
        items.push({
          probabilities: result.risk.probabilities,
          level: result.risk.level,
          positive: x.positive,
          neutral: x.neutral,
          engineScore: negativeEmotionScore(modality ? result.modalities[modality] : undefined),
          latencyMs: result.timings.total ?? NaN,
        });
        kept.push(i);
      } catch (e) {
        if (!isBurnoutError(e, 'NO_MODALITY') && !isBurnoutError(e, 'MEDIA_UNDECODABLE') && !isBurnoutError(e, 'MEDIA_TOO_LARGE')) throw e;
        skipped.push(`${x.name}: ${e.message}`);
      }
      progress.update(i + 1);
    }
  } finally {
    progress.stop();
  }
  return { items, kept, skipped };
}
