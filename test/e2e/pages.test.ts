// Page-level behaviour in Chromium: the dashboard follows the system's colour scheme (with `prefers-color-scheme: dark`
// the page, the cards and the text change to the dark palette and stay readable; light stays light), and an unknown
// address shows a not-found page instead of silently showing the check-in; the check-in form takes its limits from the
// server (GET /api/limits), not from built-in numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.ts';
import { ensureWebBuilt } from './support/build-web.ts';
import { startServer, type TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();

/** Relative luminance (WCAG) of a CSS `rgb(r, g, b)` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.skipIf(!CHROMIUM)('dashboard pages in Chromium', () => {
  let dir: string;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuilt();
    dir = mkdtempSync(join(tmpdir(), 'burnout-e2e-pages-'));
    // A journal limit other than the default: the form must show the server's limit, not a built-in one.
    server = await startServer(dir, { BURNOUT_TEXT_MAX_CHARS: '500' });
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([['dark', true], ['light', false]] as const)('uses the %s palette with readable text', async (scheme, dark) => {
    const page = await browser.newPage({ colorScheme: scheme });
    try {
      await page.goto(server.url);
      await page.locator('main h1').first().waitFor();
      const colours = await page.evaluate(() => {
        const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
        const root = style(document.documentElement)!;
        const fieldset = style(document.querySelector('main .card, main fieldset'));
        const card = fieldset && fieldset.backgroundColor !== 'rgba(0, 0, 0, 0)' ? fieldset.backgroundColor : root.backgroundColor;
        return { bg: root.backgroundColor, fg: root.color, card };
      });
      expect(luminance(colours.bg) < 0.05, JSON.stringify(colours)).toBe(dark);
      expect(contrast(colours.fg, colours.bg)).toBeGreaterThan(7);
      expect(contrast(colours.fg, colours.card)).toBeGreaterThan(7);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('shows a not-found page for an unknown address, with a way on', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}#/histroy`);
      await expect(page.getByRole('heading', { name: 'No such page' }).textContent()).resolves.toBe('No such page');
      expect(await page.locator('main').textContent()).toContain('#/histroy');
      await page.getByRole('link', { name: 'See your history' }).click();
      await page.getByRole('heading', { name: 'History' }).waitFor();
      expect(page.url()).toMatch(/#\/history$/);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("checks the journal against the server's limit", async () => {
    const limits = await (await fetch(`${server.url}api/limits`)).json();
    expect(limits).toMatchObject({ maxTextChars: 500, maxVoiceSec: 120 });
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByText('0 / 500 characters').waitFor();
      await page.locator('textarea#journal').fill('x'.repeat(501));
      await page.getByText('501 / 500 characters').waitFor();
    } finally {
      await page.close();
    }
  }, 60_000);
});
