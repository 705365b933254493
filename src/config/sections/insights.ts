// Config section `insights`: when the associations and the weekday pattern are shown.
import { z } from 'zod';

export const insightsSection = z.object({
  /** Fewest distinct days with a clear check-in before any insight is shown. */
  minDays: z.number().int().min(7).default(14),
  /** Fewest days with both the self-report value and a risk before its association is described. */
  minPairs: z.number().int().min(5).default(10),
}).strict();
