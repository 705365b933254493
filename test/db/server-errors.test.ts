// Server limits and errors with app.inject: every bad request is a 4xx { error: { code, message } }, security headers
// are set, and the server stays healthy afterwards. No models are needed: bad media is rejected before assessing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/load.ts';
import { buildApp } from '../../src/server/app.ts';
import { unavailableModelHost, type ModelHost } from '../../src/server/model-host.ts';
import { assertBindAllowed, isLoopback } from '../../src/cli/commands/serve.ts';
import { multipart } from '../helpers/http.ts';
import { speechLikeVoice, wavBytes } from '../helpers/audio-fixtures.ts';
import { hasFfmpeg } from '../helpers/commands.ts';
import { openTempSqlite } from './backends.ts';

describe('server: limits, errors and headers', () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let models: ModelHost | undefined;
  let png: Uint8Array;

  beforeAll(async () => {
    const store = await openTempSqlite();
    dispose = store.dispose;
    // The test builds 35 MB bodies in the server's own process: that lag is the test's, not the server's.
    const config = loadConfig({ env: { BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '0' } });
    models = unavailableModelHost(config, 'no models in this test');
    app = await buildApp({ config, store, models });
    png = new Uint8Array(await sharp({ create: { width: 16, height: 16, channels: 3, background: '#884422' } }).png().toBuffer());
  });
  afterAll(async () => {
    await app?.close();
    await models?.dispose();
    await dispose?.();
  });

  const post = async (fields: Parameters<typeof multipart>[0], headers: Record<string, string> = {}) => {
    const body = await multipart(fields);
    return app.inject({ method: 'POST', url: '/api/assessments', payload: body.payload, headers: { ...body.headers, ...headers } });
  };
  const expectError = (res: { statusCode: number; json(): unknown; body: string }, status: number, code: string) => {
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(res.body).not.toMatch(/at .*\.ts:\d+|stack|select |insert into/i);
  };

  it('answers health with security headers and no-store', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok', models: 'failed' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-ratelimit-limit']).toBe('600');
  });

  it('rejects a PNG sent as audio by its magic bytes (415)', async () => {
    const res = await post([['audio', { bytes: png, filename: 'voice.wav', type: 'audio/wav' }]]);
    expectError(res, 415, 'MEDIA_UNSUPPORTED');
    expect(res.json().error.message).toContain('PNG');
  });

  it('rejects a WAV sent as image (415)', async () => {
    const res = await post([['image', { bytes: wavBytes(new Float32Array(1600), 16000), filename: 'face.png', type: 'image/png' }]]);
    expectError(res, 415, 'MEDIA_UNSUPPORTED');
  });

  it('rejects an image over 10 MB (413) and audio over 25 MB (413)', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png.subarray(0, 8));
    expectError(await post([['image', { bytes: big, filename: 'a.png' }]]), 413, 'MEDIA_TOO_LARGE');
    const huge = new Uint8Array(25 * 1024 * 1024 + 1);
    huge.set(wavBytes(new Float32Array(8), 16000));
    expectError(await post([['audio', { bytes: huge, filename: 'a.wav' }]]), 413, 'MEDIA_TOO_LARGE');
  });

  it('rejects corrupt media of a recognised type with 422 (truncated WAV, broken PNG, empty file)', async () => {
    const wav = wavBytes(speechLikeVoice(16000, 1), 16000);
    const truncated = wav.subarray(0, 30);
    expectError(await post([['audio', { bytes: truncated, filename: 'a.wav' }]]), 422, 'MEDIA_UNDECODABLE');
    const brokenPng = new Uint8Array(200);
    brokenPng.set(png.subarray(0, 40));
    expectError(await post([['image', { bytes: brokenPng, filename: 'a.png' }]]), 422, 'MEDIA_UNDECODABLE');
    expectError(await post([['image', { bytes: new Uint8Array(0), filename: 'a.png' }]]), 422, 'MEDIA_UNDECODABLE');
  });

  it.skipIf(!hasFfmpeg)('accepts the audio containers the CLI decodes (RF64, CAF): decoded, then only the missing models stop them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'burnout-containers-'));
    try {
      const make = (name: string, args: string[]) => {
        execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=f=220:d=1', '-ar', '16000', ...args, join(dir, name)]);
        return new Uint8Array(readFileSync(join(dir, name)));
      };
      const rf64 = make('rf64.wav', ['-rf64', 'always']);
      const caf = make('voice.caf', ['-c:a', 'pcm_s16le', '-f', 'caf']);
      expect(new TextDecoder().decode(rf64.subarray(0, 4))).toBe('RF64');
      expect(new TextDecoder().decode(caf.subarray(0, 4))).toBe('caff');
      // file-type knows neither; the decoder's sniffer does, so they pass the type check and decode (503: no models here).
      for (const [bytes, name] of [[rf64, 'a.wav'], [caf, 'a.caf']] as const) {
        expectError(await post([['audio', { bytes, filename: name }]]), 503, 'MODEL_MISSING');
      }
      expectError(await post([['audio', { bytes: caf.subarray(0, 40), filename: 'a.caf' }]]), 422, 'MEDIA_UNDECODABLE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects two files in one field, unknown fields, long text, bad self-report and no input', async () => {
    const wav = wavBytes(speechLikeVoice(16000, 1), 16000);
    expectError(await post([['audio', { bytes: wav, filename: 'a.wav' }], ['audio', { bytes: wav, filename: 'b.wav' }]]), 400, 'INPUT_INVALID');
    expectError(await post([['text', 'hello'], ['mood', 'x']]), 400, 'INPUT_INVALID');
    expectError(await post([['text', 'a'.repeat(10_001)]]), 400, 'INPUT_INVALID');
    expectError(await post([['text', 'hello'], ['energy', '11']]), 400, 'INPUT_INVALID');
    expectError(await post([['text', 'hello'], ['work', 'lots']]), 400, 'INPUT_INVALID');
    expectError(await post([['text', 'hello'], ['consent', 'everything']]), 400, 'INPUT_INVALID');
    expectError(await post([['energy', '5']]), 400, 'NO_MODALITY');
    expectError(await post([['text', { bytes: new Uint8Array([104, 105]), filename: 't.txt' }]]), 400, 'INPUT_INVALID');
  });

  it('rejects malformed bodies and wrong content types', async () => {
    const broken = await app.inject({
      method: 'POST', url: '/api/assessments',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
      payload: '--XYZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nhalf a part',
    });
    expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(broken.statusCode).toBeLessThan(500);
    expectError(await app.inject({ method: 'POST', url: '/api/assessments', headers: { 'content-type': 'text/plain' }, payload: 'hi' }), 415, 'MEDIA_UNSUPPORTED');
    expectError(await app.inject({ method: 'POST', url: '/api/assessments', headers: { 'content-type': 'application/json' }, payload: '{"text": ' }), 400, 'INPUT_INVALID');
    expectError(await app.inject({ method: 'POST', url: '/api/assessments', payload: { text: 'x', audio: 'AAAA' } }), 400, 'INPUT_INVALID');
  });

  it('says models are unavailable (503) for a valid check-in without models', async () => {
    expectError(await post([['text', 'a fine day']]), 503, 'MODEL_MISSING');
  });

  it('validates queries, ids and profiles', async () => {
    expectError(await app.inject({ method: 'GET', url: '/api/assessments?limit=0' }), 400, 'INPUT_INVALID');
    expectError(await app.inject({ method: 'GET', url: '/api/assessments?limit=abc' }), 400, 'INPUT_INVALID');
    expectError(await app.inject({ method: 'GET', url: '/api/assessments?from=yesterday' }), 400, 'INPUT_INVALID');
    expectError(await app.inject({ method: 'GET', url: '/api/assessments/not-there' }), 404, 'NOT_FOUND');
    expectError(await app.inject({ method: 'POST', url: '/api/alerts/not-there/ack' }), 404, 'NOT_FOUND');
    expectError(await app.inject({ method: 'GET', url: '/api/assessments', headers: { 'x-profile-id': 'no spaces!' } }), 400, 'INPUT_INVALID');
    expectError(await app.inject({ method: 'GET', url: '/api/export?format=xml' }), 400, 'INPUT_INVALID');
    expectError(await app.inject({ method: 'GET', url: '/api/nothing' }), 404, 'NOT_FOUND');
    const list = await app.inject({ method: 'GET', url: '/api/assessments?limit=10' });
    expect(list.json()).toEqual({ items: [], total: 0, limit: 10, offset: 0 });
  });

  it('serves the OpenAPI document (named components) and the docs page', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: { 'application/json': { schema: { $ref?: string } } } }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining([
      '/api/assessments', '/api/assessments/{id}', '/api/trend', '/api/alerts', '/api/alerts/{id}/ack',
      '/api/stats', '/api/export', '/api/data', '/api/models', '/api/health',
    ]));
    expect(Object.keys(spec.components.schemas)).toEqual(expect.arrayContaining(['Assessment', 'Risk', 'Trend', 'Error', 'Stats', 'CheckIn']));
    expect(spec.paths['/api/assessments/{id}']!.get!.responses['200']!.content!['application/json'].schema.$ref).toBe('#/components/schemas/Assessment');
    // No route answers a bare "any object" any more: every JSON answer names its component.
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, r] of Object.entries(op.responses)) {
          const schema = r.content?.['application/json']?.schema;
          if (schema) expect(schema.$ref, `${method} ${path} ${status}`).toMatch(/^#\/components\/schemas\//);
        }
      }
    }
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('is still healthy after all of that', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('binds only to loopback without accounts, anywhere with auth.mode local', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(() => assertBindAllowed('0.0.0.0', 'none')).toThrow(/auth\.mode none/);
    expect(() => assertBindAllowed('192.168.1.5', 'none')).toThrow(/loopback/);
    expect(() => assertBindAllowed('0.0.0.0', 'local')).not.toThrow();
    expect(() => assertBindAllowed('127.0.0.1', 'none')).not.toThrow();
  });
});

describe('server: rate limit', () => {
  it('answers 429 RATE_LIMITED over the per-minute limit', async () => {
    const store = await openTempSqlite();
    const config = loadConfig({ env: { BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '3', BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '0' } });
    const models = unavailableModelHost(config, 'none');
    const app = await buildApp({ config, store, models });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await app.inject({ method: 'GET', url: '/api/health' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    } finally {
      await app.close();
      await models.dispose();
      await store.dispose();
    }
  });
});

describe('server: event-loop pressure', () => {
  it('answers 503 SERVER_BUSY with Retry-After while the event loop lags, and 200 again afterwards', async () => {
    const store = await openTempSqlite();
    const config = loadConfig({ env: { BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '200' } });
    const models = unavailableModelHost(config, 'none');
    const app = await buildApp({ config, store, models });
    try {
      await app.ready();
      // Block the event loop, then ask at once: under-pressure's overdue sample runs first and sees the lag. On a loaded
      // machine a later sample can come first and clear it, so the block is tried up to three times.
      let busy = await app.inject({ method: 'GET', url: '/api/health' });
      for (let attempt = 0; attempt < 3 && busy.statusCode !== 503; attempt += 1) {
        const until = Date.now() + 1500;
        while (Date.now() < until) { /* block the event loop */ }
        await new Promise((r) => setTimeout(r, 20));
        busy = await app.inject({ method: 'GET', url: '/api/health' });
      }
      expect(busy.statusCode).toBe(503);
      expect(busy.json()).toMatchObject({ error: { code: 'SERVER_BUSY' } });
      expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 2100));
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await models.dispose();
      await store.dispose();
    }
  });
});
