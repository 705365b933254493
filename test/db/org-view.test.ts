// The organisation deployment on SQLite and PostgreSQL: face and voice refused with the legal reason before any
// analysis (text still analysed); the organisation view for org-admins only — a team of 6 shown, a team of 4 hidden,
// exact means, no individual, the export, and an audit row for every read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/auth/users.ts';
import { resolvePath } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { startModelHost, type ModelHost } from '../../src/server/model-host.ts';
import { recordQuestionnaire } from '../../src/service/questionnaire.ts';
import { newId, saveCheckIn } from '../../src/store/index.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { authApp, authConfig, signIn } from '../helpers/auth.ts';
import { speechLikeVoice, wavBytes } from '../helpers/audio-fixtures.ts';
import { multipart } from '../helpers/http.ts';
import { testBackends } from './backends.ts';

const PW = 'correct horse battery';
const config = authConfig({ BURNOUT_DEPLOYMENT_KIND: 'organisation', BURNOUT_TEXT_ENGINES: '[lite]', BURNOUT_FACE_ENGINES: '[human]' });
const needed = [config.fusion.modelDir, config.trend.modelDir, config.text.liteModelDir].map(resolvePath);
const HAVE_MODELS = needed.every((d) => existsSync(d));

describe.skipIf(!HAVE_MODELS)('organisation deployment: modalities', () => {
  let models: ModelHost;
  beforeAll(async () => {
    models = startModelHost(config);
    await models.ready;
    expect(models.state, models.error).toBe('ready');
  }, 180_000);
  afterAll(async () => { await models?.dispose(); });

  for (const backend of testBackends()) {
    it(`refuses voice and face with the legal reason, analyses text (${backend.name})`, async () => {
      const store = await backend.open();
      const app = await authApp(store, config, models);
      try {
        await addUser(store.db, { username: 'erin', password: PW, team: 'Ops' });
        const cookie = await signIn(app, 'erin', PW);
        const session = (await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json();
        expect(session).toMatchObject({ deployment: 'organisation', modalities: { text: true, voice: false, face: false } });
        expect(session.modalities.reason).toContain('Art. 5(1)(f)');
        const post = async (fields: Parameters<typeof multipart>[0]) => {
          const body = await multipart(fields);
          return app.inject({ method: 'POST', url: '/api/assessments', payload: body.payload, headers: { ...body.headers, cookie } });
        };
        const voice = await post([['text', 'A long day at work.'], ['audio', { bytes: wavBytes(speechLikeVoice(16000, 2), 16000), filename: 'v.wav' }]]);
        expect(voice.statusCode).toBe(403);
        expect(voice.json().error.code).toBe('MODALITY_FORBIDDEN');
        expect(voice.json().error.message).toMatch(/voice recordings.*EU AI Act \(Art\. 5\(1\)\(f\)\)/);
        const face = await post([['image', { bytes: new Uint8Array(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'face', 'astronaut.jpg'))), filename: 'f.jpg' }]]);
        expect(face.statusCode).toBe(403);
        expect(face.json().error.message).toMatch(/face photos/);
        expect(await store.db.selectFrom('assessments').select('id').execute()).toHaveLength(0);
        const text = await post([['text', 'Deadlines piling up; I worked late and feel tense.'], ['stress', '7']]);
        expect(text.statusCode).toBe(201);
        expect(text.json().modalities.voice.status).toBe('absent');
      } finally {
        await app.close();
        await store.dispose();
      }
    }, 120_000);
  }
});

describe('organisation deployment: the CLI', () => {
  it('burnout analyze refuses a photo with the legal reason', () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), 'analyze', '--text', 'hi', '--image', join(REPO_ROOT, 'test', 'fixtures', 'face', 'astronaut.jpg')], {
      cwd: REPO_ROOT, env: { ...process.env, BURNOUT_DEPLOYMENT_KIND: 'organisation' },
    });
    expect(r.status).toBe(77);
    expect(r.stderr.toString()).toMatch(/error \[MODALITY_FORBIDDEN\]: face photos .*Art\. 5\(1\)\(f\)/);
  }, 60_000);
});

for (const backend of testBackends()) {
  describe(`organisation view (${backend.name})`, () => {
    let store: Awaited<ReturnType<typeof backend.open>>;
    let app: FastifyInstance;
    let admin: string;
    const names: string[] = [];
    const profiles: string[] = [];

    beforeAll(async () => {
      store = await backend.open();
      app = await authApp(store, config);
      await addUser(store.db, { username: 'olga', password: PW, role: 'org-admin' });
      const teams: Array<[string, number]> = [['Six', 6], ['Four', 4]];
      for (const [team, size] of teams) {
        for (let i = 0; i < size; i++) {
          const username = `${team.toLowerCase()}-${i}`;
          const u = await addUser(store.db, { username, password: PW, team });
          names.push(username);
          profiles.push(u.profileId);
          const result = makeResult(i === 0 ? 'high' : 'low', { selfReport: { energy: i + 1, stress: 10 - i, work: 8 } });
          await saveCheckIn(store.db, { assessment: { id: newId(), profileId: u.profileId, at: new Date().toISOString(), result, fusionModel: 'f', journalText: `secret of ${username}` }, alerts: [], actor: 'test' });
          await recordQuestionnaire(store.db, config, { profileId: u.profileId, answers: Array(13).fill(2), actor: 'test' });
        }
      }
      admin = await signIn(app, 'olga', PW);
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await store?.dispose();
    });

    it('shows the team of 6 this week with exact means and hides the team of 4', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/org/report?weeks=2', headers: { cookie: admin } });
      expect(res.statusCode).toBe(200);
      const r = res.json();
      expect(r.minGroupSize).toBe(5);
      expect(r.weeks).toHaveLength(2);
      const six = r.teams.find((t: { team: string }) => t.team === 'Six');
      const four = r.teams.find((t: { team: string }) => t.team === 'Four');
      expect(six.size).toBe(6);
      expect(four.size).toBeNull();
      expect(six.cells.energy[1]).toEqual({ members: 6, mean: 3.5, hidden: false });
      expect(six.cells.stress[1]).toEqual({ members: 6, mean: 7.5, hidden: false });
      expect(six.cells.highShare[1].mean).toBeCloseTo(1 / 6, 3);
      expect(six.cells.cbiPersonal[1]).toMatchObject({ members: 6, mean: 50 });
      expect(six.cells.energy[0]).toEqual({ members: 0, mean: null, hidden: false });
      for (const m of r.metrics) {
        expect(four.cells[m][1]).toEqual({ members: null, mean: null, hidden: true });
        // The week's total over both teams would give the team of 4 away (total − team of 6): it is hidden too.
        expect(r.weekTotals[m][1].hidden).toBe(true);
      }
      for (const secret of [...names, ...profiles, 'secret of']) expect(res.body).not.toContain(secret);
    });

    it('exports the same aggregates as CSV and JSON', async () => {
      const csv = await app.inject({ method: 'GET', url: '/api/org/export?format=csv&weeks=2', headers: { cookie: admin } });
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="burnout-org-\d{4}-\d{2}-\d{2}\.csv"/);
      const lines = csv.body.trim().split('\r\n');
      expect(lines[0]).toBe('team,week,metric,members,mean,hidden');
      expect(lines.filter((l) => l.startsWith('Six,') && l.endsWith(',energy,6,3.5,false')).map((l) => l.split(',')[1])).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'all']);
      expect(lines.filter((l) => l.startsWith('Four,')).every((l) => l.endsWith(',,,true') || l.includes(',0,,false'))).toBe(true);
      const json = await app.inject({ method: 'GET', url: '/api/org/export?format=json&weeks=2', headers: { cookie: admin } });
      expect(JSON.parse(json.body).teams).toHaveLength(2);
    });

    it('is for org-admins only, and every read is audited', async () => {
      const member = await signIn(app, 'six-1', PW);
      expect((await app.inject({ method: 'GET', url: '/api/org/report', headers: { cookie: member } })).statusCode).toBe(403);
      const audit = await store.db.selectFrom('audit_log').select(['action', 'actor', 'profile_id']).where('action', 'like', 'org.%').execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['org.export', 'org.export', 'org.view']);
      expect(audit.every((a) => a.actor === 'olga' && a.profile_id === null)).toBe(true);
    });

    it('does not exist in a personal deployment', async () => {
      const personal = await authApp(store, authConfig());
      expect((await personal.inject({ method: 'GET', url: '/api/org/report', headers: { cookie: await signIn(personal, 'olga', PW) } })).statusCode).toBe(404);
      await personal.close();
    });
  });
}
