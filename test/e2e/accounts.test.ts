// Accounts and the organisation view in Chromium against the real server (`burnout serve`, auth.mode local,
// deployment organisation, a fresh SQLite file): alice and bob sign in in two separate browser contexts and each sees
// only their own history; the check-in form says why there is no voice or photo; sign-out returns to the sign-in form;
// the org admin sees the team of 6 and not the team of 4. One account is added with the real CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/auth/users.ts';
import { storeSection } from '../../src/config/sections/store.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { loadConfig } from '../../src/config/load.ts';
import { recordQuestionnaire } from '../../src/service/questionnaire.ts';
import { newId, openStore, saveCheckIn } from '../../src/store/index.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { chromiumPath, launchBrowser, type TestBrowser } from './support/browser.ts';
import { ensureWebBuilt } from './support/build-web.ts';
import { makeSpeechWav } from './support/media.ts';
import { startServer, type TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();
const SHOTS = join(REPO_ROOT, 'test-output', 'e2e');
const PW = 'correct horse battery';
const ENV = { BURNOUT_AUTH_MODE: 'local', BURNOUT_DEPLOYMENT_KIND: 'organisation' };

describe.skipIf(!CHROMIUM)('accounts and the organisation view in Chromium', () => {
  let dir: string;
  let server: TestServer;
  const browsers: TestBrowser[] = [];

  /** Seeds the SQLite file before the server opens it: users, their check-ins and questionnaires. */
  async function seed(sqlitePath: string): Promise<void> {
    // alice through the real CLI, the rest through the same function the CLI calls.
    const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), 'user', 'add', 'alice', '--password-stdin'], {
      cwd: REPO_ROOT, input: `${PW}\n`, env: { ...process.env, ...ENV, BURNOUT_STORE_SQLITE_PATH: sqlitePath, DATABASE_URL: '', BURNOUT_STORE_DATABASE_URL: '' },
    });
    expect(cli.status, cli.stderr.toString()).toBe(0);
    const config = loadConfig({ env: ENV });
    const store = await openStore(storeSection.parse({ sqlitePath }));
    try {
      const bob = await addUser(store.db, { username: 'bob', password: PW });
      await addUser(store.db, { username: 'olga', password: PW, role: 'org-admin' });
      const alice = (await store.db.selectFrom('users').select('profile_id').where('username', '=', 'alice').executeTakeFirstOrThrow()).profile_id;
      const save = (profileId: string, text: string, level: 'low' | 'high', energy = 5) => saveCheckIn(store.db, {
        assessment: { id: newId(), profileId, at: new Date(Date.now() - 3_600_000).toISOString(), result: makeResult(level, { selfReport: { energy, stress: 5, work: 8 } }), fusionModel: 'f', journalText: text },
        alerts: [], actor: 'test',
      });
      await save(alice, 'Alice walked by the river after work.', 'low');
      await save(bob.profileId, 'Bob stayed late for the deadline again.', 'high');
      for (const [team, size] of [['Six', 6], ['Four', 4]] as const) {
        for (let i = 0; i < size; i++) {
          const u = await addUser(store.db, { username: `${team.toLowerCase()}-${i}`, password: PW, team });
          await save(u.profileId, `private note ${team} ${i}`, i ? 'low' : 'high', i + 2);
          await recordQuestionnaire(store.db, config, { profileId: u.profileId, answers: Array(13).fill(2), actor: 'test' });
        }
      }
    } finally {
      await store.close();
    }
  }

  async function newPage(): Promise<Page> {
    const b = await launchBrowser({ audioWav: makeSpeechWav(dir).path }, dir);
    browsers.push(b);
    return b.context.pages()[0] ?? (await b.context.newPage());
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PW);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${username}`).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'burnout-e2e-accounts-'));
    await ensureWebBuilt();
    await seed(join(dir, 'burnout.sqlite'));
    server = await startServer(dir, ENV);
  }, 300_000);

  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('two users in separate contexts see only their own history; sign-out ends the session', async () => {
    const a = await newPage();
    const b = await newPage();
    await signIn(a, 'alice');
    await signIn(b, 'bob');
    // The check-in form in an organisation deployment: text and self-report only, and why.
    await a.getByRole('button', { name: 'Save and continue' }).click();
    await expect(a.getByTestId('biometric-notice').textContent()).resolves.toMatch(/EU AI Act \(Art\. 5\(1\)\(f\)\)/);
    expect(await a.getByText('Record', { exact: false }).count()).toBe(0);
    await a.screenshot({ path: join(SHOTS, '40-organisation-checkin.png'), fullPage: true });

    for (const [page, own, other] of [[a, 'Alice walked by the river', 'Bob stayed late'], [b, 'Bob stayed late', 'Alice walked by the river']] as const) {
      await page.goto(`${server.url}#/history`);
      await page.getByTestId('kept-text').first().waitFor();
      const texts = await page.getByTestId('kept-text').allTextContents();
      expect(texts).toEqual([expect.stringContaining(own)]);
      expect(await page.content()).not.toContain(other);
      expect(await page.getByRole('link', { name: 'Organisation' }).count()).toBe(0);
    }
    await a.screenshot({ path: join(SHOTS, '41-history-alice.png'), fullPage: true });

    await b.getByRole('button', { name: 'Sign out' }).click();
    await b.getByRole('heading', { name: 'Sign in' }).waitFor();
    await b.goto(`${server.url}#/history`);
    await b.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await b.content()).not.toContain('Bob stayed late');
  }, 120_000);

  it('the org admin sees the team of 6 and not the team of 4', async () => {
    const page = await newPage();
    await signIn(page, 'olga');
    await page.getByRole('link', { name: 'Organisation' }).click();
    await page.getByTestId('org-table').waitFor();
    const six = page.getByTestId('org-team-Six');
    const four = page.getByTestId('org-team-Four');
    const sixCells = await six.locator('td').allTextContents();
    const fourCells = await four.locator('td').allTextContents();
    expect(sixCells[0]).toBe('6');
    // Stress 5 for all six this week: "5 (6)" in the last week's column.
    expect(sixCells.at(-2)).toBe('5 (6)');
    expect(fourCells[0]).toBe('fewer than 5');
    expect(fourCells.slice(1).every((c) => c === 'hidden' || c === '–')).toBe(true);
    expect(fourCells.at(-2)).toBe('hidden');
    expect(await page.content()).not.toContain('private note');
    await page.screenshot({ path: join(SHOTS, '42-organisation-view.png'), fullPage: true });
  }, 120_000);
});
