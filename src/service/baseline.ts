// Reads a person's baseline as of a check-in from the store (their check-ins in the reference window), for the
// analysis pool to use: the workers have no database, so the baseline travels with the task as plain data.
import type { Kysely } from 'kysely';
import { baselineAsOf, referenceSince, referenceUntil } from '../baseline/reference.ts';
import type { Baseline } from '../baseline/types.ts';
import type { Config } from '../config/schema.ts';
import { profileSettings } from '../diary/deps.ts';
import { historySince } from '../store/history.ts';
import type { Database } from '../store/types.ts';

/** The profile's baseline as of `at` (ISO-8601 UTC), or null while no modality has enough check-ins for one. */
export async function loadBaseline(db: Kysely<Database>, config: Readonly<Config>, profileId: string, at: string): Promise<Baseline | null> {
  const { timeZone } = await profileSettings(db, config, profileId);
  // Only the window's rows are read: the most recent days (often most of them) never enter it.
  const history = await historySince(db, profileId, referenceSince(at, config.baseline), referenceUntil(at, config.baseline));
  return baselineAsOf(history, at, { ...config.baseline, timeZone });
}
