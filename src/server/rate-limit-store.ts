// A @fastify/rate-limit store whose counters live in PostgreSQL (the unlogged table rate_limits), so that server
// replicas behind one proxy share them: a client gets `rateLimitPerMinute` in all, not per replica. One statement per
// request, committed without waiting for a WAL flush (a counter lost in a crash is worth nothing).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/types.ts';

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/** Every this many hits, counters whose window ended are deleted (so the table holds only current clients). */
const PRUNE_EVERY = 1000;

/** The store class @fastify/rate-limit instantiates (`store` option), bound to `db`. */
export function databaseRateLimitStore(db: Kysely<Database>) {
  let hits = 0;
  return class DatabaseRateLimitStore {
    /** Counts one hit of `key` in its window and reports the count and the ms left. */
    incr(key: string, cb: Callback, timeWindow: number): void {
      const now = Date.now();
      if (++hits % PRUNE_EVERY === 0) void db.deleteFrom('rate_limits').where('reset_at', '<', now).execute().catch(() => {});
      sql<{ hits: number; reset_at: string }>`
        with relaxed as (select set_config('synchronous_commit', 'off', true))
        insert into rate_limits (key, hits, reset_at) select ${key}, 1, ${now + timeWindow}::bigint from relaxed
        on conflict (key) do update set
          hits = case when rate_limits.reset_at <= ${now}::bigint then 1 else rate_limits.hits + 1 end,
          reset_at = case when rate_limits.reset_at <= ${now}::bigint then excluded.reset_at else rate_limits.reset_at end
        returning hits, reset_at`.execute(db).then((res) => {
        const row = res.rows[0]!;
        cb(null, { current: Number(row.hits), ttl: Math.max(0, Number(row.reset_at) - now) });
      }, (e: unknown) => cb(e instanceof Error ? e : new Error(String(e))));
    }

    /** Same store for routes with their own limits (the key already differs). */
    child(): this {
      return this;
    }
  };
}
