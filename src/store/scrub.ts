// After personal data is deleted: make its bytes unreadable in the database's own files, as far as the engine allows.
// SQLite (secure_delete=ON, set in open.ts, zeroes deleted content as it is deleted): a TRUNCATE checkpoint copies the
// zeroed pages into the database file and empties the WAL, which still held the old page images. PostgreSQL: VACUUM
// FULL rewrites the erased tables into new files without the dead rows. What neither can reach (the file system's
// free blocks, PostgreSQL's WAL segments, backups) is set out in docs/store.md.
import { sql, type Kysely } from 'kysely';
import { SqliteAdapter } from 'kysely';
import type { Database } from './types.ts';

/** Tables an erasure deletes from (all of them hold personal data). */
export const ERASED_TABLES = ['media', 'consents', 'alerts', 'assessments', 'questionnaires', 'audit_log', 'check_in_job_media', 'check_in_jobs', 'sessions', 'profiles'] as const;

/** What the scrub did. */
export interface ScrubReport {
  engine: 'sqlite' | 'postgres';
  /** SQLite: the WAL was checkpointed and truncated to 0 bytes (false when a reader in another process held it). */
  walTruncated?: boolean;
  /** PostgreSQL: the erased tables were rewritten (VACUUM FULL). */
  vacuumed?: readonly string[];
}

/** Scrubs after an erasure (outside any transaction). */
export async function scrubAfterErase(db: Kysely<Database>): Promise<ScrubReport> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    const rows = (await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db)).rows;
    const r = rows[0];
    return { engine: 'sqlite', walTruncated: r !== undefined && r.busy === 0 };
  }
  // VACUUM cannot run in a transaction block; each table gets its own statement (a short exclusive lock each).
  for (const table of ERASED_TABLES) await sql`vacuum (full) ${sql.table(table)}`.execute(db);
  return { engine: 'postgres', vacuumed: ERASED_TABLES };
}
