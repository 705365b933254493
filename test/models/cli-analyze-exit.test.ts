// `burnout analyze` and errors as a script sees them: exit 65 when every given input was rejected (the results are still
// printed), 0 when one was read; `--json` errors are one JSON object on stderr with the same exit code; `--version`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';

const env = { ...process.env, BURNOUT_TEXT_ENGINES: '[lite]' };
const burnout = (args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', env });

describe('burnout CLI exit codes', () => {
  it('exits 65 when the only input was rejected, 0 when it was read', () => {
    const rejected = burnout(['analyze', '--text', '很累，压力太大，睡不着', '--json']);
    expect(rejected.status, rejected.stderr).toBe(65);
    expect(JSON.parse(rejected.stdout).text).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/English only/) });
    const read = burnout(['analyze', '--text', 'A calm day at the office, then a walk.', '--json']);
    expect(read.status, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout).text.status).toBe('ok');
  }, 60_000);

  it('prints --json errors as one JSON object with the same exit code', () => {
    const r = burnout(['assess', '--image', join(REPO_ROOT, 'no-such-photo.jpg'), '--json']);
    expect(r.status).toBe(66);
    expect(JSON.parse(r.stderr)).toEqual({ error: { code: 'DATA_MISSING', message: expect.stringMatching(/no-such-photo\.jpg/) } });
  }, 60_000);

  it('prints the package version', () => {
    const r = burnout(['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });
});
