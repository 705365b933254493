// Check-in jobs in one process on PostgreSQL (BURNOUT_TEST_PG_URL; skipped without it): POST /api/assessments answers
// 201 within server.syncWaitMs or 202 + Location, GET /api/jobs/:id follows the job, bad input fails at once with its
// code (never retried), a job that already ended is never stored twice, erasure removes queued jobs with their media,
// transient failures are retried with back-off and then fail with their code, a replica never lists a stale row, and
// rate-limit counters are shared.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { loadConfig, resolvePath } from '../../src/config/load.ts';
import { startJobClient, type JobClient, type JobView } from '../../src/jobs/job-client.ts';
import { runCheckInJob } from '../../src/jobs/run-check-in.ts';
import { startJobWorker, type JobWorker } from '../../src/jobs/worker-runner.ts';
import { createAnalysisPool, type AnalysisPool } from '../../src/pool/analysis-pool.ts';
import { buildApp } from '../../src/server/app.ts';
import { startModelHost, trendOnlyModelHost, type ModelHost } from '../../src/server/model-host.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { multipart } from '../helpers/http.ts';

const PG_URL = process.env.BURNOUT_TEST_PG_URL;
if (!PG_URL) console.warn('jobs API tests: BURNOUT_TEST_PG_URL is not set — skipped (they need PostgreSQL; .ci/run sets it).');
const schema = `t_jobs_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const env = {
  ...process.env, DATABASE_URL: PG_URL, BURNOUT_JOBS_SCHEMA: `${schema}_gw`, BURNOUT_JOBS_MAX_ATTEMPTS: '2',
  BURNOUT_JOBS_SWEEP_INTERVAL_SEC: '1', BURNOUT_TEXT_ENGINES: '[lite]', BURNOUT_FACE_ENGINES: '[human]',
  BURNOUT_STORE_ALLOW_TEXT_STORAGE: 'true', BURNOUT_SERVER_ANALYSIS_WORKERS: '1', BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '100000',
};
const config = loadConfig({ env });
/** A JPEG by its magic bytes (accepted at upload), undecodable by sharp (refused by the worker). */
const JPEG_LIKE = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(200).fill(7)]);
const hasModels = [config.fusion.modelDir, config.trend.modelDir, config.text.liteModelDir].every((d) => existsSync(resolvePath(d)));

describe.skipIf(!PG_URL || !hasModels)('check-in jobs through the API (PostgreSQL, one process)', () => {
  let store: Store;
  let jobs: JobClient;
  let models: ModelHost;
  let app: FastifyInstance;
  let worker: JobWorker | null = null;
  const spares: Array<{ close(): Promise<unknown> }> = [];

  beforeAll(async () => {
    store = await openStore(config.store, { pgSchema: schema, pgPoolSize: 6 });
    jobs = await startJobClient(store.db, config);
    models = startModelHost(config);
    app = await buildApp({ config, store, models: trendOnlyModelHost(config), jobs });
    await models.ready;
    expect(models.state, models.error).toBe('ready');
    worker = await startJobWorker({ db: store.db, config, pool: models.analysis!, trendModel: models.trendModel, onLost: () => {} });
  }, 180_000);
  afterAll(async () => {
    await worker?.stop();
    for (const s of spares) await s.close();
    await app?.close();
    await jobs?.close();
    await models?.dispose();
    await store?.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.query(`drop schema if exists "${schema}_gw" cascade`);
    await client.end();
  }, 60_000);

  const post = async (profile: string, fields: Array<[string, string | { bytes: Uint8Array; filename: string }]>, headers: Record<string, string> = {}) => {
    const body = await multipart(fields);
    return app.inject({ method: 'POST', url: '/api/assessments', payload: body.payload, headers: { ...body.headers, 'x-profile-id': profile, ...headers } });
  };
  const follow = async (profile: string, id: string): Promise<JobView> => {
    for (let i = 0; i < 300; i++) {
      const job = (await app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: { 'x-profile-id': profile } })).json() as JobView;
      if (job.state === 'done' || job.state === 'failed') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`job ${id} did not end`);
  };
  const jobRow = (id: string) => store.db.selectFrom('check_in_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('answers 201 with the stored assessment when the worker finishes within the wait', async () => {
    const res = await post('sync', [['text', 'Long day, many meetings.'], ['energy', '4'], ['stress', '7']]);
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json() as { id: string; risk: { level: string } };
    expect(res.headers.location).toBe(`/api/assessments/${a.id}`);
    const list = (await app.inject({ method: 'GET', url: '/api/assessments', headers: { 'x-profile-id': 'sync' } })).json() as { total: number };
    expect(list.total).toBe(1);
  });

  it('answers 202 + Location with Prefer: respond-async; GET /api/jobs/:id gives the job, then its assessment', async () => {
    const res = await post('async', [['text', 'Calm and rested today.'], ['consent', 'text']], { prefer: 'respond-async' });
    expect(res.statusCode).toBe(202);
    const queued = res.json() as JobView;
    expect(res.headers.location).toBe(`/api/jobs/${queued.id}`);
    expect(['queued', 'running', 'done']).toContain(queued.state);
    const done = await follow('async', queued.id);
    expect(done).toMatchObject({ state: 'done', attempts: 1 });
    expect(done.assessment?.journalText).toBe('Calm and rested today.');
    const row = await jobRow(queued.id);
    expect(row).toMatchObject({ request_json: null, assessment_id: done.assessment?.id });
    // Another profile cannot see it.
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${queued.id}`, headers: { 'x-profile-id': 'other' } })).statusCode).toBe(404);
  });

  it('fails bad input at once with its code (no retry) and deletes the job\'s media', async () => {
    const res = await post('bad', [['image', { bytes: JPEG_LIKE, filename: 'x.jpg' }]]);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe('MEDIA_UNDECODABLE');
    const row = await store.db.selectFrom('check_in_jobs').selectAll().where('profile_id', '=', 'bad').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'failed', attempts: 1, error_code: 'MEDIA_UNDECODABLE', request_json: null });
    const media = await store.db.selectFrom('check_in_job_media').select('job_id').where('job_id', '=', row.id).execute();
    expect(media).toEqual([]);
  });

  it('never stores a job twice: running an ended job again does nothing', async () => {
    const res = await post('twice', [['text', 'Once only.']]);
    expect(res.statusCode).toBe(201);
    const row = await store.db.selectFrom('check_in_jobs').selectAll().where('profile_id', '=', 'twice').executeTakeFirstOrThrow();
    await runCheckInJob({ db: store.db, config, pool: models.analysis!, trendModel: models.trendModel, actor: 'test' }, row.id, { attempts: 2, maxAttempts: 2 });
    const n = await store.db.selectFrom('assessments').select((eb) => eb.fn.countAll().as('n')).where('profile_id', '=', 'twice').executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    expect((await jobRow(row.id)).attempts).toBe(1);
  });

  it('a replica never lists a check-in as it was before another process edited it (no stale list cache)', async () => {
    const other = await openStore(config.store, { pgSchema: schema, migrate: false, pgPoolSize: 2 });
    spares.push(other);
    const replica = await buildApp({ config, store: other, models: trendOnlyModelHost(config) });
    spares.push(replica);
    const created = await post('cache', [['text', 'Cached on two replicas.']]);
    const id = (created.json() as { id: string }).id;
    const list = async (a: FastifyInstance) => ((await a.inject({ method: 'GET', url: '/api/assessments', headers: { 'x-profile-id': 'cache' } })).json() as { items: Array<{ note?: string }> }).items[0];
    expect((await list(replica))?.note).toBeUndefined();
    expect((await list(replica))?.note).toBeUndefined(); // a cache would serve this copy from now on
    const patched = await app.inject({ method: 'PATCH', url: `/api/assessments/${id}`, headers: { 'x-profile-id': 'cache' }, payload: { note: 'edited elsewhere' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await list(replica))?.note).toBe('edited elsewhere');
  });

  it('erasure removes the profile\'s queued jobs and their media', async () => {
    await worker!.stop();
    worker = null;
    const res = await post('erase-me', [['text', 'Queued and then erased.'], ['image', { bytes: JPEG_LIKE, filename: 'a.jpg' }]], { prefer: 'respond-async' });
    expect(res.statusCode).toBe(202);
    const id = (res.json() as JobView).id;
    expect((await store.db.selectFrom('check_in_job_media').select('job_id').where('job_id', '=', id).execute()).length).toBe(1);
    const erased = await app.inject({ method: 'DELETE', url: '/api/data', headers: { 'x-profile-id': 'erase-me' } });
    expect(erased.json().deleted).toMatchObject({ check_in_jobs: 1, profiles: 1 });
    expect(await store.db.selectFrom('check_in_jobs').select('id').where('id', '=', id).execute()).toEqual([]);
    expect(await store.db.selectFrom('check_in_job_media').select('job_id').where('job_id', '=', id).execute()).toEqual([]);
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: { 'x-profile-id': 'erase-me' } })).statusCode).toBe(404);
  });

  it('retries a transient failure after a back-off, then fails with its code when the attempts are used up', async () => {
    // A worker whose models did not load: MODEL_MISSING is transient (another worker may have them).
    const broken: AnalysisPool = createAnalysisPool(config, { workers: 1, modelsUnavailable: 'test: no models' });
    spares.push(broken);
    const w = await startJobWorker({ db: store.db, config, pool: broken, trendModel: null, onLost: () => {} });
    spares.push({ close: () => w.stop() });
    const t0 = Date.now();
    const res = await post('flaky', [['text', 'Will this be analysed?']], { prefer: 'respond-async' });
    const job = await follow('flaky', (res.json() as JobView).id);
    expect(job).toMatchObject({ state: 'failed', attempts: 2, error: { code: 'MODEL_MISSING' } });
    // graphile-worker waits exp(1) ≈ 2.7 s before the second attempt.
    expect(Date.now() - t0).toBeGreaterThan(2000);
  }, 60_000);

  it('shares rate-limit counters between server replicas through PostgreSQL', async () => {
    const limited = loadConfig({ env: { ...env, BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '4' } });
    const replicas = [await buildApp({ config: limited, store, models: trendOnlyModelHost(limited) }), await buildApp({ config: limited, store, models: trendOnlyModelHost(limited) })];
    spares.push(...replicas);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await replicas[i % 2]!.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.9.8.7' })).statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
