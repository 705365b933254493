// Hardening of the HTTP edge, on a real listening server: the Host allow-list (421), same-origin writes (403), one
// error shape for Fastify's own URL errors and malformed HTTP, stalled uploads cut off by requestTimeout, plain
// decimals for the self-report. No models are needed (the checks run before any analysis).
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/load.ts';
import { buildApp } from '../../src/server/app.ts';
import { unavailableModelHost, type ModelHost } from '../../src/server/model-host.ts';
import { hostAllowed, parseHost } from '../../src/server/same-origin.ts';
import { multipart } from '../helpers/http.ts';
import { openTempSqlite } from './backends.ts';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw HTTP/1.1 request (any Host header, which fetch cannot set). */
function send(port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, setHost: false }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Writes raw bytes to the server and returns everything it answers before closing. */
function raw(port: number, bytes: string, waitMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
    socket.write(bytes);
    setTimeout(() => { socket.destroy(); resolve(text); }, waitMs);
  });
}

describe('server hardening at the HTTP edge', () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let models: ModelHost | undefined;
  let port = 0;
  let host = '';

  beforeAll(async () => {
    const store = await openTempSqlite();
    dispose = store.dispose;
    const config = loadConfig({ env: { BURNOUT_SERVER_REQUEST_TIMEOUT_SEC: '2', BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '0', BURNOUT_SERVER_ALLOWED_HOSTS: 'burnout.test' } });
    models = unavailableModelHost(config, 'no models in this test');
    app = await buildApp({ config, store, models });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
    host = `127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app?.close();
    await models?.dispose();
    await dispose?.();
  });

  it('parses Host headers and applies the allow-list', () => {
    expect(parseHost('[::1]:8080')).toEqual({ name: '[::1]', port: 8080 });
    expect(parseHost('LocalHost')).toEqual({ name: 'localhost', port: 80 });
    expect(parseHost('a b')).toBeNull();
    expect(hostAllowed('localhost:8080', 8080, [])).toBe(true);
    expect(hostAllowed('localhost:9090', 8080, [])).toBe(false);
    expect(hostAllowed('evil.example:8080', 8080, [])).toBe(false);
    expect(hostAllowed('tunnel.test:9000', 8080, ['tunnel.test:9000'])).toBe(true);
    expect(hostAllowed(undefined, 8080, [])).toBe(false);
  });

  it('answers 421 HOST_NOT_ALLOWED to a foreign Host (DNS rebinding) and serves its own names', async () => {
    const evil = await send(port, 'GET', '/api/export?format=json', { host: 'evil.example:8080' });
    expect(evil.status).toBe(421);
    expect(JSON.parse(evil.body).error.code).toBe('HOST_NOT_ALLOWED');
    expect((await send(port, 'GET', '/api/health', { host: `evil.example:${port}` })).status).toBe(421);
    expect((await send(port, 'GET', '/api/health', { host: `localhost:${port + 1}` })).status).toBe(421);
    for (const name of ['127.0.0.1', 'localhost', '[::1]', 'burnout.test']) {
      expect((await send(port, 'GET', '/api/health', { host: `${name}:${port}` })).status, name).toBe(200);
    }
  });

  it('refuses cross-origin writes with 403 CROSS_ORIGIN, before reading the body', async () => {
    const form = await multipart([['text', 'written by another site']]);
    const attempts: Array<Record<string, string>> = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://localhost:${port}` }, // same host, other name: another origin
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const extra of attempts) {
      const res = await send(port, 'POST', '/api/assessments', { host, ...form.headers, ...extra }, form.payload);
      expect(res.status, JSON.stringify(extra)).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('CROSS_ORIGIN');
    }
    const ack = await send(port, 'POST', '/api/alerts/x/ack', { host, origin: 'http://evil.example' });
    expect(ack.status).toBe(403);
    expect((await send(port, 'DELETE', '/api/data', { host, origin: 'http://evil.example' })).status).toBe(403);
    // Same origin, or no Origin at all (the CLI, curl), gets through to the route (here: 503, no models).
    const own = await send(port, 'POST', '/api/assessments', { host, ...form.headers, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, form.payload);
    expect(own.status).toBe(503);
    expect((await send(port, 'POST', '/api/assessments', { host, ...form.headers }, form.payload)).status).toBe(503);
    expect((await send(port, 'GET', '/api/assessments', { host, origin: 'http://evil.example' })).status).toBe(200);
    const list = JSON.parse((await send(port, 'GET', '/api/assessments', { host })).body) as { total: number };
    expect(list.total).toBe(0);
  });

  it('gives Fastify URL errors and malformed HTTP the one error shape, echoing nothing', async () => {
    const bad = await send(port, 'GET', '/%c0%ae%c0%ae/', { host });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ error: { code: 'INPUT_INVALID', message: 'the address is not a valid URL' } });
    expect(bad.body).not.toContain('%c0');
    const junk = await raw(port, 'GARBAGE /\x01 HTTP/9.9\r\n\r\n');
    expect(junk).toMatch(/^HTTP\/1\.1 400/);
    expect(junk).toContain('"code":"INPUT_INVALID"');
    expect(junk).not.toContain('GARBAGE');
  });

  it('cuts off a stalled upload after requestTimeout', async () => {
    // The request timeout is 2 s here; without it the socket would stay open and `raw` would give up empty-handed.
    const answer = await raw(port, `POST /api/assessments HTTP/1.1\r\nHost: ${host}\r\nContent-Type: multipart/form-data; boundary=X\r\nContent-Length: 100000\r\n\r\n--X\r\n`, 10_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"INPUT_INVALID"');
  });

  it('reads self-report numbers as plain decimals only', async () => {
    for (const v of ['0x5', '0b101', '5.', '1e1', 'Infinity', ' 5 5']) {
      const form = await multipart([['text', 'a day'], ['energy', v]]);
      const res = await send(port, 'POST', '/api/assessments', { host, ...form.headers }, form.payload);
      expect(res.status, v).toBe(400);
      expect(JSON.parse(res.body).error.message).toMatch(/plain decimal/);
    }
    const ok = await multipart([['text', 'a day'], ['energy', ' 5.5 ']]);
    expect((await send(port, 'POST', '/api/assessments', { host, ...ok.headers }, ok.payload)).status).toBe(503);
  });
});
