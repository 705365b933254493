// Audit log repository: who did what and when — never content (no text, scores or media).
import type { Kysely } from 'kysely';
import { newId, nowIso } from './ids.ts';
import type { Database } from './types.ts';

/** One audit entry to record. `detail` must never carry user content; counts and formats only. */
export interface AuditEntry {
  actor: string;
  action: string;
  profileId: string | null;
  targetId?: string | null;
  detail?: string | null;
}

/** Appends an entry to the audit log. */
export async function logAction(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values({
    id: newId(), at: nowIso(), actor: e.actor, action: e.action,
    profile_id: e.profileId, target_id: e.targetId ?? null, detail: e.detail ?? null,
  }).execute();
}

/** A profile's audit entries, newest first. */
export async function listAudit(db: Kysely<Database>, profileId: string, limit = 100) {
  return db.selectFrom('audit_log').selectAll().where('profile_id', '=', profileId)
    .orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
