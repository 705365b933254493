// The trend model's metadata.json: what a trained model needs at inference and what proves how it was made.
import { z } from 'zod';
import { GAP_SCALE_DAYS } from './features.ts';
import { TREND_DIRECTIONS, TREND_FEATURES } from './types.ts';

/** One epoch of the training curves. */
export const epochStatsSchema = z.object({
  epoch: z.number().int(),
  trainLoss: z.number(),
  trainAccuracy: z.number(),
  valLoss: z.number(),
  valAccuracy: z.number(),
});
export type EpochStats = z.infer<typeof epochStatsSchema>;

export const trendMetadataSchema = z.object({
  kind: z.literal('burnout-trend'),
  /** 2: steps are local days and the 11th feature is the gap between them. */
  version: z.literal(2),
  createdAt: z.string(),
  /** Feature order of every step (must equal TREND_FEATURES). */
  features: z.array(z.string()),
  /** How each feature is scaled to 0–1 (human-readable). */
  scaling: z.record(z.string(), z.string()),
  /** Output classes in logit order. */
  labels: z.array(z.enum(TREND_DIRECTIONS)),
  padValue: z.number(),
  architecture: z.object({
    features: z.number().int(), gruUnits: z.number().int(), gruLayers: z.number().int(),
    denseUnits: z.number().int(), classes: z.number().int(),
  }),
  parameters: z.number().int(),
  /** Days the training histories span at most (one step per day with a check-in). */
  windowDays: z.number().int(),
  /** The gap feature's scale (features.ts GAP_SCALE_DAYS when trained). */
  gapScaleDays: z.number().positive(),
  /** Fitted on the first half of the validation split (min NLL); confidence = max softmax(logits / temperature). */
  temperature: z.number().positive(),
  seed: z.number().int(),
  training: z.object({
    samples: z.number().int(), validationSamples: z.number().int(), epochs: z.number().int(),
    batchSize: z.number().int(), learningRate: z.number(), optimizer: z.string(), generator: z.string(),
    seconds: z.number(), backend: z.string(),
  }),
  /** sha256 of the packed training tensor: the same seed must give the same hash. */
  dataHash: z.string(),
  /** accuracy/F1/confusion on the whole validation split; nll and ECE on its second half (not used for the temperature). */
  validation: z.object({
    accuracy: z.number(), macroF1: z.number(), perClassF1: z.record(z.string(), z.number()),
    confusion: z.record(z.string(), z.record(z.string(), z.number())),
    nll: z.number(), eceBefore: z.number(), eceAfter: z.number(),
  }),
  curves: z.array(epochStatsSchema),
});
export type TrendMetadata = z.infer<typeof trendMetadataSchema>;

/** Parses metadata.json content; returns the problems in words when it does not fit this version of the code. */
export function parseTrendMetadata(value: unknown): { ok: true; metadata: TrendMetadata } | { ok: false; reason: string } {
  const parsed = trendMetadataSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `metadata.json field ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const m = parsed.data;
  if (m.features.join(',') !== TREND_FEATURES.join(',')) return { ok: false, reason: 'metadata.json feature order differs from this version' };
  if (m.labels.join(',') !== TREND_DIRECTIONS.join(',')) return { ok: false, reason: 'metadata.json labels differ from this version' };
  if (m.gapScaleDays !== GAP_SCALE_DAYS) return { ok: false, reason: 'metadata.json gap scale differs from this version' };
  return { ok: true, metadata: m };
}
