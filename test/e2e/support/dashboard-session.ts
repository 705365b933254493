// One dashboard session for a browser test: a temp folder, the built dashboard, a real `burnout serve` on it, and
// Chromium (a speech WAV as its microphone) with one page; `close()` stops all of it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../../src/config/paths.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { ensureWebBuilt } from './build-web.ts';
import { makeSpeechWav } from './media.ts';
import { startServer, type TestServer } from './server.ts';

/** Where browser tests put their screenshots (git-ignored). */
export const SHOTS = join(REPO_ROOT, 'test-output', 'e2e');

/** A running dashboard session. */
export interface DashboardSession {
  dir: string;
  server: TestServer;
  browser: TestBrowser;
  page: Page;
  close(): Promise<void>;
}

/** Starts a session in a new temp folder named after `prefix` (`burnout-e2e-<prefix>-…`). */
export async function openDashboardSession(prefix: string): Promise<DashboardSession> {
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), `burnout-e2e-${prefix}-`));
  await ensureWebBuilt();
  const server = await startServer(dir);
  const browser = await launchBrowser({ audioWav: makeSpeechWav(dir).path }, dir);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return {
    dir, server, browser, page,
    async close() {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
