// `burnout eval … --by COLUMN` through the real CLI and engines on generated data: acoustic voice clips with a gender
// column, and a small Dreaddit-style CSV with subreddits; an unknown column is an error listing the columns there are.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { syntheticVoice, wavBytes } from '../helpers/audio-fixtures.ts';

const run = promisify(execFile);
const CLI = resolve(REPO_ROOT, 'bin/burnout.js');

/** Runs the CLI offline (no hub models: an empty cache), returning exit code and output. */
async function cli(args: string[], cacheDir: string) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BURNOUT_MODELS_CACHE_DIR: cacheDir };
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env, cwd: REPO_ROOT, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

interface Grouped {
  by: string;
  groups: Record<string, { n: number; intervals: Record<string, [number, number] | null> } & Record<string, unknown>>;
  maxGap: Record<string, { gap: number; best: string; worst: string } | null>;
}

describe('eval --by through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'burnout-eval-by-'));
    mkdirSync(join(dir, 'voice'));
    mkdirSync(join(dir, 'cache'));
    const rows = ['file,ekman,speaker,gender'];
    let k = 0;
    for (const [gender, f0] of [['female', 210], ['male', 115]] as const) {
      for (const speaker of ['a', 'b']) {
        for (const [label, loud, rate, tone] of [['anger', 0.5, 5, 4], ['sadness', 0.12, 2.5, 0.5]] as const) {
          for (let r = 0; r < 2; r += 1) {
            const file = `clip${k}.wav`;
            const x = syntheticVoice({ f0: f0 * (label === 'anger' ? 1.25 : 0.95), seconds: 2.5, amplitude: loud, syllableRate: rate, intonation: tone, jitter: 0.01, noise: 0.002, seed: ++k });
            writeFileSync(join(dir, 'voice', file), wavBytes(x, 16_000));
            rows.push(`${file},${label},${gender}-${speaker},${gender}`);
          }
        }
      }
    }
    writeFileSync(join(dir, 'voice', 'manifest.csv'), rows.join('\n') + '\n');
    const stressed = ['I cannot sleep, my rent is due and I am terrified of losing the apartment again.', 'Everything at work is falling apart and I panic every morning before I go in.'];
    const calm = ['We went to the park on Sunday and had a lovely picnic with the kids.', 'I finally fixed the bike and rode it to the lake, the weather was great.'];
    const posts = ['id,subreddit,text,label'];
    for (let i = 0; i < 24; i += 1) {
      const s = i % 2 === 0;
      posts.push(`${i + 1},${i < 12 ? 'anxiety' : 'homeless'},"${(s ? stressed : calm)[i % 4 < 2 ? 0 : 1]}",${s ? 1 : 0}`);
    }
    writeFileSync(join(dir, 'posts.csv'), posts.join('\n') + '\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('eval voice --by gender: n, the arousal AUC and its interval per group, and the gap', async () => {
    const res = await cli(['eval', 'voice', '--data', join(dir, 'voice'), '--by', 'gender', '--bootstrap', '200', '--json'], join(dir, 'cache'));
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as Grouped & { n: number; rejected: number };
    // The speech gate may refuse a synthetic clip; every clip it keeps is in exactly one group.
    expect(out.n + out.rejected).toBe(16);
    expect(out.n).toBeGreaterThan(10);
    expect(Object.values(out.groups).reduce((s, g) => s + g.n, 0)).toBe(out.n);
    expect(out.by).toBe('gender');
    expect(Object.keys(out.groups).sort()).toEqual(['female', 'male']);
    for (const g of Object.values(out.groups)) {
      expect(typeof g.arousalAuc).toBe('number');
      const ci = g.intervals.arousalAuc as [number, number];
      expect(ci[0]).toBeLessThanOrEqual(ci[1]);
    }
    // Groups of 8 are under the gap's minimum of 10: reported, but no gap is claimed.
    expect(out.maxGap.arousalAuc).toBeNull();
  });

  it('eval risk --proxy dreaddit --by subreddit and --by length', async () => {
    const res = await cli(['eval', 'risk', '--proxy', 'dreaddit', '--data', join(dir, 'posts.csv'), '--by', 'subreddit', '--bootstrap', '100', '--json'], join(dir, 'cache'));
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as Grouped & { n: number; auc: number };
    expect(out.n).toBe(24);
    expect(Object.keys(out.groups).sort()).toEqual(['anxiety', 'homeless']);
    expect(out.groups.anxiety).toMatchObject({ n: 12, positiveRate: 0.5 });
    expect(out.groups.anxiety?.intervals).toHaveProperty('brier');
    expect(out.maxGap.brier).toMatchObject({ gap: expect.any(Number) });
    expect(out.maxGap).not.toHaveProperty('positiveRate');
    const human = await cli(['eval', 'risk', '--proxy', 'dreaddit', '--data', join(dir, 'posts.csv'), '--by', 'length', '--bootstrap', '20'], join(dir, 'cache'));
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/by length \(bootstrap 95 % intervals, 20 resamples, seed 1/);
    expect(human.stdout).toMatch(/11-30 words\s+24/);
  });

  it('names the columns there are when asked for one that is not', async () => {
    const res = await cli(['eval', 'voice', '--data', join(dir, 'voice'), '--by', 'age'], join(dir, 'cache'));
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/error \[INPUT_INVALID\]: no column "age" to group by \(use one of file, ekman, speaker, gender\)/);
  });
});
