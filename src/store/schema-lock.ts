// One PostgreSQL advisory lock for every change to this project's database schema: the store's migrations and the job
// queue's (graphile-worker's) take turns under it. Kysely's migrator looks for its tables by listing every table of the
// database, and that listing fails ("relation … does not exist") while another session renames or drops tables — as
// graphile-worker's migrations do — so the two must not run at once (seen as a failed server start in the
// multi-process jobs test).

/** First key of this project's two-key advisory locks ('bj'); the job machinery uses it too (liveness keys are ≥ 1). */
export const PROJECT_LOCK_SPACE = 0x626a;

/** Second key of the schema lock. */
const SCHEMA_LOCK_KEY = 0;

/**
 * Runs `body` while holding the schema lock on the session that `query` runs its SQL on (a session lock: `query` must
 * always use the same connection). Waits for the lock as long as another process holds it.
 */
export async function underSchemaLock<T>(query: (text: string) => Promise<unknown>, body: () => Promise<T>): Promise<T> {
  await query(`select pg_advisory_lock(${PROJECT_LOCK_SPACE}, ${SCHEMA_LOCK_KEY})`);
  try {
    return await body();
  } finally {
    await query(`select pg_advisory_unlock(${PROJECT_LOCK_SPACE}, ${SCHEMA_LOCK_KEY})`).catch(() => undefined);
  }
}
