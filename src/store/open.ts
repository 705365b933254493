// Opens the store: SQLite (better-sqlite3, WAL) by default, PostgreSQL (pg) when a database URL is set; migrates.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase, { type Database as RawSqlite } from 'better-sqlite3';
import pg from 'pg';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Config } from '../config/schema.ts';
import { resolvePath } from '../config/load.ts';
import { BurnoutError } from '../errors.ts';
import { migrateToLatest } from './migrate.ts';
import { StorePostgresDialect } from './pg-dialect.ts';
import type { Database, StoreDialect } from './types.ts';

/** An open store: the Kysely handle the repositories take first, and how to close it. */
export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** Where it lives, without credentials (for messages). */
  location: string;
  close(): Promise<void>;
}

/** Options beyond config, mostly for tests. */
export interface OpenOptions {
  /** PostgreSQL schema to use (created when missing); tests give each run its own. */
  pgSchema?: string;
  /** Skip migrations (the caller runs them). */
  migrate?: boolean;
  /** Max PostgreSQL pool connections (default 10). */
  pgPoolSize?: number;
}

/**
 * Opens the configured store and migrates it to the latest schema. SQLite runs with WAL, synchronous=FULL
 * (a committed check-in survives a crash and a power cut), busy_timeout 5 s, foreign keys on and secure_delete on.
 */
export async function openStore(storeConfig: Readonly<Config['store']>, given: OpenOptions = {}): Promise<Store> {
  const options = storeConfig.databaseSchema && !given.pgSchema ? { ...given, pgSchema: storeConfig.databaseSchema } : given;
  const store = storeConfig.databaseUrl
    ? openPostgres(storeConfig.databaseUrl, options)
    : openSqlite(resolvePath(storeConfig.sqlitePath));
  try {
    if (store.dialect === 'postgres' && options.pgSchema) {
      await sql`create schema if not exists ${sql.id(options.pgSchema)}`.execute(store.db);
    }
    if (options.migrate !== false) await migrateToLatest(store.db, store.dialect, store.dialect === 'postgres' ? options.pgSchema : undefined);
  } catch (e) {
    await store.close().catch(() => {});
    if (e instanceof BurnoutError) throw e;
    throw new BurnoutError('STORE_FAILED', `cannot open the database at ${store.location}: ${describe(e)}`, { cause: e });
  }
  return store;
}

/** Opens a SQLite file (its folder is created) with the project's pragmas. */
export function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let raw: RawSqlite;
  try {
    raw = new SqliteDatabase(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('foreign_keys = ON');
    // Deleted content is overwritten with zeros as it is deleted (erasure must not leave readable free pages).
    raw.pragma('secure_delete = ON');
  } catch (e) {
    throw new BurnoutError('STORE_FAILED', `cannot open the SQLite database ${file}: ${describe(e)}`, { cause: e });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, so keep the most recent ones by SQL
 * text (the repositories issue a few dozen distinct statements; the cap only guards against unbounded growth).
 */
function withStatementCache(raw: RawSqlite, max = 200) {
  const cache = new Map<string, ReturnType<RawSqlite['prepare']>>();
  return {
    close: () => { cache.clear(); raw.close(); },
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (!stmt) {
        stmt = raw.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
  };
}

function openPostgres(url: string, options: OpenOptions): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolSize ?? 10,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new StorePostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redact(url), close: () => db.destroy() };
}

/** The URL without its password. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql (unparsable URL)';
  }
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
