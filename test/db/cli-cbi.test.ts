// `burnout cbi` as a user runs it: --answers --json prints { personal, work, client, bands } (hand-computed), a bad list
// is one line with INPUT_INVALID and exit 64, the interactive form reads answers from stdin (a skipped item, a wrong
// key asked again, the client scale after a yes), and --save keeps it in the configured store (SQLite in a temp folder).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { storeSection } from '../../src/config/sections/store.ts';
import { openStore } from '../../src/store/open.ts';
import { listQuestionnaires } from '../../src/store/questionnaires.ts';

const dir = mkdtempSync(join(tmpdir(), 'burnout-cli-cbi-'));
const sqlitePath = join(dir, 'cbi.sqlite');
const env: NodeJS.ProcessEnv = { ...process.env, BURNOUT_STORE_SQLITE_PATH: sqlitePath };
delete env.DATABASE_URL;
delete env.BURNOUT_STORE_DATABASE_URL;
const cbi = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), 'cbi', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env, input });

describe('burnout cbi', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores --answers and prints the documented JSON', () => {
    const r = cbi(['--answers', '4,3,2,1,0,2,3,3,2,2,1,1,4', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['personal', 'work', 'client', 'bands']);
    expect(out).toMatchObject({ personal: 50, client: null, bands: { personal: 'moderate', work: 'low', client: null } });
    expect(out.work).toBeCloseTo(300 / 7, 9);
    const skipped = JSON.parse(cbi(['--answers', '4,4,-,-,-,-,1,1,1,1,-,-,-', '--json']).stdout);
    expect(skipped).toMatchObject({ personal: null, work: 25, bands: { personal: null, work: 'low' } });
  });

  it('refuses a bad list with one line, a code and exit 64', () => {
    const r = cbi(['--answers', '4,3,5,1,0,2,3,3,2,2,1,1,4']);
    expect(r.status).toBe(64);
    expect(r.stderr.trim()).toBe('error [INPUT_INVALID]: answer 3 must be 0–4 or "-" (skipped), got "5"');
  });

  it('asks one question at a time from stdin and keeps it with --save', async () => {
    const lines = ['4', '3', '', '2', '1', '0', '9', '2', '2', '2', '2', '2', '2', '2', 'y', '1', '1', '1', '1', '1', '-'];
    const r = cbi(['--save', '--profile', 'cli', '--json'], lines.join('\n') + '\n');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ personal: 50, work: 50, client: 25, bands: { personal: 'moderate', work: 'moderate', client: 'low' } });
    expect(r.stderr).toMatch(/Please answer about the past week\./);
    expect(r.stderr).toMatch(/Please type a number from 0 to 4/);
    const store = await openStore(storeSection.parse({ sqlitePath }));
    try {
      const [saved] = await listQuestionnaires(store.db, 'cli');
      expect(saved?.id).toBe(out.id);
      expect(saved?.answers).toEqual([4, 3, null, 2, 1, 0, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, null]);
    } finally {
      await store.close();
    }
  });

  it('says which question the answers ran out at', () => {
    const r = cbi([], '4\n3\n');
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/error \[INPUT_INVALID\]: the answers ended before question 3/);
  });
});
