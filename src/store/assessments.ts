// Assessments repository: store one check-in (with its alerts, consents, media and audit entry) in one
// transaction; list, page, read and fetch the recent history for the trend.
import type { Kysely } from 'kysely';
import type { Alert } from '../trend/types.ts';
import type { Modality } from '../analysis/types.ts';
import { BurnoutError } from '../errors.ts';
import { newId, nowIso } from './ids.ts';
import { ensureProfile } from './profiles.ts';
import { itemJsonCache, rememberItemJson } from './item-json-cache.ts';
import { rawJsonSplicer } from './raw-json.ts';
import {
  fromAlertRow, fromAssessmentRow, toAssessmentRow, type JsonReader, type NewAssessment, type StoredAlert, type StoredAssessment,
} from './record.ts';
import type { AlertRow, Database } from './types.ts';

/** Raw media to keep with a check-in (only when config allows it and the user consented). */
export interface MediaToStore {
  kind: Extract<Modality, 'voice' | 'face'>;
  mime: string;
  bytes: Uint8Array;
}

/** Everything one check-in writes. */
export interface CheckInWrite {
  assessment: NewAssessment;
  alerts: Alert[];
  /** Consent decisions recorded with this check-in ('note' for the free-text note). */
  consents?: Array<{ kind: Modality | 'note'; granted: boolean }>;
  media?: MediaToStore[];
  /** Who did it, for the audit log ('local-user', 'cli', …). */
  actor: string;
}

/**
 * Stores a check-in and everything that belongs to it in ONE transaction: either all rows are there
 * afterwards or none are. Creates the profile when needed. Returns the stored assessment with its alerts.
 */
export async function saveCheckIn(db: Kysely<Database>, w: CheckInWrite): Promise<StoredAssessment> {
  await ensureProfile(db, w.assessment.profileId);
  return db.transaction().execute((trx) => insertCheckIn(trx, w));
}

/**
 * The rows of one check-in (assessment, alerts given, consents, media, audit entry) written with `db`, which the
 * caller makes a transaction (saveCheckIn, or the diary service that also updates trends and alerts in it).
 * The profile must exist.
 */
export async function insertCheckIn(db: Kysely<Database>, w: CheckInWrite): Promise<StoredAssessment> {
  const a = w.assessment;
  const row = toAssessmentRow(a);
  const alertRows = w.alerts.map((al) => ({
    id: newId(),
    profile_id: a.profileId,
    assessment_id: a.id,
    at: a.at,
    rule: al.rule,
    reason: al.reason,
    resources_json: JSON.stringify(al.resources),
    acknowledged_at: null,
    occurrences: 1,
    last_seen_at: a.at,
    last_assessment_id: a.id,
    resolved_at: null,
  }));
  await db.insertInto('assessments').values(row).execute();
  if (alertRows.length) await db.insertInto('alerts').values(alertRows).execute();
  const consents = (w.consents ?? []).map((c) => ({
    id: newId(), profile_id: a.profileId, assessment_id: a.id, kind: c.kind, granted: c.granted ? 1 : 0, at: a.at,
  }));
  if (consents.length) await db.insertInto('consents').values(consents).execute();
  for (const m of w.media ?? []) {
    await db.insertInto('media').values({
      id: newId(), profile_id: a.profileId, assessment_id: a.id, kind: m.kind, mime: m.mime,
      bytes: m.bytes, size: m.bytes.byteLength, at: a.at,
    }).execute();
  }
  const detail = `alerts=${alertRows.length}` + (w.media?.length ? ` media=${w.media.length}` : '') +
    (row.journal_text !== null ? ' text=stored' : '') + (row.note !== null ? ' note=stored' : '');
  await db.insertInto('audit_log').values({
    id: newId(), at: nowIso(), actor: w.actor, action: 'assessment.create', profile_id: a.profileId, target_id: a.id, detail,
  }).execute();
  return fromAssessmentRow(row, alertRows.map((r) => fromAlertRow(r)));
}

/** Paging and date filter for listing. Dates are ISO-8601; `to` is exclusive. */
export interface ListQuery {
  limit?: number;
  offset?: number;
  from?: string;
  to?: string;
  /** 'desc' (newest first, default) or 'asc'. */
  order?: 'asc' | 'desc';
}

/** A page of assessments and how many match in total. */
export interface AssessmentPage {
  items: StoredAssessment[];
  total: number;
  limit: number;
  offset: number;
}

/** Lists a profile's assessments (newest first by default) with their alerts. */
export async function listAssessments(db: Kysely<Database>, profileId: string, q: ListQuery = {}): Promise<AssessmentPage> {
  const page = await fetchPage(db, profileId, q);
  const alerts = await alertsFor(db, page.rows.map((r) => r.id));
  return { items: page.rows.map((r) => fromAssessmentRow(r, alerts.get(r.id) ?? [])), total: page.total, limit: page.limit, offset: page.offset };
}

/**
 * The same page as `listAssessments`, already serialised as JSON (for the API), byte for byte what
 * JSON.stringify of `listAssessments` gives. Stored JSON columns are spliced in unparsed, and each write-once
 * assessment is serialised once per process (item-json-cache.ts): a request reads the page's ids from the
 * index, the rows it has not serialised yet, and the alerts.
 */
export async function listAssessmentsJson(db: Kysely<Database>, profileId: string, q: ListQuery = {}): Promise<string> {
  const { base, limit, offset, order } = pageFilter(db, profileId, q);
  const [idRows, count] = await Promise.all([
    base.select('id').orderBy('at', order).orderBy('id', order).limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const cache = itemJsonCache(db);
  const page = new Map(idRows.map((r) => [r.id, cache.get(r.id)]));
  const missing = idRows.filter((r) => !page.get(r.id)).map((r) => r.id);
  if (missing.length) {
    const rows = await db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId).where('id', 'in', missing).execute();
    for (const row of rows) page.set(row.id, rememberItemJson(cache, row));
  }
  const splicer = rawJsonSplicer();
  const alerts = await alertsFor(db, idRows.map((r) => r.id), splicer.ref);
  const items: string[] = [];
  for (const [id, item] of page) {
    // A row erased between the two reads is left out.
    if (item) items.push(item.head + splicer.stringify(alerts.get(id) ?? []) + item.tail);
  }
  return `{"items":[${items.join(',')}],${JSON.stringify({ total: Number(count.n), limit, offset }).slice(1)}`;
}

function pageFilter(db: Kysely<Database>, profileId: string, q: ListQuery) {
  let base = db.selectFrom('assessments').where('profile_id', '=', profileId);
  if (q.from) base = base.where('at', '>=', q.from);
  if (q.to) base = base.where('at', '<', q.to);
  return { base, limit: q.limit ?? 50, offset: q.offset ?? 0, order: q.order ?? 'desc' };
}

async function fetchPage(db: Kysely<Database>, profileId: string, q: ListQuery) {
  const { base, limit, offset, order } = pageFilter(db, profileId, q);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('at', order).orderBy('id', order).limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n), limit, offset };
}

/** One assessment of the profile, or NOT_FOUND. */
export async function getAssessment(db: Kysely<Database>, profileId: string, id: string): Promise<StoredAssessment> {
  const row = await db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new BurnoutError('NOT_FOUND', `no assessment ${id} in this profile`);
  const alerts = await alertsFor(db, [row.id]);
  return fromAssessmentRow(row, alerts.get(row.id) ?? []);
}

/** Every assessment of the profile, oldest first (exports). */
export async function allAssessments(db: Kysely<Database>, profileId: string): Promise<StoredAssessment[]> {
  const rows = await db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId)
    .orderBy('at', 'asc').orderBy('id', 'asc').execute();
  const alerts = groupAlerts(await db.selectFrom('alerts').selectAll().where('profile_id', '=', profileId).orderBy('at').orderBy('id').execute());
  return rows.map((r) => fromAssessmentRow(r, alerts.get(r.id) ?? []));
}

/** The alerts each of these check-ins raised or last updated, by check-in id. */
async function alertsFor(db: Kysely<Database>, ids: string[], json?: JsonReader): Promise<Map<string, StoredAlert[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('alerts').selectAll()
    .where((eb) => eb.or([eb('assessment_id', 'in', ids), eb('last_assessment_id', 'in', ids)]))
    .orderBy('at').orderBy('id').execute();
  return groupAlerts(rows, json);
}

/** Groups alerts under the check-in that raised them and, when different, the one that last updated them. */
function groupAlerts(rows: AlertRow[], json?: JsonReader): Map<string, StoredAlert[]> {
  const out = new Map<string, StoredAlert[]>();
  for (const r of rows) {
    const alert = fromAlertRow(r, json);
    for (const key of new Set([r.assessment_id, r.last_assessment_id])) {
      if (!key) continue;
      const list = out.get(key) ?? [];
      list.push(alert);
      out.set(key, list);
    }
  }
  return out;
}
