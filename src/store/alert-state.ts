// Alert state rows: the open alerts of a profile, and raising, updating and resolving one (DESIGN §5: at most one
// open alert per rule per profile, enforced by a partial unique index). The diary service decides; this writes.
import type { Kysely } from 'kysely';
import type { Alert } from '../trend/types.ts';
import { newId } from './ids.ts';
import type { AlertRow, Database } from './types.ts';

/** The check-in an alert is raised or updated at. */
export interface AlertCheckIn {
  id: string;
  at: string;
}

/** The profile's unresolved alerts (at most one per rule). */
export async function openAlerts(db: Kysely<Database>, profileId: string): Promise<AlertRow[]> {
  return db.selectFrom('alerts').selectAll().where('profile_id', '=', profileId).where('resolved_at', 'is', null).execute();
}

/** Inserts a new open alert raised at `checkIn`. */
export async function raiseAlert(db: Kysely<Database>, profileId: string, checkIn: AlertCheckIn, alert: Alert): Promise<void> {
  await db.insertInto('alerts').values({
    id: newId(), profile_id: profileId, assessment_id: checkIn.id, at: checkIn.at, rule: alert.rule, reason: alert.reason,
    resources_json: JSON.stringify(alert.resources), acknowledged_at: null, occurrences: 1, last_seen_at: checkIn.at,
    last_assessment_id: checkIn.id, resolved_at: null,
  }).execute();
}

/**
 * Updates an open alert whose rule still holds: the reason (and resources) as of now, the latest check-in at which it
 * held, and, when `newCheckIn` is set (a new check-in met the rule, not a recomputation), one more occurrence.
 */
export async function touchAlert(db: Kysely<Database>, row: AlertRow, checkIn: AlertCheckIn, alert: Alert, newCheckIn: boolean): Promise<void> {
  await db.updateTable('alerts').set({
    reason: alert.reason,
    resources_json: JSON.stringify(alert.resources),
    last_seen_at: checkIn.at,
    last_assessment_id: checkIn.id,
    occurrences: Number(row.occurrences) + (newCheckIn ? 1 : 0),
  }).where('id', '=', row.id).execute();
}

/** Marks an open alert resolved at `at` (it stays in the list). */
export async function resolveAlert(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('alerts').set({ resolved_at: at }).where('id', '=', id).execute();
}
