// Config section `trend`: the GRU trend model and the escalation rules' thresholds.
import { z } from 'zod';

export const trendSection = z.object({
  /** Folder of the trained trend model (relative to the repo root). */
  modelDir: z.string().min(1).default('models/trend'),
  /** Fewest check-ins needed for a trend (fewer → insufficient_history). */
  minSteps: z.number().int().min(2).default(3),
  /** Most recent check-ins the trend looks at. */
  maxSteps: z.number().int().min(3).max(50).default(10),
  /** Rule "High and reliable in K of the last N": K. */
  highRiskCount: z.number().int().min(1).default(2),
  /** Rule "High and reliable in K of the last N": N. */
  highRiskWindow: z.number().int().min(1).default(3),
  /** Rule "worsening while at least Moderate": least trend confidence. */
  worseningMinConfidence: z.number().min(0).max(1).default(0.7),
}).strict();
