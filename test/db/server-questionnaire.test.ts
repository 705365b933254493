// The questionnaire over HTTP (app.inject, SQLite, no models): POST /api/questionnaires scores and stores a CBI and
// refuses bad answers with 400 INPUT_INVALID; GET lists it with the summary; the items route gives the published
// wording; CSV and JSON exports carry CBI rows; DELETE /api/data erases them; the reminder file has the weekly
// questionnaire event; the OpenAPI document describes the routes.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithoutModels } from '../helpers/app-without-models.ts';
import { countProfileRows } from '../../src/store/erase.ts';
import type { Store } from '../../src/store/index.ts';
import { openTempSqlite } from './backends.ts';

describe('server: the questionnaire', () => {
  let app: FastifyInstance;
  let store: Store & { dispose(): Promise<void> };
  let closeApp: () => Promise<void>;

  beforeAll(async () => {
    store = await openTempSqlite();
    ({ app, close: closeApp } = await appWithoutModels(store));
  });
  afterAll(async () => {
    await closeApp?.();
    await store?.dispose();
  });

  const post = (body: unknown, profile = 'web') => app.inject({ method: 'POST', url: '/api/questionnaires', headers: { 'x-profile-id': profile }, payload: body as Record<string, unknown> });

  it('scores and stores a CBI (201) and lists it with the summary', async () => {
    const res = await post({ answers: [4, 3, 2, 1, 0, 2, 3, 3, 2, 2, 1, 1, 4] });
    expect(res.statusCode, res.body).toBe(201);
    const q = res.json();
    // Location names the stored questionnaire, which this profile (and only this one) can read there.
    expect(res.headers.location).toBe(`/api/questionnaires/${q.id}`);
    expect((await app.inject({ method: 'GET', url: res.headers.location, headers: { 'x-profile-id': 'web' } })).json()).toEqual(q);
    expect((await app.inject({ method: 'GET', url: res.headers.location, headers: { 'x-profile-id': 'other' } })).statusCode).toBe(404);
    expect(q).toMatchObject({ instrument: 'cbi', framing: 'the past week', scores: { personal: 50, client: null, bands: { personal: 'moderate', work: 'low' } } });
    const list = (await app.inject({ method: 'GET', url: '/api/questionnaires', headers: { 'x-profile-id': 'web' } })).json();
    expect(list).toMatchObject({ count: 1, agreement: null, calibration: null, minimums: { agreement: 4, calibration: 6 }, due: { suggested: false, everyDays: 7 } });
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([q.id]);
  });

  it('refuses bad answers with 400 INPUT_INVALID naming the problem, storing nothing', async () => {
    for (const [body, words] of [
      [{ answers: [1, 2, 3] }, /13 answers/],
      [{ answers: [5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] }, /answers\.0/],
      [{ answers: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], at: 'tomorrow' }, /"at"/],
      [{ answers: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], extra: 1 }, /extra|Unrecognized/i],
    ] as const) {
      const res = await post(body, 'bad');
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('INPUT_INVALID');
      expect(res.json().error.message).toMatch(words);
    }
    expect((await countProfileRows(store.db, 'bad')).questionnaires).toBe(0);
  });

  it('gives the items in the published order with their answer options and the framing', async () => {
    const res = (await app.inject({ method: 'GET', url: '/api/questionnaires/items' })).json();
    expect(res.items).toHaveLength(19);
    expect(res.items[12]).toMatchObject({ number: 13, reversed: true, text: 'Do you have enough energy for family and friends during leisure time?' });
    expect(res.items[0].options[0]).toEqual({ code: 4, label: 'Always' });
    expect(res.framing.period).toBe('the past week');
    expect(res.minAnswered).toEqual({ personal: 3, work: 4, client: 3 });
  });

  it('exports CBI rows (CSV and JSON) and erases them with DELETE /api/data', async () => {
    const h = { 'x-profile-id': 'web' };
    const csv = (await app.inject({ method: 'GET', url: '/api/export?format=csv', headers: h })).body;
    expect(csv.split('\r\n')[0]).toMatch(/^record,id,at,.*cbi_personal/);
    expect(csv).toMatch(/^questionnaire,/m);
    const json = (await app.inject({ method: 'GET', url: '/api/export?format=json', headers: h })).json();
    expect(json.questionnaires).toHaveLength(1);
    const del = (await app.inject({ method: 'DELETE', url: '/api/data', headers: h })).json();
    expect(del.deleted.questionnaires).toBe(1);
    expect(del.scrub.engine).toBe('sqlite');
    expect((await countProfileRows(store.db, 'web')).questionnaires).toBe(0);
  });

  it('puts the weekly questionnaire into the reminder file when asked, linking to its page', async () => {
    const ics = (await app.inject({ method: 'GET', url: '/api/reminders.ics?frequency=daily&time=19:00&weekday=SU&questionnaire=true' })).body;
    expect(ics).toContain('SUMMARY:Burnout questionnaire (weekly)');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU');
    expect(ics).toMatch(/URL:http:\/\/[^\r\n]*#\/questionnaire/);
    const profile = (await app.inject({ method: 'GET', url: '/api/profile' })).json();
    expect(profile.questionnaire).toBe(true);
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/questionnaires', '/api/questionnaires/{id}', '/api/questionnaires/items']));
    expect(doc.paths['/api/questionnaires'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/QuestionnaireAnswers');
    expect(Object.keys(doc.components.schemas.QuestionnaireAnswers.properties)).toEqual(['answers', 'at']);
    expect(doc.paths['/api/questionnaires'].post.responses['201'].headers.Location).toBeDefined();
  });
});
