// Per-store cache of assessments serialised for the list API, split where their alerts go. Assessment rows change
// only through the diary (a recomputed trend, an edited self-report or note, a deletion, an import), which drops the
// handle's whole cache after each commit (src/diary/deps.ts inTransaction); an erasure drops it too, so that no copy
// of erased data stays in memory. Alerts change (acknowledgement, updates) and are read fresh every time.
// PostgreSQL: no cache. Other processes (server replicas, workers) write too, so a cache would need invalidating
// across processes, and there it does not pay: bench/list-cache.ts measured 0–7 % of a page (SQLite: 45–57 %).
import type { Kysely } from 'kysely';
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

/** The cache of one SQLite handle (created on first use; oldest entries go first beyond 2000); none on PostgreSQL. */
export function itemJsonCache(db: Kysely<Database>): Map<string, ItemJson> {
  // On PostgreSQL every request serialises afresh (a throw-away map): nothing stale or erased stays in memory.
  if (isPostgres(db)) return new Map();
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** Drops every cached item of one database handle (erasure: no copy of erased data stays in memory). */
export function forgetItemJson(db: object): void {
  caches.delete(db);
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
