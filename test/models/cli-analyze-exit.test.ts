// `burnout analyze` and errors as a script sees them: exit 65 when every given input was rejected (the results are still
// printed), 0 when one was read; `--json` errors are one JSON object on stderr with the same exit code; why an input
// file cannot be read; `--version`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { speechLikeVoice, wavBytes } from '../helpers/audio-fixtures.ts';

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

  it('says why an input file cannot be read: missing, a folder, binary data given as a text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'burnout-cli-inputs-'));
    try {
      const wav = join(dir, 'voice.wav');
      writeFileSync(wav, wavBytes(speechLikeVoice(16_000, 1), 16_000));
      const folder = burnout(['analyze', '--image', dir]);
      expect(folder.status).toBe(66);
      expect(folder.stderr).toMatch(/cannot read image file .*: it is a folder, not a file/);
      const missing = burnout(['analyze', '--audio', join(dir, 'nope.wav')]);
      expect(missing.stderr).toMatch(/cannot read audio file .*nope\.wav: no such file/);
      const binary = burnout(['analyze', '--text-file', wav]);
      expect(binary.status).toBe(64);
      expect(binary.stderr).toMatch(/voice\.wav is not a text file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lists the valid values of a wrong --modality', () => {
    const r = burnout(['models', 'pull', '--modality', 'audio']);
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/--modality must be one of text, voice, face \(got "audio"\)/);
  });

  it('prints the package version', () => {
    const r = burnout(['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });
});
