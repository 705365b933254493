// Questionnaires repository: store one answered Copenhagen Burnout Inventory (with its audit entry) in one transaction,
// and list a profile's questionnaires or read one. Scoring happens before (src/questionnaire/); this file only keeps and reads.
import type { Kysely } from 'kysely';
import { BurnoutError } from '../errors.ts';
import { CBI_ITEMS, CBI_SCALES } from '../questionnaire/cbi-items.ts';
import type { CbiAnswer, CbiBand, CbiScores } from '../questionnaire/cbi-score.ts';
import type { CbiEntry, StoredQuestionnaire } from '../questionnaire/summary.ts';
import { newId, nowIso } from './ids.ts';
import { ensureProfile } from './profiles.ts';
import type { Database, QuestionnaireRow } from './types.ts';

export type { StoredQuestionnaire };

/** What storing one questionnaire needs (the id is made here unless given, e.g. by an import). */
export interface NewQuestionnaire extends Omit<CbiEntry, 'id'> {
  id?: string;
  profileId: string;
}

/** The row of a questionnaire. */
function toRow(q: NewQuestionnaire & { id: string }): QuestionnaireRow {
  return {
    id: q.id, profile_id: q.profileId, at: q.at, instrument: 'cbi', framing: q.framing, answers_json: JSON.stringify(q.answers),
    personal: q.scores.personal, work: q.scores.work, client: q.scores.client,
    personal_band: q.scores.bands.personal, work_band: q.scores.bands.work, client_band: q.scores.bands.client,
  };
}

/** A row back into a StoredQuestionnaire (the answered counts are recounted from the answers). */
export function fromQuestionnaireRow(row: QuestionnaireRow): StoredQuestionnaire {
  const answers = JSON.parse(row.answers_json) as CbiAnswer[];
  const num = (v: number | null) => (v === null ? null : Number(v));
  const answered = Object.fromEntries(CBI_SCALES.map((s) => [s, answers.filter((a, i) => a !== null && CBI_ITEMS[i]?.scale === s).length])) as CbiScores['answered'];
  return {
    id: row.id,
    profileId: row.profile_id,
    at: row.at,
    instrument: 'cbi',
    framing: row.framing,
    answers,
    scores: {
      personal: num(row.personal), work: num(row.work), client: num(row.client),
      bands: { personal: row.personal_band as CbiBand | null, work: row.work_band as CbiBand | null, client: row.client_band as CbiBand | null },
      answered,
      clientGiven: answers.length > 13,
    },
  };
}

/** Inserts questionnaire rows with `db` (the caller's transaction); the profile must exist. */
export async function insertQuestionnaireRows(db: Kysely<Database>, items: ReadonlyArray<NewQuestionnaire & { id: string }>): Promise<void> {
  for (const q of items) await db.insertInto('questionnaires').values(toRow(q)).execute();
}

/** Stores one questionnaire and its audit entry (`questionnaire.create`, no content) in ONE transaction. */
export async function saveQuestionnaire(db: Kysely<Database>, q: NewQuestionnaire, actor: string): Promise<StoredQuestionnaire> {
  await ensureProfile(db, q.profileId);
  const withId = { ...q, id: q.id ?? newId() };
  await db.transaction().execute(async (trx) => {
    await insertQuestionnaireRows(trx, [withId]);
    await trx.insertInto('audit_log').values({
      id: newId(), at: nowIso(), actor, action: 'questionnaire.create', profile_id: q.profileId, target_id: withId.id, detail: 'instrument=cbi',
    }).execute();
  });
  return fromQuestionnaireRow(toRow(withId));
}

/** A profile's questionnaires, oldest first (ties by id), optionally within [from, to). */
export async function listQuestionnaires(db: Kysely<Database>, profileId: string, range: { from?: string; to?: string } = {}): Promise<StoredQuestionnaire[]> {
  let q = db.selectFrom('questionnaires').selectAll().where('profile_id', '=', profileId);
  if (range.from) q = q.where('at', '>=', range.from);
  if (range.to) q = q.where('at', '<', range.to);
  const rows = await q.orderBy('at', 'asc').orderBy('id', 'asc').execute();
  return rows.map(fromQuestionnaireRow);
}

/** One questionnaire of the profile, or NOT_FOUND (another profile's id answers as an unknown one). */
export async function getQuestionnaire(db: Kysely<Database>, profileId: string, id: string): Promise<StoredQuestionnaire> {
  const row = await db.selectFrom('questionnaires').selectAll().where('profile_id', '=', profileId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new BurnoutError('NOT_FOUND', `no questionnaire ${id} in this profile`);
  return fromQuestionnaireRow(row);
}
