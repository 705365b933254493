// The dashboard follows the system's colour scheme: with `prefers-color-scheme: dark` the page, the cards and the text
// change to the dark palette (and stay readable: text much lighter than its background); light stays light.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.ts';
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

describe.skipIf(!CHROMIUM)('dark mode in Chromium', () => {
  let dir: string;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'burnout-e2e-dark-'));
    server = await startServer(dir);
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
});
