// Browser test of "About the models" against the real server (`burnout serve`, offline engines, a fresh SQLite file):
// a text check-in's result links each card to its model card ("How good is this?"), and the page shows that card,
// marked, with its plain-words figures. Then eight weeks of stored check-ins whose voice stops being usable after the
// first four bring the drift note onto Stats. Screenshots 40-about-the-models.png and 41-drift-note.png in test-output/e2e/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.ts';
import { openDashboardSession, SHOTS, type DashboardSession } from './support/dashboard-session.ts';
import type { ModalityResult } from '../../src/analysis/types.ts';
import { storeSection } from '../../src/config/sections/store.ts';
import { DEFAULT_PROFILE_ID } from '../../src/store/profiles.ts';
import { newId, openStore, saveCheckIn } from '../../src/store/index.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import type { TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();
if (!CHROMIUM) console.warn('model-cards e2e: skipped — Chromium is not installed (apt-get install chromium)');

describe.skipIf(!CHROMIUM)('About the models in Chromium against the real server', () => {
  let server: TestServer;
  let session: DashboardSession;
  let page: Page;

  beforeAll(async () => {
    session = await openDashboardSession('cards');
    ({ server, page } = session);
  }, 300_000);

  afterAll(async () => session?.close());

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

  it('shows the drift note on Stats when the recent weeks differ from the first ones', async () => {
    // Eight weeks up to today (the check-in above is today's): voice used in the first four, then not usable.
    const store = await openStore(storeSection.parse({ sqlitePath: server.sqlitePath }));
    try {
      for (let i = 0; i < 8 * 7; i += 2) {
        const voice: ModalityResult = i < 28
          ? { status: 'ok', emotions: null, features: { loudnessDbfs: -20 }, engine: 'acoustic', model: 'acoustic@test', latencyMs: 1 }
          : { status: 'rejected', reason: 'too little speech' };
        await saveCheckIn(store.db, {
          assessment: { id: newId(), profileId: DEFAULT_PROFILE_ID, at: new Date(Date.now() - (56 - i) * 86_400_000).toISOString(), result: makeResult('low', { modalities: { voice } }), fusionModel: 'fusion@test', journalText: null },
          alerts: [],
          actor: 'test',
        });
      }
    } finally {
      await store.close();
    }
    await page.goto(`${server.url}#/stats`);
    const note = page.getByTestId('drift-note');
    await note.waitFor();
    expect(await note.getByRole('heading').textContent()).toBe('Your check-ins look different from your first weeks');
    expect(await note.textContent()).toMatch(/New microphone\? New camera\?.*voice input/);
    await page.screenshot({ path: join(SHOTS, '41-drift-note.png'), fullPage: true });
  });
});
