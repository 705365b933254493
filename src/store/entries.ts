// Diary entries: edit the self-report, note or kept journal text of one check-in, or delete it with every row that
// depends on it. Both write with `db`, which the caller makes a transaction (the diary service also recomputes trends
// and alerts in it); both leave an audit row that names fields and counts, never content.
import type { Kysely } from 'kysely';
import { BurnoutError } from '../errors.ts';
import type { SelfReport } from '../trend/types.ts';
import { newId, nowIso } from './ids.ts';
import { fromAssessmentRow, type StoredAssessment } from './record.ts';
import type { AssessmentRow, Database } from './types.ts';

/** What an edit may change; a field left out stays as it is, null clears it. */
export interface EntryPatch {
  selfReport?: { [K in keyof SelfReport]?: number | null };
  note?: string | null;
  /** Only null: forget the kept journal text (the risk was computed from it, so it cannot be changed). */
  journalText?: null;
}

/** Rows removed with one check-in, per table. */
export type DeleteCounts = Record<'media' | 'consents' | 'alerts' | 'assessments', number>;

/** The row of a check-in of this profile, or NOT_FOUND. */
export async function entryRow(db: Kysely<Database>, profileId: string, id: string): Promise<AssessmentRow> {
  const row = await db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new BurnoutError('NOT_FOUND', `no assessment ${id} in this profile`);
  return row;
}

/** Applies an edit and logs `assessment.update` with the changed field names. Returns the check-in before and after. */
export async function updateEntry(db: Kysely<Database>, profileId: string, id: string, patch: EntryPatch, actor: string):
Promise<{ before: StoredAssessment; after: StoredAssessment }> {
  const row = await entryRow(db, profileId, id);
  const set: Partial<Pick<AssessmentRow, 'energy' | 'stress' | 'work' | 'note' | 'journal_text'>> = {};
  for (const key of ['energy', 'stress', 'work'] as const) {
    const v = patch.selfReport?.[key];
    if (v !== undefined) set[key] = v;
  }
  if (patch.note !== undefined) set.note = patch.note;
  if (patch.journalText === null) set.journal_text = null;
  const fields = Object.keys(set);
  if (fields.length === 0) throw new BurnoutError('INPUT_INVALID', 'nothing to change: give selfReport, note or journalText');
  await db.updateTable('assessments').set(set).where('id', '=', id).execute();
  await db.insertInto('audit_log').values({
    id: newId(), at: nowIso(), actor, action: 'assessment.update', profile_id: profileId, target_id: id, detail: `fields=${fields.join(',')}`,
  }).execute();
  return { before: fromAssessmentRow(row), after: fromAssessmentRow({ ...row, ...set }) };
}

/**
 * Deletes one check-in and every row that depends on it (children first, so it does not depend on cascades): its
 * media, consents and the alerts it raised; alerts it only last updated lose that link. Logs `assessment.delete`.
 * Returns the deleted check-in and the counts.
 */
export async function deleteEntry(db: Kysely<Database>, profileId: string, id: string, actor: string):
Promise<{ deleted: StoredAssessment; counts: DeleteCounts }> {
  const row = await entryRow(db, profileId, id);
  const del = async (table: 'media' | 'consents' | 'alerts') =>
    Number((await db.deleteFrom(table).where('profile_id', '=', profileId).where('assessment_id', '=', id).executeTakeFirst()).numDeletedRows);
  const counts: DeleteCounts = { media: await del('media'), consents: await del('consents'), alerts: await del('alerts'), assessments: 0 };
  await db.updateTable('alerts').set({ last_assessment_id: null }).where('last_assessment_id', '=', id).execute();
  counts.assessments = Number((await db.deleteFrom('assessments').where('id', '=', id).executeTakeFirst()).numDeletedRows);
  const detail = Object.entries(counts).map(([t, n]) => `${t}=${n}`).join(' ');
  await db.insertInto('audit_log').values({
    id: newId(), at: nowIso(), actor, action: 'assessment.delete', profile_id: profileId, target_id: id, detail,
  }).execute();
  return { deleted: fromAssessmentRow(row), counts };
}
