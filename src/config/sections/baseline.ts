// Config section `baseline`: when a person's own reference (median and MAD of their earlier check-ins) exists and
// which check-ins form it (docs/baseline.md).
import { z } from 'zod';

export const baselineSection = z.object({
  /** Fewest analysed inputs of a modality in the reference window before that modality has a baseline. */
  minCheckIns: z.number().int().min(3).max(1000).default(5),
  /** …on at least this many distinct local days. */
  minDays: z.number().int().min(1).max(365).default(3),
  /** The reference ends this many days before the check-in's day, so that a recent change does not move it. */
  lagDays: z.number().int().min(0).max(90).default(7),
  /** The reference reaches back this many days before the check-in's day (older check-ins are not used). */
  windowDays: z.number().int().min(14).max(730).default(90),
  /** |robust z| from which a difference is put into words ("quieter than your usual"). */
  sayAboveZ: z.number().min(0.5).max(5).default(1.5),
}).strict();
