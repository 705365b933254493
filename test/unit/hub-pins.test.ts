// Pinned model downloads without the network: the SHA-256 check on local files (a mismatching file is removed, the
// error names the file and both hashes and exits non-zero), the pin in config, and `pullModel` against a fake hub on
// 127.0.0.1 that serves one commit's files (the pinned URL is used; a tampered file fails and is gone).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import { EXIT_CODES, isBurnoutError } from '../../src/errors.ts';
import { pinnedHash, pinYaml, sha256File, verifyFile } from '../../src/hub/pins.ts';
import { pullModel } from '../../src/hub/pull.ts';
import { silentProgress } from '../../src/progress.ts';

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
const COMMIT = 'a'.repeat(40);

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('model pins', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'burnout-pins-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts a file whose SHA-256 matches and keeps it', async () => {
    const file = join(dir, 'config.json');
    writeFileSync(file, '{"model_type":"vit"}');
    expect(await sha256File(file)).toBe(sha('{"model_type":"vit"}'));
    await verifyFile(file, 'x/vit/config.json', sha('{"model_type":"vit"}').toUpperCase());
    expect(existsSync(file)).toBe(true);
  });

  it('removes a mismatching file and names it with the expected and actual hash', async () => {
    const file = join(dir, 'model.onnx');
    writeFileSync(file, 'tampered weights');
    const expected = sha('original weights');
    const e = await failure(verifyFile(file, 'x/vit/onnx/model.onnx', expected));
    expect(isBurnoutError(e, 'MODEL_INTEGRITY')).toBe(true);
    expect(e.message).toContain('x/vit/onnx/model.onnx');
    expect(e.message).toContain(`expected ${expected}`);
    expect(e.message).toContain(`got ${sha('tampered weights')}`);
    expect(existsSync(file)).toBe(false);
    expect(EXIT_CODES.MODEL_INTEGRITY).toBeGreaterThan(0);
  });

  it('refuses a file the pin does not list, and prints a pin config reads back', () => {
    const pin = { revision: COMMIT, files: { 'config.json': sha('a'), 'onnx/model.onnx': sha('b') } };
    expect(pinnedHash('x/vit', pin, 'config.json')).toBe(sha('a'));
    expect(() => pinnedHash('x/vit', pin, 'tokenizer.json')).toThrow(/x\/vit\/tokenizer.json has no SHA-256 in models.pins/);
    const yamlText = ['models:', '  pins:', pinYaml('x/vit', pin)].join('\n');
    const file = join(dir, 'pinned.yaml');
    writeFileSync(file, yamlText);
    expect(loadConfig({ file, env: {} }).models.pins).toEqual({ 'x/vit': pin });
    expect(parseYaml(yamlText)).toEqual({ models: { pins: { 'x/vit': pin } } });
  });

  it('refuses a pin that is not a full commit or a hash', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, `models:\n  pins:\n    x/vit:\n      revision: main\n      files:\n        config.json: ${sha('a')}\n`);
    expect(() => loadConfig({ file, env: {} })).toThrow(/40-digit commit/);
    writeFileSync(file, `models:\n  pins:\n    x/vit:\n      revision: ${COMMIT}\n      files:\n        config.json: abc\n`);
    expect(() => loadConfig({ file, env: {} })).toThrow(/SHA-256 in 64 hex digits/);
  });
});

describe('pullModel against a fake hub on 127.0.0.1', () => {
  const files: Record<string, string> = { 'config.json': '{"model_type":"vit"}', 'preprocessor_config.json': '{}', 'onnx/model_quantized.onnx': 'weights' };
  const requested: string[] = [];
  let server: Server;
  let dir: string;
  let config: Readonly<Config>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'burnout-pull-'));
    server = createServer((req, res) => {
      const url = req.url ?? '';
      requested.push(url);
      if (url === `/api/models/x/vit/revision/main` || url === `/api/models/x/vit/revision/${COMMIT}`) {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify({ sha: COMMIT, siblings: Object.keys(files).map((rfilename) => ({ rfilename })) }));
      }
      const file = url.startsWith(`/x/vit/resolve/${COMMIT}/`) ? files[url.slice(`/x/vit/resolve/${COMMIT}/`.length)] : undefined;
      if (file === undefined) {
        res.statusCode = 404;
        return res.end();
      }
      res.end(file);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = loadConfig({ env: {} });
    config = { ...base, models: { ...base.models, cacheDir: dir, remoteHost: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` } };
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('without a pin: downloads main\'s commit and returns the pin of what it wrote', async () => {
    const r = await pullModel(config, { modality: 'face', id: 'x/vit' }, silentProgress);
    expect(r.pinned).toBe(false);
    expect(r.pin).toEqual({ revision: COMMIT, files: Object.fromEntries(Object.entries(files).map(([f, c]) => [f, sha(c)])) });
    expect(readFileSync(join(dir, 'x/vit/onnx/model_quantized.onnx'), 'utf8')).toBe('weights');
  });

  it('with a pin: fetches the pinned commit, checks cached files, and removes a file that does not match', async () => {
    const good = Object.fromEntries(Object.entries(files).map(([f, c]) => [f, sha(c)]));
    const pinned = (hashes: Record<string, string>) => ({ ...config, models: { ...config.models, pins: { 'x/vit': { revision: COMMIT, files: hashes } } } });
    requested.length = 0;
    expect((await pullModel(pinned(good), { modality: 'face', id: 'x/vit' }, silentProgress)).pinned).toBe(true);
    expect(requested).toEqual([`/api/models/x/vit/revision/${COMMIT}`]); // every file was cached and matched
    // The hub now serves other weights than the pin names: the cached file no longer matches, is fetched again, fails.
    const wrong = { ...good, 'onnx/model_quantized.onnx': sha('other weights') };
    const e = await failure(pullModel(pinned(wrong), { modality: 'face', id: 'x/vit' }, silentProgress));
    expect(isBurnoutError(e, 'MODEL_INTEGRITY')).toBe(true);
    expect(e.message).toMatch(new RegExp(`x/vit/onnx/model_quantized.onnx .*expected ${sha('other weights')}, got ${sha('weights')}`));
    expect(requested).toContain(`/x/vit/resolve/${COMMIT}/onnx/model_quantized.onnx`);
    expect(existsSync(join(dir, 'x/vit/onnx/model_quantized.onnx'))).toBe(false);
  });
});
