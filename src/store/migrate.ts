// Runs the dated, frozen migrations in src/store/migrations/ (listed here in order) with Kysely's Migrator.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { BurnoutError } from '../errors.ts';
import { underSchemaLock } from './schema-lock.ts';
import type { Database, StoreDialect } from './types.ts';
import * as m20261121 from './migrations/2026-11-21-initial.ts';
import * as m20261205 from './migrations/2026-12-05-risk-evidence.ts';
import * as m20261206a from './migrations/2026-12-06-alert-state.ts';
import * as m20261206d from './migrations/2026-12-06-diary.ts';
import * as m20261207 from './migrations/2026-12-07-questionnaire-baseline.ts';
import * as m20261208 from './migrations/2026-12-08-check-in-jobs.ts';
import * as m20261209 from './migrations/2026-12-09-accounts.ts';
import * as m20261210 from './migrations/2026-12-10-trend-modalities.ts';

/** Every migration, by its dated name. New migrations are appended here; existing ones are never edited. */
function migrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '2026-11-21-initial': { up: (db) => m20261121.up(db, dialect), down: (db) => m20261121.down(db) },
    '2026-12-05-risk-evidence': { up: (db) => m20261205.up(db), down: (db) => m20261205.down(db) },
    '2026-12-06-alert-state': { up: (db) => m20261206a.up(db), down: (db) => m20261206a.down(db) },
    '2026-12-06-diary': { up: (db) => m20261206d.up(db), down: (db) => m20261206d.down(db) },
    '2026-12-07-questionnaire-baseline': { up: (db) => m20261207.up(db), down: (db) => m20261207.down(db) },
    '2026-12-08-check-in-jobs': { up: (db) => m20261208.up(db, dialect), down: (db) => m20261208.down(db) },
    '2026-12-09-accounts': { up: (db) => m20261209.up(db), down: (db) => m20261209.down(db) },
    '2026-12-10-trend-modalities': { up: (db) => m20261210.up(db), down: (db) => m20261210.down(db) },
  };
}

/**
 * Brings the schema up to date; throws STORE_FAILED naming the migration that failed and why. `schema` (PostgreSQL)
 * keeps Kysely's bookkeeping tables in that schema, so that migrations of two schemas in one database cannot see each
 * other's (the store's dialect lists only its own schema's tables to the migrator: `pg-dialect.ts`). On PostgreSQL,
 * processes starting together (servers and workers) take turns under the project's schema lock (`schema-lock.ts`,
 * shared with the job queue's migrations).
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: StoreDialect, schema?: string): Promise<string[]> {
  if (dialect !== 'postgres') return migrate(db, dialect, schema);
  return db.connection().execute((conn) => underSchemaLock((text) => sql.raw(text).execute(conn), () => migrate(db, dialect, schema)));
}

async function migrate(db: Kysely<Database>, dialect: StoreDialect, schema: string | undefined): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
    throw new BurnoutError('STORE_FAILED', `database migration${failed ? ` ${failed.migrationName}` : ''} failed: ${why}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
