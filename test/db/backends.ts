// Test backends for the repository suite: SQLite always (a temp file), PostgreSQL when BURNOUT_TEST_PG_URL is set
// (each run gets its own schema, dropped afterwards, so parallel runs never collide).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/index.ts';
import { storeSection } from '../../src/config/sections/store.ts';

/** A store the test can use and throw away. */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store & { dispose(): Promise<void> }>;
}

const PG_URL = process.env.BURNOUT_TEST_PG_URL;

/** The backends to run on; prints once why PostgreSQL is skipped. */
export function testBackends(): TestBackend[] {
  const out: TestBackend[] = [{ name: 'sqlite', open: openTempSqlite }];
  if (PG_URL) out.push({ name: 'postgres', open: openTempPostgres });
  else console.warn('db tests: BURNOUT_TEST_PG_URL is not set — PostgreSQL runs skipped (SQLite only). .ci/run sets it.');
  return out;
}

/** A fresh SQLite store in a temp folder. */
export async function openTempSqlite(): Promise<Store & { dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'burnout-db-'));
  const store = await openStore(storeSection.parse({ sqlitePath: join(dir, 'test.sqlite') }));
  return { ...store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function openTempPostgres(): Promise<Store & { dispose(): Promise<void> }> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const store = await openStore(storeSection.parse({ databaseUrl: PG_URL }), { pgSchema: schema, pgPoolSize: 4 });
  return {
    ...store,
    dispose: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}
