// Config section `trend`: the GRU trend model (computed over days) and the escalation rules' thresholds.
import { z } from 'zod';

export const trendSection = z.object({
  /** Folder of the trained trend model (relative to the repo root). */
  modelDir: z.string().min(1).default('models/trend'),
  /** Fewest distinct days with a clear check-in, within the window, that a trend needs (fewer → insufficient_history). */
  minDays: z.number().int().min(2).default(3),
  /** Days the trend looks back over, counting the day of the latest check-in (local days of the profile's time zone). */
  windowDays: z.number().int().min(3).max(60).default(14),
  /** Rule "High and reliable in K of the last N": K. */
  highRiskCount: z.number().int().min(1).default(2),
  /** Rule "High and reliable in K of the last N": N. */
  highRiskWindow: z.number().int().min(1).default(3),
  /** Rule "worsening while at least Moderate": least trend confidence. */
  worseningMinConfidence: z.number().min(0).max(1).default(0.7),
}).strict();
