// Isolation between accounts, on SQLite and PostgreSQL, as a property over every route of the OpenAPI document: user
// B, signed in, sends any method to any route with A's ids in the path, A's profile in X-Profile-Id and ?profile=, and
// bodies made of A's data; B never gets A's data (no id, profile id or text of A's in any answer), every route naming
// an id of A's answers 4xx (404 or 403 — never 2xx), and A's rows are exactly as before. Without a session every
// non-public route answers 401. On PostgreSQL the app has check-in jobs (GET /api/jobs/:id, A's job included).
import fc from 'fast-check';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type User } from '../../src/auth/users.ts';
import { startJobClient, type JobClient } from '../../src/jobs/job-client.ts';
import { insertJob } from '../../src/store/check-in-jobs.ts';
import { recordQuestionnaire } from '../../src/service/questionnaire.ts';
import { countProfileRows } from '../../src/store/erase.ts';
import { newId, saveCheckIn } from '../../src/store/index.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { authApp, authConfig, signIn } from '../helpers/auth.ts';
import { testBackends } from './backends.ts';

const PW = 'correct horse battery';
const SECRET = 'ALICE-PRIVATE-JOURNAL';
const config = authConfig({ BURNOUT_STORE_ALLOW_TEXT_STORAGE: 'true' });
const GW_SCHEMA = `t_iso_gw_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
/** With jobs (PostgreSQL): a check-in is queued and answered 202 at once (no worker runs in this test). */
const jobsConfig = authConfig({ BURNOUT_STORE_ALLOW_TEXT_STORAGE: 'true', BURNOUT_JOBS_SCHEMA: GW_SCHEMA, BURNOUT_SERVER_SYNC_WAIT_MS: '0', DATABASE_URL: process.env.BURNOUT_TEST_PG_URL ?? '' });

/** Every API route and method in the app's OpenAPI document, paths in Fastify form (`:id`). */
async function apiRoutes(app: FastifyInstance): Promise<{ method: string; url: string }[]> {
  await app.ready();
  const doc = (app as unknown as { swagger(): { paths: Record<string, Record<string, unknown>> } }).swagger();
  return Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/') && !p.startsWith('/api/docs'))
    .flatMap(([p, methods]) => Object.keys(methods).map((m) => ({ method: m.toUpperCase(), url: p.replace(/\{(\w+)\}/g, ':$1') })));
}

for (const backend of testBackends()) {
  describe(`isolation between accounts (${backend.name})`, () => {
    let store: Awaited<ReturnType<typeof backend.open>>;
    let app: FastifyInstance;
    let alice: User;
    let routes: { method: string; url: string }[];
    let jobs: JobClient | undefined;
    const aliceIds: string[] = [];

    beforeAll(async () => {
      store = await backend.open();
      if (backend.name === 'postgres') jobs = await startJobClient(store.db, jobsConfig);
      app = await authApp(store, jobs ? jobsConfig : config, undefined, jobs);
      alice = await addUser(store.db, { username: 'alice', password: PW, team: 'Blue' });
      await addUser(store.db, { username: 'bob', password: PW, team: 'Blue' });
      for (let i = 0; i < 3; i++) {
        const saved = await saveCheckIn(store.db, {
          assessment: { id: newId(), profileId: alice.profileId, at: new Date(Date.now() - i * 86_400_000).toISOString(), result: makeResult('high'), fusionModel: 'fusion@test', journalText: `${SECRET} ${i}` },
          alerts: i === 0 ? [{ rule: 'high-risk-repeated', reason: 'High twice', resources: ['call someone'] }] : [],
          actor: 'test',
        });
        aliceIds.push(saved.id, ...saved.alerts.map((a) => a.id));
      }
      const q = await recordQuestionnaire(store.db, config, { profileId: alice.profileId, answers: Array(13).fill(2), actor: 'test' });
      aliceIds.push(q.id);
      if (jobs) {
        const jobId = newId();
        await insertJob(store.db, { id: jobId, profileId: alice.profileId, at: new Date().toISOString(), request: { text: SECRET, selfReport: {}, consent: [], given: ['text'] }, media: [] });
        aliceIds.push(jobId);
      }
      routes = await apiRoutes(app);
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await jobs?.close();
      await store?.dispose();
      if (jobs) {
        const client = new pg.Client({ connectionString: process.env.BURNOUT_TEST_PG_URL });
        await client.connect();
        await client.query(`drop schema if exists "${GW_SCHEMA}" cascade`);
        await client.end();
      }
    });

    it('lists every route of the API (at least the ones of this issue and the diary)', () => {
      const names = routes.map((r) => `${r.method} ${r.url}`);
      for (const must of ['GET /api/assessments/:id', 'PATCH /api/assessments/:id', 'DELETE /api/assessments/:id', 'POST /api/alerts/:id/ack', 'DELETE /api/data', 'GET /api/export', 'POST /api/import', 'GET /api/org/report']) {
        expect(names).toContain(must);
      }
      if (jobs) expect(names).toContain('GET /api/jobs/:id');
    });

    it('without a session every route but session, health and model status answers 401', async () => {
      for (const r of routes) {
        if (['/api/session', '/api/health', '/api/models'].includes(r.url)) continue;
        const res = await app.inject({ method: r.method as 'GET', url: r.url.replace(':id', aliceIds[0]!), headers: { 'x-profile-id': alice.profileId } });
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      }
    });

    it('property: B can never read, change or delete anything of A', async () => {
      const exportA = await app.inject({ method: 'GET', url: '/api/export?format=json', headers: { cookie: await signIn(app, 'alice', PW) } });
      const before = await countProfileRows(store.db, alice.profileId);
      const bodies = [undefined, {}, { selfReport: { energy: 1 }, journalText: null }, { answers: Array(13).fill(4) }, { timeZone: 'Europe/Berlin' }, JSON.parse(exportA.body) as unknown];
      let bob = await signIn(app, 'bob', PW);
      const leaks = (text: string) => aliceIds.some((id) => text.includes(id)) || text.includes(alice.profileId) || text.includes(SECRET);
      await fc.assert(fc.asyncProperty(
        fc.constantFrom(...routes), fc.constantFrom(...aliceIds), fc.constantFrom(...bodies), fc.boolean(), fc.boolean(),
        async (route, id, body, header, query) => {
          const url = route.url.replace(':id', id) + (query ? `?profile=${alice.profileId}` : '');
          const send = () => app.inject({
            method: route.method as 'GET', url,
            headers: { cookie: bob, ...(header ? { 'x-profile-id': alice.profileId } : {}) },
            ...(body !== undefined && route.method !== 'GET' && route.method !== 'DELETE' ? { payload: body as object } : {}),
          });
          let res = await send();
          // B erasing B's own data ends B's sessions: sign in again and go on.
          if (res.statusCode === 401 && route.url !== '/api/session') {
            bob = await signIn(app, 'bob', PW);
            res = await send();
          }
          if (route.url === '/api/session' && route.method !== 'GET') bob = await signIn(app, 'bob', PW);
          // An error may echo the id B sent (it tells B nothing B did not know); nothing else of A's may appear.
          const answer = res.body.split(id).join('');
          expect(leaks(answer), `${route.method} ${url} leaked A's data: ${res.body.slice(0, 200)}`).toBe(false);
          // A route naming A's id: 404 or 403; 400 only for a body malformed whatever the id (checked before the lookup).
          if (route.url.includes(':id')) {
            expect([400, 403, 404], `${route.method} ${url} → ${res.statusCode}`).toContain(res.statusCode);
            if (res.statusCode === 400) expect(body).not.toEqual({ selfReport: { energy: 1 }, journalText: null });
          }
        }), { numRuns: 250, seed: 16 });
      expect(await countProfileRows(store.db, alice.profileId)).toEqual(before);
      const asAlice = await app.inject({ method: 'GET', url: '/api/assessments?limit=10', headers: { cookie: await signIn(app, 'alice', PW) } });
      expect(asAlice.json().total).toBe(3);
      expect(asAlice.body).toContain(SECRET);
    }, 240_000);
  });
}
