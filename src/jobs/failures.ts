// Which failures of a check-in job are worth another attempt. Bad input fails the same way every time, so it ends the
// job at once with its code; a crash, a lost connection or models that did not load on this worker may not recur.
import type { ErrorCode } from '../errors.ts';

const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INTERNAL', 'STORE_FAILED', 'MODEL_MISSING', 'MODEL_LOAD_FAILED', 'NETWORK_UNAVAILABLE', 'SERVER_BUSY', 'RATE_LIMITED',
]);

/** True when a job that failed with `code` should be retried (with back-off) while it has attempts left. */
export function isTransient(code: ErrorCode): boolean {
  return TRANSIENT.has(code);
}
