// Writes validated check-ins of a JSON export into a profile, ids kept: check-ins (and their alerts) whose id is
// already stored are skipped and counted. Writes with `db`, which the caller makes a transaction (all or nothing).
import type { Kysely } from 'kysely';
import { newId, nowIso } from './ids.ts';
import { toAssessmentRow, type StoredAlert, type StoredAssessment } from './record.ts';
import type { Database } from './types.ts';

/** What an import did. */
export interface ImportCounts {
  /** Check-ins written. */
  imported: number;
  /** Check-ins whose id was already stored (in any profile): left as they are. */
  skipped: number;
  /** Alerts written (an alert listed under two check-ins counts once). */
  alerts: number;
  /** Journal texts and notes left out because config forbids storing text. */
  textDropped: number;
  /** Ids of the check-ins written. */
  ids: string[];
}

/**
 * Inserts the check-ins into `profileId` (whatever profile they were exported from). With `keepText` false, journal
 * texts and notes are dropped. An imported open alert whose rule already has an open alert in the profile is stored
 * resolved at its last-seen time (one open alert per rule). Logs `data.import` with the counts.
 */
export async function importAssessments(db: Kysely<Database>, profileId: string, items: readonly StoredAssessment[],
  opts: { keepText: boolean; actor: string }): Promise<ImportCounts> {
  const ids = items.map((a) => a.id);
  const existing = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('assessments').select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) existing.add(r.id);
  }
  const counts: ImportCounts = { imported: 0, skipped: 0, alerts: 0, textDropped: 0, ids: [] };
  const written = new Set<string>();
  for (const a of items) {
    if (existing.has(a.id) || written.has(a.id)) {
      counts.skipped++;
      continue;
    }
    const hasText = a.journalText !== undefined || a.note !== undefined;
    if (hasText && !opts.keepText) counts.textDropped++;
    const row = toAssessmentRow({
      id: a.id, profileId, at: a.at, fusionModel: a.models.fusion ?? null,
      journalText: opts.keepText ? (a.journalText ?? null) : null,
      note: opts.keepText ? (a.note ?? null) : null,
      result: {
        risk: a.risk, modalities: a.modalities, selfReport: a.selfReport, explanation: a.explanation, notice: a.notice,
        timings: {}, trend: a.trend ?? undefined, alerts: [],
        ...(a.help ? { help: a.help } : {}), ...(a.safetyLanguage ? { safetyLanguage: true } : {}),
        ...(a.baseline ? { baseline: a.baseline } : {}),
      },
    });
    await db.insertInto('assessments').values(row).execute();
    written.add(a.id);
    counts.ids.push(a.id);
  }
  counts.imported = written.size;
  counts.alerts = await insertAlerts(db, profileId, items.flatMap((a) => a.alerts), written);
  await db.insertInto('audit_log').values({
    id: newId(), at: nowIso(), actor: opts.actor, action: 'data.import', profile_id: profileId, target_id: null,
    detail: `imported=${counts.imported} skipped=${counts.skipped} alerts=${counts.alerts} text_dropped=${counts.textDropped}`,
  }).execute();
  return counts;
}

/** Inserts the alerts raised by check-ins written now (once each); keeps one open alert per rule. */
async function insertAlerts(db: Kysely<Database>, profileId: string, alerts: readonly StoredAlert[], written: ReadonlySet<string>): Promise<number> {
  const seen = new Set<string>();
  const open = new Set((await db.selectFrom('alerts').select('rule').where('profile_id', '=', profileId).where('resolved_at', 'is', null).execute()).map((r) => r.rule));
  let n = 0;
  for (const al of alerts) {
    if (seen.has(al.id) || !written.has(al.assessmentId)) continue;
    seen.add(al.id);
    if ((await db.selectFrom('alerts').select('id').where('id', '=', al.id).executeTakeFirst()) !== undefined) continue;
    let resolvedAt = al.resolvedAt;
    if (resolvedAt === null && open.has(al.rule)) resolvedAt = al.lastSeenAt;
    if (resolvedAt === null) open.add(al.rule);
    await db.insertInto('alerts').values({
      id: al.id, profile_id: profileId, assessment_id: al.assessmentId, at: al.at, rule: al.rule, reason: al.reason,
      resources_json: JSON.stringify(al.resources), acknowledged_at: al.acknowledgedAt, occurrences: al.occurrences,
      last_seen_at: al.lastSeenAt,
      last_assessment_id: al.lastAssessmentId && written.has(al.lastAssessmentId) ? al.lastAssessmentId : null,
      resolved_at: resolvedAt,
    }).execute();
    n++;
  }
  return n;
}
