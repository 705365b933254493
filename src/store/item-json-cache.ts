// Per-store cache of assessments serialised for the list API, split where their alerts go. Assessment rows change
// only through the diary (a recomputed trend, an edited self-report or note, a deletion, an import), which drops the
// handle's whole cache after each commit (src/diary/deps.ts inTransaction); an erasure drops it too, so that no copy
// of erased data stays in memory. Alerts change (acknowledgement, updates) and are read fresh every time.
// PostgreSQL: other processes (server replicas, workers) write too, so each write also NOTIFYs LIST_CHANGED_CHANNEL at
// commit, and the cache is used only while a listener drops it on every such notification (shareItemJsonCache):
// without one, every request serialises afresh.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './profile-lock.ts';
import { rawJsonSplicer } from './raw-json.ts';
import { fromAssessmentRow, type StoredAlert } from './record.ts';
import type { AssessmentRow, Database } from './types.ts';

/** An assessment's JSON around its alerts array: `head + alertsJson + tail`. */
export interface ItemJson {
  head: string;
  tail: string;
}

// A raw NUL never occurs in JSON.stringify output (control characters are escaped) nor in valid stored JSON.
const ALERTS_HOLE = '\u0000';
const MAX_ENTRIES = 2000;
const caches = new WeakMap<object, Map<string, ItemJson>>();
/** PostgreSQL handles whose cache a LISTEN connection keeps valid. */
const shared = new WeakSet<object>();

/** NOTIFY channel on which a PostgreSQL write to a profile's check-ins is announced (the payload is empty). */
export const LIST_CHANGED_CHANNEL = 'burnout_list_changed';

/** The cache of one database handle (created on first use; oldest entries go first beyond 2000). */
export function itemJsonCache(db: Kysely<Database>): Map<string, ItemJson> {
  // A PostgreSQL cache nobody invalidates across processes would serve stale or erased rows: use a throw-away one.
  if (isPostgres(db) && !shared.has(db)) return new Map();
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** Drops every cached item of one database handle (erasure: no copy of erased data stays in memory). */
export function forgetItemJson(db: object): void {
  caches.delete(db);
}

/**
 * PostgreSQL: turns the cache of `db` on while a listener on LIST_CHANGED_CHANNEL is connected (it calls forgetItemJson
 * on every notification), off when it lost its connection (notifications may be missed). Drops the cache either way.
 */
export function shareItemJsonCache(db: Kysely<Database>, listening: boolean): void {
  if (listening) shared.add(db);
  else shared.delete(db);
  forgetItemJson(db);
}

/** Announces, at the commit of `trx`, that check-in rows changed (PostgreSQL; other processes drop their caches). */
export async function notifyListChanged(trx: Kysely<Database>): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_notify(${LIST_CHANGED_CHANNEL}, '')`.execute(trx);
}

/** Serialises a row (stored JSON columns spliced in unparsed) and keeps it in `cache`. */
export function rememberItemJson(cache: Map<string, ItemJson>, row: AssessmentRow): ItemJson {
  const splicer = rawJsonSplicer();
  const json = splicer.stringify(fromAssessmentRow(row, splicer.ref<StoredAlert[]>(ALERTS_HOLE), splicer.ref));
  const parts = json.split(ALERTS_HOLE);
  if (parts.length !== 2) throw new Error(`assessment ${row.id} has a stored JSON column that is not valid JSON`);
  const item = { head: parts[0]!, tail: parts[1]! };
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(row.id, item);
  return item;
}
