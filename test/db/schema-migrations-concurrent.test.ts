// Schema migrations started at the same time (needs PostgreSQL: BURNOUT_TEST_PG_URL, which .ci/run sets). Servers and
// workers migrate the store and the job queue as they start; Kysely's migrator lists every table of the database, which
// fails while another session renames or drops tables — graphile-worker's migrations do — and a server start failed
// that way in CI ("database migration failed"). Each round takes a fresh database and starts the queue's migration and
// two store migrations at once; then stores migrate into schemas of one database (last the default schema) while
// another session keeps creating, renaming and dropping tables of its own schema outside the schema lock.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSection } from '../../src/config/sections/store.ts';
import { migrateQueue } from '../../src/jobs/queue.ts';
import { openStore } from '../../src/store/open.ts';
import { createTempDatabase, type TempDatabase } from '../helpers/pg-database.ts';

const PG_URL = process.env.BURNOUT_TEST_PG_URL;
if (!PG_URL) console.warn('schema migration test: BURNOUT_TEST_PG_URL is not set — skipped (it needs PostgreSQL; .ci/run sets it).');

const ROUNDS = 4;

/** Migrates the store of `url` (in `schema` when given) and returns how many store migrations are recorded. */
async function migrateStore(url: string, schema?: string): Promise<number> {
  const store = await openStore(storeSection.parse({ databaseUrl: url }), schema ? { pgSchema: schema } : {});
  try {
    const rows = await store.db.selectFrom(`${schema ?? 'public'}.kysely_migration` as never).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    return Number(rows.n);
  } finally {
    await store.close();
  }
}

describe.skipIf(!PG_URL)('schema migrations at the same time (PostgreSQL)', () => {
  const databases: TempDatabase[] = [];
  afterAll(async () => { for (const d of databases) await d.drop(); }, 60_000);

  it('the job queue and two stores migrate one fresh database at once, every round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const db = await createTempDatabase(PG_URL!, 'mig_at_once');
      databases.push(db);
      const [, a, b] = await Promise.all([migrateQueue(db.url, 'graphile_worker'), migrateStore(db.url), migrateStore(db.url)]);
      expect([a, b]).toEqual([8, 8]);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const jobs = await client.query("select count(*)::int as n from information_schema.tables where table_schema = 'graphile_worker'");
      await client.end();
      expect(jobs.rows[0].n).toBeGreaterThan(0);
    }
  }, 240_000);

  it('stores migrate into schemas of one database while another session keeps renaming and dropping tables outside the lock', async () => {
    const db = await createTempDatabase(PG_URL!, 'mig_churn');
    databases.push(db);
    const churn = new pg.Client({ connectionString: db.url });
    await churn.connect();
    await churn.query('create schema other');
    let stop = false;
    let cycles = 0;
    const churning = (async () => {
      while (!stop) {
        // One statement each (each commits): other sessions' listings see these tables come and go.
        await churn.query('create table other.t (id serial primary key, v text)');
        await churn.query('alter table other.t rename to u');
        await churn.query('drop table other.u');
        cycles++;
      }
    })();
    try {
      for (let round = 0; round < 2 * ROUNDS; round++) {
        expect(await migrateStore(db.url, `store_${round}`)).toBe(8);
      }
      // The default schema after the others: their bookkeeping tables must not pass for its own.
      expect(await migrateStore(db.url)).toBe(8);
    } finally {
      stop = true;
      await churning;
      await churn.end();
    }
    expect(cycles).toBeGreaterThan(0);
  }, 240_000);
});
