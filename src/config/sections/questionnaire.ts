// Config section `questionnaire`: the Copenhagen Burnout Inventory beside the model — how often it is suggested, which
// scale the agreement and the personal calibration read, and their minimum counts (docs/questionnaire.md).
import { z } from 'zod';

export const questionnaireSection = z.object({
  /** The dashboard suggests the questionnaire when the last one is at least this many days old (0 = never suggest). */
  suggestEveryDays: z.number().int().min(0).max(365).default(7),
  /** CBI scale compared with the model: personal (everyone can answer it) or work (needs paid work). */
  referenceScale: z.enum(['personal', 'work']).default('personal'),
  /** Fewest questionnaires paired with a day's risk before the agreement (Spearman ρ) is shown. */
  agreementMin: z.number().int().min(3).max(100).default(4),
  /** Fewest paired questionnaires before the risk is also given on the person's own scale (personal calibration, K). */
  calibrationMin: z.number().int().min(3).max(100).default(6),
  /** A questionnaire pairs with the day of clear check-ins nearest in time, at most this many days away. */
  maxPairDays: z.number().int().min(0).max(60).default(7),
}).strict();
