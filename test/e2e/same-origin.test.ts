// Same-origin protection in a real browser against the real server (`burnout serve`): a page on another origin
// submits a multipart form to the API → 403 CROSS_ORIGIN and no row; a DNS-rebinding name that resolves to
// 127.0.0.1 (Chromium's --host-resolver-rules) gets 421; the dashboard's own origin still writes; /api/docs renders
// without a Content-Security-Policy error in the console.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wavBytes, tone } from '../helpers/audio-fixtures.ts';
import { freePort } from '../helpers/processes.ts';
import { chromiumPath, launchBrowser, type TestBrowser } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();

describe.skipIf(!CHROMIUM)('same-origin protection in Chromium', () => {
  let dir: string;
  let server: TestServer;
  let attacker: Server;
  let attackerPort = 0;
  let apiPort = 0;
  let browser: TestBrowser;
  let page: Page;

  const total = async () => ((await (await fetch(`${server.url}api/assessments`)).json()) as { total: number }).total;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'burnout-e2e-origin-'));
    server = await startServer(dir);
    apiPort = Number(new URL(server.url).port);
    // The attacker's page: a form that posts a check-in to the API as soon as it loads.
    attacker = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>evil</title>
        <form id="f" method="POST" enctype="multipart/form-data" action="http://127.0.0.1:${apiPort}/api/assessments">
          <input name="text" value="written by another site"><input name="energy" value="1">
        </form><script>document.getElementById('f').submit()</script>`);
    });
    const attackerListen = await freePort();
    await new Promise<void>((r) => attacker.listen(attackerListen, '127.0.0.1', r));
    const address = attacker.address();
    attackerPort = typeof address === 'object' && address ? address.port : 0;
    const mic = join(dir, 'mic.wav');
    writeFileSync(mic, wavBytes(tone(200, 1), 16_000));
    browser = await launchBrowser({ audioWav: mic }, dir, ['--host-resolver-rules=MAP evil.example 127.0.0.1']);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => attacker?.close(r));
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a multipart form posted from another origin with 403 and stores nothing', async () => {
    const before = await total();
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/assessments') && r.request().method() === 'POST');
    await page.goto(`http://evil.example:${attackerPort}/`);
    const res = await answer;
    expect(res.status()).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('CROSS_ORIGIN');
    expect(await total()).toBe(before);
  });

  it('answers 421 to a rebinding name that resolves to 127.0.0.1', async () => {
    const res = await page.goto(`http://evil.example:${apiPort}/api/export?format=json`);
    expect(res?.status()).toBe(421);
    expect(await page.textContent('body')).toContain('HOST_NOT_ALLOWED');
  });

  it('still accepts a check-in from its own origin', async () => {
    await page.goto(server.url);
    const status = await page.evaluate(async () => {
      const form = new FormData();
      form.append('text', 'A steady day at work, home on time.');
      return (await fetch('api/assessments', { method: 'POST', body: form })).status;
    });
    expect(status).toBe(201);
  });

  it('renders /api/docs without a Content-Security-Policy error in the console', async () => {
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || /content security policy/i.test(m.text())) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}api/docs/`);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 30_000 });
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});
