// Config section `diary`: the default time zone of a profile and which check-in times are accepted.
import { z } from 'zod';

/** True when `tz` is an IANA time zone this runtime knows (e.g. Europe/Berlin), or 'system'. */
export function isTimeZone(tz: string): boolean {
  if (tz === 'system') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const diarySection = z.object({
  /** Time zone whose local days group check-ins (IANA name, or 'system' for this machine's); a profile may set its own. */
  timeZone: z.string().min(1).refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin, or system').default('system'),
  /** A check-in's `at` may lie at most this many minutes in the future (clock skew). */
  maxFutureMinutes: z.number().int().min(0).max(1440).default(5),
  /** A check-in's `at` may lie at most this many days in the past (2 years). */
  maxAgeDays: z.number().int().min(1).max(36_500).default(730),
}).strict();
