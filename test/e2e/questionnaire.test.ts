// Browser test of the questionnaire against the real server (`burnout serve`, offline engines), on SQLite and — when
// BURNOUT_TEST_PG_URL is set — on PostgreSQL (its own schema, dropped afterwards): a CBI answered in the dashboard (one
// answer with the arrow keys) is scored, shown on History beside the model's daily risk, exported as CSV and JSON rows,
// and erased by delete-all. Screenshots 30-… (desktop and phone) of the form, the scores, History and Stats.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { chromiumPath, launchBrowser, type TestBrowser } from './support/browser.ts';
import { ensureWebBuilt } from './support/build-web.ts';
import { makeSpeechWav } from './support/media.ts';
import { startServer, type TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();
const SHOTS = join(REPO_ROOT, 'test-output', 'e2e');
const PG_URL = process.env.BURNOUT_TEST_PG_URL;
const backends = ['sqlite', ...(PG_URL ? ['postgres'] : [])] as const;
if (!PG_URL) console.warn('questionnaire e2e: BURNOUT_TEST_PG_URL is not set — the PostgreSQL run is skipped (SQLite only).');

/** The answers given in the browser, by item: the published label to click. Personal 54.2 (moderate), work 39.3 (low). */
const ANSWERS: Record<number, string> = {
  2: 'Often', 3: 'Sometimes', 4: 'Seldom', 5: 'Sometimes', 6: 'Sometimes',
  7: 'Somewhat', 8: 'Somewhat', 9: 'To a low degree', 10: 'Sometimes', 11: 'Sometimes', 12: 'Seldom', 13: 'Often',
};

for (const backend of backends) {
  describe.skipIf(!CHROMIUM)(`questionnaire in Chromium against the real server (${backend})`, () => {
    let dir: string;
    let server: TestServer;
    let browser: TestBrowser;
    let page: Page;
    const schema = `e2e_cbi_${process.pid}_${Date.now().toString(36)}`;
    const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}${backend === 'postgres' ? '-pg' : ''}.png`), fullPage: true });
    const go = async (hash: string) => {
      await page.goto(`${server.url}#/${hash}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    };
    const api = async <T,>(path: string): Promise<T> => (await (await fetch(`${server.url}api/${path}`)).json()) as T;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      dir = mkdtempSync(join(tmpdir(), 'burnout-e2e-cbi-'));
      await ensureWebBuilt();
      server = await startServer(dir, backend === 'postgres' ? { BURNOUT_STORE_DATABASE_URL: PG_URL!, BURNOUT_STORE_DATABASE_SCHEMA: schema } : {});
      browser = await launchBrowser({ audioWav: makeSpeechWav(dir).path }, dir);
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (backend === 'postgres') {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('answers the CBI in the dashboard and sees its score on History beside the risk', async () => {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByTestId('questionnaire-due').waitFor();
      for (const back of [3, 2, 1]) {
        const res = await fetch(`${server.url}api/assessments`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: back === 1 ? 'Drained and numb, everything feels like too much.' : 'A calm day, a walk after work.', stress: back === 1 ? 9 : 2, energy: back === 1 ? 2 : 8, at: new Date(Date.now() - back * 86_400_000).toISOString() }),
        });
        expect(res.status).toBe(201);
      }
      await go('questionnaire');
      await page.getByText('Please answer about the past week.').waitFor();
      // Keyboard: focus item 1's first answer and move with the arrow key (a native radio group).
      await page.getByTestId('cbi-1').getByRole('radio', { name: 'Always' }).focus();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByTestId('cbi-1').getByRole('radio', { name: 'Often' }).isChecked()).resolves.toBe(true);
      for (const [n, label] of Object.entries(ANSWERS)) await page.getByTestId(`cbi-${n}`).getByLabel(label, { exact: true }).check();
      await expect(page.getByTestId('cbi-progress').textContent()).resolves.toMatch(/^13 of 13 questions answered\.$/);
      await shot('30-questionnaire-form');
      await page.getByRole('button', { name: 'Save questionnaire' }).click();
      const scores = page.getByTestId('cbi-scores');
      await scores.waitFor();
      await expect(scores.textContent()).resolves.toMatch(/Personal burnout54\.2 of 100 · Moderate.*Work-related burnout39\.3 of 100 · Low.*not asked/);
      await shot('31-questionnaire-scores');

      await go('history');
      await page.getByTestId('cbi-history').waitFor();
      await expect(page.getByTestId('cbi-row').allTextContents()).resolves.toEqual([expect.stringMatching(/54\.2 \(moderate\).*39\.3 \(low\)/)]);
      const legend = await page.getByTestId('cbi-history').locator('.recharts-legend-item-text').allTextContents();
      expect(legend).toEqual(["Model's daily risk", 'Personal burnout', 'Work-related burnout']);
      // Three days of risk and one questionnaire point are drawn.
      expect(await page.getByTestId('cbi-history').locator('.recharts-line-dots').first().locator('circle').count()).toBe(3);
      await expect(page.getByTestId('questionnaire-due').count()).resolves.toBe(0);
      await page.getByTestId('cbi-history').scrollIntoViewIfNeeded();
      await shot('32-history-cbi');
      await go('stats');
      await page.getByTestId('weekly-cbi').waitFor();
      await shot('33-stats-cbi');
      await page.setViewportSize({ width: 390, height: 844 });
      await go('questionnaire');
      await shot('34-phone-questionnaire');
      await go('history');
      await page.getByTestId('cbi-history').waitFor();
      await shot('35-phone-history-cbi');
      await page.setViewportSize({ width: 1280, height: 900 });
    }, 180_000);

    it('exports the questionnaire as a CSV row and in the JSON export', async () => {
      const [q] = (await api<{ items: Array<{ id: string }> }>('questionnaires')).items;
      await go('settings');
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
      await csvDownload.saveAs(join(dir, 'export.csv'));
      const csv = readFileSync(join(dir, 'export.csv'), 'utf8');
      expect(csv.split('\r\n')[0]).toMatch(/^record,id,at,.*,cbi_personal,cbi_work,/);
      expect(csv).toMatch(new RegExp(`^questionnaire,${q!.id},.*,54\\.17,39\\.29,`, 'm'));
      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download JSON' }).click()]);
      await jsonDownload.saveAs(join(dir, 'export.json'));
      const json = JSON.parse(readFileSync(join(dir, 'export.json'), 'utf8')) as { questionnaires: Array<{ id: string; answers: unknown[] }> };
      expect(json.questionnaires.map((x) => x.id)).toEqual([q!.id]);
      expect(json.questionnaires[0]!.answers).toEqual([3, 3, 2, 1, 2, 2, 2, 2, 1, 2, 2, 1, 3]);
    });

    it('delete-all erases the questionnaire with the check-ins', async () => {
      await go('settings');
      await page.getByRole('button', { name: 'Delete all data…' }).click();
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Deleted/ }).textContent()).resolves.toMatch(/^Deleted 3 check-ins, 1 questionnaire\b/);
      await expect(api<{ count: number; items: unknown[] }>('questionnaires')).resolves.toMatchObject({ count: 0, items: [] });
      await go('history');
      await page.getByTestId('history-empty').waitFor();
      await expect(page.getByTestId('cbi-history').count()).resolves.toBe(0);
    });
  });
}
