// Profiles repository: the default local profile, lookup and lazy creation.
import type { Kysely } from 'kysely';
import { BurnoutError } from '../errors.ts';
import { nowIso } from './ids.ts';
import type { Database } from './types.ts';

/** The profile used when a request names none (single-user desktop use). */
export const DEFAULT_PROFILE_ID = 'local';

const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Throws INPUT_INVALID unless `id` is 1–64 letters, digits, `_` or `-`. */
export function checkProfileId(id: string): string {
  if (!PROFILE_ID.test(id)) {
    throw new BurnoutError('INPUT_INVALID', 'a profile id is 1–64 letters, digits, "_" or "-"');
  }
  return id;
}

/** Creates the profile when it does not exist yet (idempotent, safe under concurrent calls). */
export async function ensureProfile(db: Kysely<Database>, id: string, name = id): Promise<void> {
  checkProfileId(id);
  await db
    .insertInto('profiles')
    .values({ id, name, created_at: nowIso(), time_zone: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The profile row, or undefined. */
export async function getProfile(db: Kysely<Database>, id: string) {
  return db.selectFrom('profiles').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Sets (or with null clears) the profile's own time zone, creating the profile when needed. */
export async function setProfileTimeZone(db: Kysely<Database>, id: string, timeZone: string | null): Promise<void> {
  await ensureProfile(db, id);
  await db.updateTable('profiles').set({ time_zone: timeZone }).where('id', '=', id).execute();
}

/**
 * Deletes the profile row when nothing else of it is stored (no check-in, job, alert or audit entry): undoes an
 * `ensureProfile` made by a worker whose check-in was erased while it ran. Returns whether it was deleted.
 */
export async function dropProfileIfEmpty(db: Kysely<Database>, id: string): Promise<boolean> {
  const res = await db.deleteFrom('profiles').where('id', '=', id)
    .where((eb) => eb.not(eb.or([
      eb.exists(eb.selectFrom('assessments').select('id').where('profile_id', '=', id)),
      eb.exists(eb.selectFrom('check_in_jobs').select('id').where('profile_id', '=', id)),
      eb.exists(eb.selectFrom('alerts').select('id').where('profile_id', '=', id)),
      eb.exists(eb.selectFrom('audit_log').select('id').where('profile_id', '=', id)),
    ])))
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
