// Config section `org`: the organisation view's anonymity threshold (deployment.kind organisation only).
import { z } from 'zod';

export const orgSection = z.object({
  /** Least distinct members behind an aggregate cell before it is shown (smaller cells are hidden, with complements). */
  minGroupSize: z.number().int().min(3).default(5),
  /** Weeks shown by default in the organisation view. */
  weeks: z.number().int().min(1).max(104).default(8),
}).strict();
