// End-to-end check-ins through the API with app.inject and the real engines (lite text, acoustic voice, Human face),
// the shipped fusion and trend models and a temp SQLite store: store, list, trend, alerts, export, erase.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig, resolvePath } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { buildApp } from '../../src/server/app.ts';
import { startModelHost, type ModelHost } from '../../src/server/model-host.ts';
import { countProfileRows } from '../../src/store/erase.ts';
import { multipart, type FormValue } from '../helpers/http.ts';
import { speechLikeVoice, wavBytes } from '../helpers/audio-fixtures.ts';
import { openTempSqlite } from './backends.ts';

const config = loadConfig({
  env: {
    ...process.env,
    BURNOUT_TEXT_ENGINES: '[lite]',
    BURNOUT_FACE_ENGINES: '[human]',
    BURNOUT_STORE_ALLOW_TEXT_STORAGE: 'true',
    // The event-loop guard (503 when the loop lags) has its own test (server-errors); here a busy CI machine must not
    // turn a check-in into a 503.
    BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '0',
  },
});
const needed = [config.fusion.modelDir, config.trend.modelDir, config.text.liteModelDir].map(resolvePath);
const missing = needed.filter((d) => !existsSync(d));
if (missing.length) console.warn(`server check-in tests skipped: model folder(s) missing: ${missing.join(', ')} (train or check out the shipped models)`);
const FACE = join(REPO_ROOT, 'test', 'fixtures', 'face', 'astronaut.jpg');
const HAS_FFMPEG = spawnSync(config.voice.ffmpegPath, ['-version']).status === 0;

/** Re-encodes WAV bytes as WebM/Opus with ffmpeg (what a browser's MediaRecorder uploads). */
function toWebm(wav: Uint8Array): Uint8Array {
  const r = spawnSync(config.voice.ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-f', 'wav', '-i', 'pipe:0', '-c:a', 'libopus', '-f', 'webm', 'pipe:1'], { input: wav });
  if (r.status !== 0) throw new Error(`ffmpeg failed: ${r.stderr.toString()}`);
  return new Uint8Array(r.stdout);
}

describe.skipIf(missing.length > 0)('server: check-ins end to end', () => {
  let app: FastifyInstance;
  let store: Awaited<ReturnType<typeof openTempSqlite>>;
  let models: ModelHost;
  const wav = wavBytes(speechLikeVoice(16000, 4), 16000);
  const face = new Uint8Array(readFileSync(FACE));

  beforeAll(async () => {
    store = await openTempSqlite();
    // The server's own path: the analysis pool's worker loads the engines, the event loop the trend model.
    models = startModelHost(config);
    await models.ready;
    expect(models.state, models.error).toBe('ready');
    app = await buildApp({ config, store, models });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await models?.dispose();
    await store?.dispose();
  });

  const checkIn = async (fields: Array<[string, FormValue]>, profile = 'local') => {
    const body = await multipart(fields);
    const res = await app.inject({ method: 'POST', url: '/api/assessments', payload: body.payload, headers: { ...body.headers, 'x-profile-id': profile } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.location).toBe(`/api/assessments/${res.json().id}`);
    // Where the time went, for the browser's developer tools and the benchmarks.
    expect(res.headers['server-timing']).toMatch(/^upload;dur=[\d.]+, analysis;dur=[\d.]+, store;dur=[\d.]+$/);
    return res.json();
  };
  const list = async (profile = 'local') =>
    (await app.inject({ method: 'GET', url: '/api/assessments?limit=500', headers: { 'x-profile-id': profile } })).json();

  it.each([
    ['text-only', () => [['text', 'Long day, but I finished the report and went for a walk.'], ['energy', '6']], ['text']],
    ['voice-only', () => [['audio', { bytes: wav, filename: 'voice.wav' }]], ['voice']],
    ['face-only', () => [['image', { bytes: face, filename: 'face.jpg' }]], ['face']],
    ['three-modality', () => [
      ['text', 'I am exhausted and nothing I do is ever enough.'], ['stress', '8'], ['work', '11'],
      ['audio', { bytes: wav, filename: 'voice.wav' }], ['image', { bytes: face, filename: 'face.jpg' }],
    ], ['text', 'voice', 'face'], ['text', 'face']],
  ] as Array<[string, () => Array<[string, FormValue]>, string[], string[]?]>)('a %s check-in stores one row and is listed', async (_name, fields, present, weighted = present) => {
    const before = await countProfileRows(store.db, 'local');
    const stored = await checkIn(fields());
    for (const m of ['text', 'voice', 'face']) {
      expect(stored.modalities[m].status, JSON.stringify(stored.modalities[m])).toBe(present.includes(m) ? 'ok' : 'absent');
      // An acoustic-only voice beside a text is left out (weight 0): it would dilute stronger evidence (docs/fusion.md).
      expect(stored.risk.modalityWeights[m] > 0, `${m} weight`).toBe(weighted.includes(m));
    }
    if (weighted.length < present.length) expect(JSON.stringify(stored.explanation)).toMatch(/voice[^.]*left out of the estimate/i);
    // A voice (acoustic features only) or a photo alone is weak evidence: the level may be unclear.
    expect(present.length === 1 && present[0] !== 'text' ? ['low', 'moderate', 'high', 'unclear'] : ['low', 'moderate', 'high']).toContain(stored.risk.level);
    const after = await countProfileRows(store.db, 'local');
    expect(after.assessments).toBe(before.assessments + 1);
    const page = await list();
    expect(page.items.filter((a: { id: string }) => a.id === stored.id)).toHaveLength(1);
    const one = (await app.inject({ method: 'GET', url: `/api/assessments/${stored.id}` })).json();
    expect(one.risk).toEqual(stored.risk);
  });

  it.skipIf(!HAS_FFMPEG)('accepts WebM/Opus audio through ffmpeg', async () => {
    const stored = await checkIn([['audio', { bytes: toWebm(wav), filename: 'recording.wav', type: 'audio/wav' }]]);
    expect(stored.modalities.voice.status).toBe('ok');
    expect(stored.modalities.voice.features.durationSec).toBeGreaterThan(3);
  });

  it('accepts a text-only check-in as JSON', async () => {
    const res = await app.inject({
      method: 'POST', url: '/api/assessments', headers: { 'x-profile-id': 'json' },
      payload: { text: 'Quiet day at work.', energy: 7, consent: { text: true, voice: false } },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().selfReport).toEqual({ energy: 7 });
    expect(res.json().journalText).toBe('Quiet day at work.');
  });

  it('the fourth check-in of a worsening history over four days carries a trend and an alert with the same confidence', async () => {
    const days = [
      { text: 'Good day. I felt rested and enjoyed lunch with friends.', energy: '8', stress: '2', work: '7' },
      { text: 'Busy and tense, too many meetings and no time to think.', energy: '3', stress: '8', work: '11' },
      { text: 'I am exhausted, I cannot sleep and I dread going to work. Everything feels hopeless.', energy: '2', stress: '9', work: '13' },
      { text: 'I feel empty and worthless. I cry every night, I am always tired and I hate my job.', energy: '1', stress: '10', work: '14' },
    ];
    const results = [];
    const at = (i: number) => new Date(Date.now() - (days.length - 1 - i) * 86_400_000).toISOString();
    for (const [i, d] of days.entries()) results.push(await checkIn([...Object.entries(d), ['at', at(i)]] as Array<[string, string]>, 'worse'));
    const fourth = results[3];
    expect(results[0].trend).toMatchObject({ direction: 'insufficient_history', steps: 1 });
    expect(fourth.trend.steps).toBe(4);
    expect(['improving', 'stable', 'worsening']).toContain(fourth.trend.direction);
    console.log(`worsening history: levels ${results.map((r) => r.risk.level).join(' → ')}, trend ${fourth.trend.direction} ` +
      `(${fourth.trend.confidence.toFixed(2)}), alerts: ${fourth.alerts.map((a: { rule: string }) => a.rule).join(', ') || 'none'}`);
    expect(fourth.alerts.length).toBeGreaterThan(0);
    expect(fourth.alerts[0].resources.length).toBeGreaterThan(0);
    const alerts = (await app.inject({ method: 'GET', url: '/api/alerts', headers: { 'x-profile-id': 'worse' } })).json();
    expect(alerts.total).toBeGreaterThan(0);
    const ack = await app.inject({ method: 'POST', url: `/api/alerts/${alerts.items[0].id}/ack`, headers: { 'x-profile-id': 'worse' } });
    expect(ack.json().acknowledgedAt).not.toBeNull();
    const trend = (await app.inject({ method: 'GET', url: '/api/trend?profile=worse' })).json();
    expect(trend.trend).toEqual(fourth.trend);
    for (const a of fourth.alerts.filter((x: { rule: string }) => x.rule === 'worsening-trend')) {
      expect(a.reason).toContain(`confidence ${Math.min(99, Math.round(fourth.trend.confidence * 100))} %`);
    }
    const stats = (await app.inject({ method: 'GET', url: '/api/stats?profile=worse' })).json();
    expect(stats.checkIns).toBe(4);
    expect(stats.means.stress).toBeCloseTo((2 + 8 + 9 + 10) / 4, 10);
    expect(stats.alerts.unacknowledged).toBe(stats.alerts.open - 1);
  });

  it('exports CSV with a formula-looking journal escaped (text storage on, consent given)', async () => {
    const kept = await checkIn([['text', '=SUM(A1) was all I could think about today.'], ['consent', 'text']], 'csv');
    expect(kept.journalText).toBe('=SUM(A1) was all I could think about today.');
    const notKept = await checkIn([['text', 'No consent this time.']], 'csv');
    expect(notKept.journalText).toBeUndefined();
    const res = await app.inject({ method: 'GET', url: '/api/export?format=csv', headers: { 'x-profile-id': 'csv' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body).toContain("'=SUM(A1) was all I could think about today.");
    expect(res.body).not.toMatch(/(^|,)"?=SUM/m);
    expect(res.body).not.toContain('No consent this time');
    const json = (await app.inject({ method: 'GET', url: '/api/export?format=json', headers: { 'x-profile-id': 'csv' } })).json();
    expect(json.assessments).toHaveLength(2);
  });

  it('DELETE /api/data leaves zero rows for the profile in every table', async () => {
    await checkIn([['text', 'Something to delete.'], ['consent', '{"text":true,"voice":true,"face":true}']], 'gone');
    const res = await app.inject({ method: 'DELETE', url: '/api/data', headers: { 'x-profile-id': 'gone' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().deleted).toMatchObject({ assessments: 1, profiles: 1 });
    expect(await countProfileRows(store.db, 'gone')).toEqual({ media: 0, consents: 0, alerts: 0, assessments: 0, questionnaires: 0, audit_log: 0, check_in_jobs: 0, sessions: 0, profiles: 0 });
    expect((await list('gone')).total).toBe(0);
    expect((await list('local')).total).toBeGreaterThan(0);
  });

  it('the diary over HTTP: dated check-ins, a note, edit, delete, import, calendar, insights, reminders', async () => {
    const h = { 'x-profile-id': 'diary' };
    const bad = await app.inject({ method: 'POST', url: '/api/assessments', headers: h, payload: { text: 'x', at: '2020-01-01T00:00:00Z' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'INPUT_INVALID', message: expect.stringMatching(/^"at" is more than 730 days/) });
    const at = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const first = await checkIn([['text', 'Calm day.'], ['energy', '8'], ['stress', '2'], ['at', at], ['note', 'walked home'], ['consent', 'note']], 'diary');
    expect(first.at).toBe(at);
    expect(first.note).toBe('walked home');
    expect(first.journalText).toBeUndefined();
    const second = await checkIn([['text', 'Another day.'], ['stress', '2'], ['energy', '8']], 'diary');
    const patched = await app.inject({ method: 'PATCH', url: `/api/assessments/${second.id}`, headers: h, payload: { selfReport: { stress: 9, energy: 2 }, note: 'late meeting' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ selfReport: { stress: 9, energy: 2 }, note: 'late meeting', risk: second.risk });
    const unknown = await app.inject({ method: 'PATCH', url: `/api/assessments/${second.id}`, headers: h, payload: { risk: 'low' } });
    expect(unknown.json().error.code).toBe('INPUT_INVALID');
    const calendar = (await app.inject({ method: 'GET', url: `/api/calendar?month=${at.slice(0, 7)}`, headers: h })).json();
    expect(calendar.days.map((d: { date: string }) => d.date)).toContain(at.slice(0, 10));
    expect(calendar.streak.longest).toBeGreaterThanOrEqual(1);
    expect((await app.inject({ method: 'GET', url: '/api/insights', headers: h })).json()).toMatchObject({ available: false, days: 2, minDays: 14 });
    const ics = await app.inject({ method: 'GET', url: '/api/reminders.ics?frequency=weekly&time=18:45&weekday=TH', headers: h });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH');
    const exported = (await app.inject({ method: 'GET', url: '/api/export?format=json', headers: h })).json();
    const del = await app.inject({ method: 'DELETE', url: `/api/assessments/${first.id}`, headers: h });
    expect(del.json()).toMatchObject({ id: first.id, deleted: { assessments: 1, consents: 2 } });
    expect((await app.inject({ method: 'DELETE', url: `/api/assessments/${first.id}`, headers: h })).statusCode).toBe(404);
    const imported = await app.inject({ method: 'POST', url: '/api/import', headers: h, payload: exported });
    expect(imported.json()).toMatchObject({ imported: 1, skipped: 1 });
    expect((await list('diary')).total).toBe(2);
    const profile = (await app.inject({ method: 'GET', url: '/api/profile', headers: h })).json();
    expect(profile.storage).toEqual({ text: true, media: false });
    const tz = await app.inject({ method: 'PATCH', url: '/api/profile', headers: h, payload: { timeZone: 'Mars/Olympus' } });
    expect(tz.json().error.message).toMatch(/timeZone/);
  });

  it('reports the loaded engines', async () => {
    const m = (await app.inject({ method: 'GET', url: '/api/models' })).json();
    expect(m.state).toBe('ready');
    expect(m.engines.text.find((s: { ok: boolean }) => s.ok).name).toBe('lite');
    expect(m.engines.trend[0].ok).toBe(true);
  });
});
