// Alerts repository: list a profile's alerts (open and resolved) and acknowledge one.
import type { Kysely } from 'kysely';
import { BurnoutError } from '../errors.ts';
import { newId, nowIso } from './ids.ts';
import { fromAlertRow, type StoredAlert } from './record.ts';
import type { Database } from './types.ts';

/** Filter and paging for alerts. */
export interface AlertQuery {
  /** Only alerts not acknowledged yet. */
  unacknowledged?: boolean;
  /** Only open (rule still holds) or only resolved alerts. */
  status?: 'open' | 'resolved';
  limit?: number;
  offset?: number;
}

/** A profile's alerts, most recently seen first, and how many match. */
export async function listAlerts(db: Kysely<Database>, profileId: string, q: AlertQuery = {}) {
  let base = db.selectFrom('alerts').where('profile_id', '=', profileId);
  if (q.unacknowledged) base = base.where('acknowledged_at', 'is', null);
  if (q.status === 'open') base = base.where('resolved_at', 'is', null);
  if (q.status === 'resolved') base = base.where('resolved_at', 'is not', null);
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('last_seen_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => fromAlertRow(r)), total: Number(count.n), limit, offset };
}

/**
 * Acknowledges an alert of the profile (idempotent: the first acknowledgement time is kept) and logs it.
 * Throws NOT_FOUND when the profile has no such alert.
 */
export async function acknowledgeAlert(db: Kysely<Database>, profileId: string, id: string, actor: string): Promise<StoredAlert> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('alerts').selectAll().where('profile_id', '=', profileId).where('id', '=', id).executeTakeFirst();
    if (!row) throw new BurnoutError('NOT_FOUND', `no alert ${id} in this profile`);
    if (row.acknowledged_at !== null) return fromAlertRow(row);
    const at = nowIso();
    await trx.updateTable('alerts').set({ acknowledged_at: at }).where('id', '=', id).execute();
    await trx.insertInto('audit_log').values({
      id: newId(), at, actor, action: 'alert.ack', profile_id: profileId, target_id: id, detail: null,
    }).execute();
    return fromAlertRow({ ...row, acknowledged_at: at });
  });
}
