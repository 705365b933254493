// A throw-away PostgreSQL database in the test cluster (BURNOUT_TEST_PG_URL), for tests and benchmarks that start
// several processes which each open the store by URL: created empty, dropped (connections and all) afterwards.
import pg from 'pg';

/** A database made for one run. */
export interface TempDatabase {
  /** Its URL (same server and user as the admin URL). */
  url: string;
  drop(): Promise<void>;
}

/** Creates `<prefix>_<pid>_<random>` on the server of `adminUrl`. */
export async function createTempDatabase(adminUrl: string, prefix: string): Promise<TempDatabase> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(adminUrl, `create database "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(adminUrl, `drop database if exists "${name}" with (force)`) };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
