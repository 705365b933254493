// Config loading: defaults, env overrides, and error messages that name the field and the allowed values.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envNameFor, loadConfig } from '../../src/config/load.ts';
import { isBurnoutError } from '../../src/errors.ts';

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isBurnoutError(e, 'CONFIG_INVALID')).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a config error');
}

describe('config', () => {
  it('loads the committed config.yaml and freezes it', () => {
    const c = loadConfig({ env: {} });
    expect(c.fusion.mcPasses).toBe(30);
    expect(c.text.engines).toContain('lite');
    expect(Object.isFrozen(c.fusion)).toBe(true);
  });

  it('maps camelCase paths to BURNOUT_ env names', () => {
    expect(envNameFor(['fusion', 'mcPasses'])).toBe('BURNOUT_FUSION_MC_PASSES');
  });

  it('applies env overrides, parsing numbers and lists', () => {
    const c = loadConfig({ env: { BURNOUT_FUSION_MC_PASSES: '50', BURNOUT_TEXT_ENGINES: '[lite]' } });
    expect(c.fusion.mcPasses).toBe(50);
    expect(c.text.engines).toEqual(['lite']);
  });

  it('accepts a plain comma-separated value for a list field', () => {
    expect(loadConfig({ env: { BURNOUT_FACE_ENGINES: 'human' } }).face.engines).toEqual(['human']);
    expect(loadConfig({ env: { BURNOUT_TEXT_ENGINES: 'lite, transformers' } }).text.engines).toEqual(['lite', 'transformers']);
    const msg = configError(() => loadConfig({ env: { BURNOUT_FACE_ENGINES: 'foo' } }));
    expect(msg).toContain('face.engines.0');
    expect(msg).toContain('"human"');
  });

  it('names the field, the source and the allowed values of a bad enum', () => {
    const msg = configError(() => loadConfig({ env: { BURNOUT_FUSION_REPRESENTATION: 'words' } }));
    expect(msg).toContain('fusion.representation');
    expect(msg).toContain('BURNOUT_FUSION_REPRESENTATION');
    expect(msg).toContain('"profile"');
    expect(msg).toContain('"embedding"');
  });

  it('names the field of a bad value in a config file, and unknown fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, 'c.yaml');
    writeFileSync(file, 'text:\n  engines: [lite, gpt]\nserver:\n  prot: 1\n');
    const msg = configError(() => loadConfig({ file, env: {} }));
    expect(msg).toMatch(/text\.engines\.1/);
    expect(msg).toContain('"transformers"');
    expect(msg).toContain('prot');
  });

  it('rejects a file that is not YAML with a one-line message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, 'c.yaml');
    writeFileSync(file, 'text: [unclosed\n');
    expect(configError(() => loadConfig({ file, env: {} }))).toContain('not valid YAML');
  });
});
