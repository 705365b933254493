// Per-profile ordering of writes across processes: on PostgreSQL a transaction-scoped advisory lock keyed by the
// profile, so that two servers or workers writing the same profile's diary (a check-in, an edit, an import, an
// erasure) run one after the other and each sees the other's rows. SQLite has one writer at a time anyway.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './types.ts';

/** First key of the two-key advisory locks this project takes on profiles ('bp'). */
const PROFILE_LOCK_SPACE = 0x6270;

/** Whether `db` talks to PostgreSQL. */
export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Takes the profile's write lock for the rest of the transaction `trx` (released at commit or rollback). Call it first
 * in every transaction that reads a profile's history and writes from it. No-op on SQLite.
 */
export async function lockProfile(trx: Kysely<Database>, profileId: string): Promise<void> {
  if (!isPostgres(trx)) return;
  await sql`select pg_advisory_xact_lock(${PROFILE_LOCK_SPACE}, hashtext(${profileId}))`.execute(trx);
}
