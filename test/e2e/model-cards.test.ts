// Browser test of "About the models" against the real server (`burnout serve`, offline engines, a fresh SQLite file):
// a text check-in's result links each card to its model card ("How good is this?"), and the page shows that card,
// marked, with its plain-words figures. Screenshot 40-about-the-models.png in test-output/e2e/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { chromiumPath, launchBrowser, type TestBrowser } from './support/browser.ts';
import { ensureWebBuilt } from './support/build-web.ts';
import { makeSpeechWav } from './support/media.ts';
import { startServer, type TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();
const SHOTS = join(REPO_ROOT, 'test-output', 'e2e');
if (!CHROMIUM) console.warn('model-cards e2e: skipped — Chromium is not installed (apt-get install chromium)');

describe.skipIf(!CHROMIUM)('About the models in Chromium against the real server', () => {
  let dir: string;
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'burnout-e2e-cards-'));
    await ensureWebBuilt();
    server = await startServer(dir);
    browser = await launchBrowser({ audioWav: makeSpeechWav(dir).path }, dir);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the model card of the text engine from a result card', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel(/How was your day/).fill('A long day at work. I feel tired and I could not switch off in the evening.');
    await page.getByLabel('Energy').fill('3');
    await page.getByLabel('Stress').fill('7');
    await page.getByRole('button', { name: 'Submit check-in' }).click();
    await page.getByTestId('result').waitFor({ timeout: 120_000 });

    const textCard = page.getByTestId('modality-text');
    const engine = (await textCard.locator('code').first().textContent()) ?? '';
    expect(engine).toBe('lite');
    await textCard.getByRole('link', { name: 'How good is this?' }).click();

    await page.getByRole('heading', { level: 1, name: 'About the models' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/models/text-lite');
    const card = page.getByTestId('model-card-text-lite');
    await card.waitFor();
    expect(await card.getAttribute('aria-current')).toBe('true');
    expect(await card.getByRole('heading', { name: 'How good is it?' }).isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/two times in three/);
    await card.getByText('Uses, data, figures and limits').click();
    expect(await card.getByRole('table').first().isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/npx burnout eval text --engine lite/);
    // Every shipped model and engine has its card on the page.
    expect(await page.locator('[data-testid^="model-card-"]').count()).toBe(9);
    await page.screenshot({ path: join(SHOTS, '40-about-the-models.png'), fullPage: true });
  });

  it('links the risk headline to the fusion model\'s card', async () => {
    await page.goBack();
    await page.getByTestId('result').waitFor();
    await page.getByTestId('risk-summary').getByRole('link', { name: 'How good is this?' }).click();
    await page.getByTestId('model-card-fusion').waitFor();
    expect(new URL(page.url()).hash).toBe('#/models/fusion');
    expect(await page.getByTestId('model-card-fusion').getAttribute('aria-current')).toBe('true');
  });
});
