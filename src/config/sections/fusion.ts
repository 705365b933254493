// Config section `fusion`: the attention fusion model, calibration and the reliability thresholds.
import { z } from 'zod';

export const fusionSection = z.object({
  /** Folder of the trained fusion model (relative to the repo root). */
  modelDir: z.string().min(1).default('models/fusion'),
  /** Input representation per modality: interpretable profile, or 768-d encoder embeddings. */
  representation: z.enum(['profile', 'embedding']).default('profile'),
  /** Folder of the fusion model trained on the `embedding` representation (used when representation is embedding). */
  embeddingModelDir: z.string().min(1).default('models/fusion-embedding'),
  /** Embedding width per modality for the `embedding` representation (the profile widths are fixed by its encoder). */
  embeddingDims: z.object({
    /** Text encoder embedding width. */
    text: z.number().int().positive().default(768),
    /** Voice encoder embedding width. */
    voice: z.number().int().positive().default(768),
    /** Face encoder embedding width. */
    face: z.number().int().positive().default(768),
  }).strict().default({ text: 768, voice: 768, face: 768 }),
  /** Temperature for the logits when the model has no fitted one. */
  temperature: z.number().positive().default(1.5),
  /** Monte Carlo dropout passes, batched in one forward call. */
  mcPasses: z.number().int().min(1).max(500).default(30),
  /** A risk is reliable only when the calibrated confidence is above this. */
  reliableMinConfidence: z.number().min(0).max(1).default(0.5),
  /** A risk is reliable only when the MC-dropout uncertainty is below this. */
  reliableMaxUncertainty: z.number().min(0).max(1).default(0.5),
  /** Below this calibrated confidence the level is `unclear` (not enough evidence for an estimate). */
  unclearBelowConfidence: z.number().min(0).max(1).default(0.5),
  /** When the two most likely levels are closer than this, the level is `unclear`. */
  unclearMargin: z.number().min(0).max(1).default(0.1),
  /** When no level is clear but P(moderate) + P(high) reaches this, the level is Moderate ("at least moderate"). */
  elevatedAtLeast: z.number().min(0).max(1).default(0.75),
}).strict();
