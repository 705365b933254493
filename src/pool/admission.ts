// Admission control: counts check-ins running + waiting and refuses more than the limit with RATE_LIMITED and a
// Retry-After estimated from how long recent check-ins took. Taken before the upload is read, so a refused request
// costs almost nothing.
import { refusal } from '../errors.ts';

/** A counter of admitted check-ins with a time estimate. */
export interface Admission {
  /** Check-ins admitted and not yet released. */
  readonly pending: number;
  /** Admits one check-in and returns its release (call once, when it is answered); throws RATE_LIMITED when full. */
  enter(): () => void;
  /** Records how long one analysis took (feeds the Retry-After estimate). */
  record(ms: number): void;
}

/** Creates an admission counter for at most `max` check-ins served by `workers` parallel workers. */
export function createAdmission(max: number, workers: number): Admission {
  let pending = 0;
  let meanMs = 1000;
  return {
    get pending() { return pending; },
    enter() {
      if (pending >= max) {
        const retryAfterSec = Math.min(60, Math.max(1, Math.ceil((pending / Math.max(1, workers)) * meanMs / 1000)));
        throw refusal('RATE_LIMITED', `the server is busy with ${pending} other check-ins; try again in ${retryAfterSec} s`, { retryAfterSec });
      }
      pending += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        pending -= 1;
      };
    },
    record(ms) {
      meanMs = 0.8 * meanMs + 0.2 * ms;
    },
  };
}
