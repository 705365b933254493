// The analysis pool through the real server path (app.inject, the shipped models, a worker thread): the event loop
// answers /api/health while a long check-in is analysed, the time budget stops a check-in with 422 ANALYSIS_TIMEOUT
// and the replaced worker serves the next one, admission control answers 429 with Retry-After, and temporary folders
// of dead processes are removed at start-up.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig, resolvePath } from '../../src/config/load.ts';
import { cleanStaleTempDirs, privateTempRoot } from '../../src/media/temp-dir.ts';
import { buildApp } from '../../src/server/app.ts';
import { startModelHost, type ModelHost } from '../../src/server/model-host.ts';
import { multipart } from '../helpers/http.ts';
import { speechLikeVoice, wavBytes } from '../helpers/audio-fixtures.ts';
import { openTempSqlite } from './backends.ts';

const env = { BURNOUT_TEXT_ENGINES: '[lite]', BURNOUT_FACE_ENGINES: '[human]', BURNOUT_VOICE_ENGINES: '[]', BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '0' };
const base = loadConfig({ env });
const missing = [base.fusion.modelDir, base.trend.modelDir, base.text.liteModelDir].map(resolvePath).filter((d) => !existsSync(d));
if (missing.length) console.warn(`analysis pool tests skipped: model folder(s) missing: ${missing.join(', ')}`);

/** A long recording (100 s at 44.1 kHz): decoding, resampling and acoustic analysis take a while. */
const longWav = wavBytes(speechLikeVoice(44_100, 100), 44_100);

async function serve(extra: Record<string, string>) {
  const config = loadConfig({ env: { ...env, ...extra } });
  const store = await openTempSqlite();
  const models = startModelHost(config);
  await models.ready;
  const app = await buildApp({ config, store, models });
  return { app, models, store };
}

describe.skipIf(missing.length > 0)('analysis pool', () => {
  let app: FastifyInstance;
  let models: ModelHost;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const s = await serve({ BURNOUT_SERVER_CHECK_IN_BUDGET_SEC: '60', BURNOUT_SERVER_MAX_QUEUED_CHECK_INS: '2' });
    ({ app, models } = s);
    dispose = s.store.dispose;
    expect(models.state, models.error).toBe('ready');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await models?.dispose();
    await dispose?.();
  });

  const post = async (fields: Parameters<typeof multipart>[0]) => {
    const body = await multipart(fields);
    return app.inject({ method: 'POST', url: '/api/assessments', payload: body.payload, headers: body.headers });
  };

  it('answers /api/health while a long check-in is analysed in the worker', async () => {
    let done = false;
    const slow = post([['audio', { bytes: longWav, filename: 'long.wav' }]]).finally(() => { done = true; });
    let answeredWhileBusy = 0;
    while (!done) {
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      if (!done) answeredWhileBusy += 1;
      await new Promise((r) => setTimeout(r, 20));
    }
    const res = await slow;
    expect(res.statusCode, res.body).toBe(201);
    expect(answeredWhileBusy).toBeGreaterThan(3);
  }, 120_000);

  it('refuses check-ins past server.maxQueuedCheckIns with 429 and Retry-After', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => post([['audio', { bytes: longWav, filename: 'long.wav' }]])));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 201, 429, 429]);
    const refused = answers.find((a) => a.statusCode === 429)!;
    expect(refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(models.analysis!.stats().pending).toBe(0);
  }, 180_000);
});

describe.skipIf(missing.length > 0)('analysis time budget', () => {
  it('stops a check-in over the budget with 422 ANALYSIS_TIMEOUT and serves the next one from a new worker', async () => {
    const { app, models, store } = await serve({ BURNOUT_SERVER_CHECK_IN_BUDGET_SEC: '0.3' });
    try {
      const body = await multipart([['audio', { bytes: longWav, filename: 'long.wav' }]]);
      const res = await app.inject({ method: 'POST', url: '/api/assessments', payload: body.payload, headers: body.headers });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({ error: { code: 'ANALYSIS_TIMEOUT' } });
      expect(models.analysis!.stats().timedOut).toBe(1);
      const next = await multipart([['text', 'A calm day; I went for a walk after work.']]);
      const ok = await app.inject({ method: 'POST', url: '/api/assessments', payload: next.payload, headers: next.headers });
      expect(ok.statusCode, ok.body).toBe(201);
    } finally {
      await app.close();
      await models.dispose();
      await store.dispose();
    }
  }, 120_000);
});

describe('private temporary folders', () => {
  it('removes the folders of processes that are gone and keeps those of running ones', () => {
    const root = privateTempRoot();
    const dead = join(root, '999999999-1');
    const mine = join(root, `${process.pid}-77`);
    for (const d of [dead, mine]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'input'), 'recording bytes');
    }
    cleanStaleTempDirs();
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    rmSync(mine, { recursive: true, force: true });
  });
});
