// Config section `text`: text emotion engines (preference order) and their models.
import { z } from 'zod';

export const textSection = z.object({
  /** Engines in preference order; the first that loads serves. Known: transformers, lite. */
  engines: z.array(z.enum(['transformers', 'lite'])).min(1).default(['transformers', 'lite']),
  /** Hub id (or folder name under models.cacheDir) of the transformers.js text-classification model. */
  transformersModel: z.string().min(1).default('Bachkippe/emotion-english-distilroberta-base_onnx'),
  /** Label table used to map the transformers model's labels (see src/emotions.ts). */
  transformersLabels: z.enum(['ekman', 'fer', 'iemocap', 'ravdess']).default('ekman'),
  /** Maximum tokens the transformers model sees; longer text is truncated and the result says so. */
  maxTokens: z.number().int().min(8).max(4096).default(512),
  /** Folder of the committed lite model (relative to the repo root). */
  liteModelDir: z.string().min(1).default('models/text-lite'),
  /** Folder of the committed stress-language model trained on Dreaddit (relative to the repo root). */
  stressModelDir: z.string().min(1).default('models/text-stress'),
  /** Refuse text that is not English (the offline and default hub text models read English only). */
  englishOnly: z.boolean().default(true),
  /** Maximum characters accepted for one journal entry. */
  maxChars: z.number().int().positive().default(10_000),
}).strict();
