// Erasure: deletes every row that belongs to a profile, in every table, in one transaction, then scrubs the deleted
// bytes from the database files (scrub.ts).
import type { Kysely } from 'kysely';
import { newId, nowIso } from './ids.ts';
import { forgetItemJson } from './item-json-cache.ts';
import { lockProfile } from './profile-lock.ts';
import { scrubAfterErase, type ScrubReport } from './scrub.ts';
import type { Database } from './types.ts';

/** Rows deleted per table (`check_in_jobs`: the profile's check-in jobs, queued or finished, with their media; `sessions`: its sign-ins, so erasing signs out). */
export type EraseCounts = Record<'media' | 'consents' | 'alerts' | 'assessments' | 'questionnaires' | 'audit_log' | 'check_in_jobs' | 'sessions' | 'profiles', number>;

/** Tables whose rows name a profile, children first (the profile row itself goes last). */
type ProfileTable = 'media' | 'consents' | 'alerts' | 'assessments' | 'questionnaires' | 'audit_log' | 'sessions';

/**
 * Deletes the profile and all its rows (children first, so it does not depend on cascades), then scrubs the deleted
 * bytes from the database files (`onScrub` hears how that went). The erasure itself is logged without the profile
 * id, so nothing that names the profile remains.
 */
export async function eraseProfile(db: Kysely<Database>, profileId: string, actor: string, onScrub?: (r: ScrubReport) => void): Promise<EraseCounts> {
  const counts = await db.transaction().execute(async (trx) => {
    // A worker storing a check-in of this profile finishes first, or finds its job gone and stores nothing.
    await lockProfile(trx, profileId);
    const del = async (table: ProfileTable) =>
      Number((await trx.deleteFrom(table).where('profile_id', '=', profileId).executeTakeFirst()).numDeletedRows);
    const counts: EraseCounts = {
      media: await del('media'),
      consents: await del('consents'),
      alerts: await del('alerts'),
      assessments: await del('assessments'),
      questionnaires: await del('questionnaires'),
      audit_log: await del('audit_log'),
      check_in_jobs: await deleteJobs(trx, profileId),
      sessions: await del('sessions'),
      profiles: Number((await trx.deleteFrom('profiles').where('id', '=', profileId).executeTakeFirst()).numDeletedRows),
    };
    const detail = Object.entries(counts).map(([t, n]) => `${t}=${n}`).join(' ');
    await trx.insertInto('audit_log').values({
      id: newId(), at: nowIso(), actor, action: 'profile.erase', profile_id: null, target_id: null, detail,
    }).execute();
    return counts;
  }).finally(() => forgetItemJson(db));
  const report = await scrubAfterErase(db);
  onScrub?.(report);
  return counts;
}

/** Deletes the profile's check-in jobs and their media (a queued job's graphile-worker entry then finds nothing to do). */
async function deleteJobs(trx: Kysely<Database>, profileId: string): Promise<number> {
  const jobs = trx.selectFrom('check_in_jobs').select('id').where('profile_id', '=', profileId);
  await trx.deleteFrom('check_in_job_media').where('job_id', 'in', jobs).execute();
  return Number((await trx.deleteFrom('check_in_jobs').where('profile_id', '=', profileId).executeTakeFirst()).numDeletedRows);
}

/** Rows that still name the profile, per table (for verification after an erasure). */
export async function countProfileRows(db: Kysely<Database>, profileId: string): Promise<EraseCounts> {
  const count = async (table: ProfileTable | 'check_in_jobs') =>
    Number((await db.selectFrom(table).where('profile_id', '=', profileId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    media: await count('media'),
    consents: await count('consents'),
    alerts: await count('alerts'),
    assessments: await count('assessments'),
    questionnaires: await count('questionnaires'),
    audit_log: await count('audit_log'),
    check_in_jobs: await count('check_in_jobs'),
    sessions: await count('sessions'),
    profiles: Number((await db.selectFrom('profiles').where('id', '=', profileId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  };
}
