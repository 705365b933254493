// Keeps the check-in the server just returned, so that the result page shows it without a second request.
import type { StoredAssessment } from '../api/types.ts';

const recent = new Map<string, StoredAssessment>();

/** Remembers a fresh result. */
export function rememberResult(a: StoredAssessment): void {
  recent.set(a.id, a);
}

/** A result remembered in this page session, if any. */
export function recalledResult(id: string): StoredAssessment | undefined {
  return recent.get(id);
}

/** Forgets everything (after "delete all data"). */
export function forgetResults(): void {
  recent.clear();
}
