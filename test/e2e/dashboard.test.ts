// Browser tests of the dashboard against the real server (`burnout serve`, offline engines, a fresh SQLite file):
// check-ins with the fake microphone and camera and with uploaded files, history, CSV export and delete-all.
// Each page is saved as a PNG in test-output/e2e/ (not committed) so that a person can look at it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SHARED_DATA } from '../../src/config/paths.ts';
import { chromiumPath, launchBrowser, type TestBrowser } from './support/browser.ts';
import { ensureWebBuilt } from './support/build-web.ts';
import { makeCameraClip, makeSpeechWav } from './support/media.ts';
import { sharedMedia } from './support/shared-media.ts';
import { startServer, type TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();
const SHOTS = join(REPO_ROOT, 'test-output', 'e2e');
const shared = existsSync(SHARED_DATA) ? sharedMedia() : { voice: null, face: null };
if (!CHROMIUM) console.warn('e2e: skipped — Chromium is not installed (apt-get install chromium; .ci/run installs it)');
if (!shared.voice || !shared.face) console.warn(`e2e: the upload test is skipped — ${SHARED_DATA} has no RAVDESS/FER-2013 files`);

describe.skipIf(!CHROMIUM)('dashboard in Chromium against the real server', () => {
  let dir: string;
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;
  const ids: string[] = [];
  let micSource: 'espeak-ng' | 'synthetic' = 'synthetic';
  let cameraHasFace = false;

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}api/${path}`)).json() as Promise<T>;
  const go = async (hash: string) => {
    await page.goto(`${server.url}#/${hash}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };

  /** Submits the filled form and returns the new check-in's id from the result URL. */
  async function submitAndWait(): Promise<string> {
    await page.getByRole('button', { name: 'Submit check-in' }).click();
    await page.getByTestId('result').waitFor({ timeout: 120_000 });
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/result/', ''));
    ids.push(id);
    return id;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'burnout-e2e-'));
    await ensureWebBuilt();
    const mic = makeSpeechWav(dir);
    const camera = shared.face ? makeCameraClip(shared.face, dir) : null;
    micSource = mic.source;
    cameraHasFace = camera !== null;
    console.log(`e2e: microphone = ${mic.source} speech; camera = ${camera ? 'a FER-2013 face' : "Chromium's test pattern"}`);
    server = await startServer(dir);
    browser = await launchBrowser({ audioWav: mic.path, videoFile: camera ?? undefined }, dir);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a check-in with typed text, a recorded voice clip and a webcam photo shows a result', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Before your first check-in' }).waitFor();
    await shot('01-consent');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await page.getByLabel(/How was your day/).fill('Another long day. I feel drained and I cannot switch off after work.');
    await page.getByLabel('Energy').fill('3');
    await page.getByLabel('Stress').fill('8');
    await page.getByLabel('Hours worked today').fill('10');

    await page.getByRole('button', { name: /Start recording/ }).click();
    await page.getByRole('button', { name: /Stop recording/ }).waitFor();
    await page.waitForTimeout(5000); // let the fake microphone speak a few sentences
    await shot('02-checkin-recording');
    await page.getByRole('button', { name: /Stop recording/ }).click();
    await expect(page.getByTestId('voice-clip').textContent({ timeout: 20_000 })).resolves.toMatch(/Voice clip ready: [4-9]\.\d s/);

    await page.getByRole('button', { name: 'Start camera' }).click();
    await page.getByRole('button', { name: 'Take photo' }).click({ timeout: 20_000 });
    await page.getByTestId('face-photo').waitFor();
    await shot('03-checkin-filled');

    const id = await submitAndWait();
    await shot('04-result');
    await expect(page.getByRole('heading', { level: 2, name: /^((Low|Moderate|High) risk|Unclear: not enough evidence)$/ }).count()).resolves.toBe(1);
    await expect(page.getByTestId('modality-selfReport').textContent()).resolves.toMatch(/Energy 3 of 10.*Stress 8 of 10.*Weight in this estimate: \d+ %/);
    await expect(page.getByTestId('modality-text').textContent()).resolves.toMatch(/Engine .+ · model .+/);
    // Plain words first: engine ids, units and the calibrated figures are folded behind each card's "Details".
    for (const card of ['modality-text', 'modality-voice', 'modality-face', 'risk-summary']) {
      await expect(page.getByTestId(card).innerText(), card).resolves.not.toMatch(/LUFS|semitones|Engine |uncertainty|Fusion model|parameters/);
    }
    const textCard = page.getByTestId('modality-text');
    await textCard.getByText('Details', { exact: true }).click();
    await expect(textCard.innerText()).resolves.toMatch(/Engine .+ · model .+/);
    // The clip and the frame reached the engines: each is analysed or rejected with a reason, never "not given".
    for (const m of ['voice', 'face']) await expect(page.getByTestId(`modality-${m}`).textContent()).resolves.not.toMatch(/Not given/);

    const stored = await api<{ modalities: Record<string, { status: string }>; selfReport: Record<string, number> }>(`assessments/${id}`);
    expect(stored.modalities.text?.status).toBe('ok');
    expect(stored.modalities.voice?.status).toBe(micSource === 'espeak-ng' ? 'ok' : expect.stringMatching(/^(ok|rejected)$/));
    // A real face on the fake camera must be found; Chromium's test pattern has none and is rejected with a reason.
    expect(stored.modalities.face?.status).toBe(cameraHasFace ? 'ok' : 'rejected');
    expect(stored.selfReport).toEqual({ energy: 3, stress: 8, work: 10 });
  }, 240_000);

  it.skipIf(!shared.voice || !shared.face)('the same with an audio file and an image file from ../shared/data', async () => {
    await go('checkin');
    await page.getByLabel(/How was your day/).fill('Work was fine today. I went for a walk at lunch and slept well.');
    await page.getByLabel(/Choose an audio file/).setInputFiles(shared.voice!);
    await page.getByTestId('voice-clip').waitFor({ timeout: 20_000 });
    await page.getByLabel(/Choose an image file/).setInputFiles(shared.face!);
    await page.getByTestId('face-photo').waitFor();
    await shot('05-checkin-files');
    const id = await submitAndWait();
    await shot('06-result-files');
    const stored = await api<{ modalities: Record<string, { status: string }> }>(`assessments/${id}`);
    expect(stored.modalities.voice?.status).toBe('ok');
    expect(stored.modalities.face?.status).toBe('ok'); // a 48 px FER-2013 image is analysed as a face crop
    await expect(page.getByTestId('modality-voice').textContent()).resolves.toMatch(/Engine/);
  }, 180_000);

  it('the history page shows every new check-in as a point and a diary entry', async () => {
    await go('history');
    await page.getByTestId('history-entry').first().waitFor();
    await expect(page.getByTestId('history-entry').count()).resolves.toBe(ids.length);
    // One dot per check-in on each of the three risk lines.
    await expect(page.locator('.recharts-line-dots circle').count()).resolves.toBeGreaterThanOrEqual(3 * ids.length);
    await shot('07-history');
    for (const p of ['alerts', 'stats', 'settings']) {
      await go(p);
      await page.waitForLoadState('networkidle');
      await shot(`08-${p}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await go(`result/${encodeURIComponent(ids[0]!)}`);
    await page.getByTestId('result').waitFor();
    await shot('09-phone-result');
    await go('history');
    await page.getByTestId('history-entry').first().waitFor();
    await shot('09-phone-history');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the CSV export downloads every check-in', async () => {
    await go('settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const file = join(dir, 'export.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/risk/i);
    for (const id of ids) expect(csv).toContain(id);
  });

  it('delete-all (after confirming) empties the history', async () => {
    await go('settings');
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Deleted/ }).textContent()).resolves.toMatch(new RegExp(`^Deleted ${ids.length} check-ins?\\b`));
    await shot('10-deleted');
    await go('history');
    await page.getByTestId('history-empty').waitFor();
    await shot('11-history-empty');
    await expect(api<{ total: number }>('assessments')).resolves.toMatchObject({ total: 0 });
  });
});
