// `burnout models status` / `models pull` with a temp model cache: which engine loads, why the others do not, offline pull.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODALITY_LOADERS } from '../../src/analysis/loaders.ts';
import { modelsStatus } from '../../src/cli/commands/models-status.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { createTestModelCache, type TestModelCache } from '../helpers/onnx/model-cache.ts';

const run = promisify(execFile);
const CLI = resolve(REPO_ROOT, 'bin/burnout.js');

/** Runs the CLI with only the given BURNOUT_* variables (plus PATH/HOME), returning exit code and output. */
async function cli(args: string[], env: Record<string, string>) {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...base, ...env }, cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('models status', () => {
  let withText: TestModelCache;
  let empty: TestModelCache;
  beforeAll(async () => {
    withText = await createTestModelCache({ text: true });
    empty = await createTestModelCache({});
  });
  afterAll(async () => {
    await withText.cleanup();
    await empty.cleanup();
  });

  it('reports the transformers text engine as loading when its model is in the cache', async () => {
    const report = await modelsStatus(withText.config);
    expect(report.text?.[0]).toEqual({ name: 'transformers', ok: true, model: withText.config.text.transformersModel });
  });

  it('says why the transformers text engine does not load, with the pull command', async () => {
    const report = await modelsStatus(empty.config);
    const first = report.text?.[0];
    expect(first).toMatchObject({ name: 'transformers', ok: false });
    expect(first?.reason).toContain(empty.config.text.transformersModel);
    expect(first?.reason).toContain('npx burnout models pull --modality text');
  });

  it.skipIf(!MODALITY_LOADERS.voice)('reports the voice transformers engine and why it does not load', async () => {
    const statuses = (await modelsStatus(empty.config)).voice ?? [];
    const deep = statuses.find((s) => s.name === 'transformers');
    expect(deep?.ok).toBe(false);
    expect(deep?.reason).toContain('npx burnout models pull --modality voice');
  });

  it.skipIf(!MODALITY_LOADERS.face)('reports the face vit engine and why it does not load', async () => {
    const statuses = (await modelsStatus(empty.config)).face ?? [];
    const vit = statuses.find((s) => s.name === 'vit');
    expect(vit?.ok).toBe(false);
    expect(vit?.reason).toContain('npx burnout models pull --modality face');
  });

  it('the CLI prints the same status as JSON and as a table with hints', async () => {
    const json = await cli(['models', 'status', '--json'], { BURNOUT_MODELS_CACHE_DIR: withText.root });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Record<string, Array<{ name: string; ok: boolean }>>;
    expect(report.text?.[0]).toMatchObject({ name: 'transformers', ok: true });
    const table = await cli(['models', 'status'], { BURNOUT_MODELS_CACHE_DIR: empty.root });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/text\s+1\s+transformers\s+no\s+text model .* is not downloaded/);
    expect(table.stdout).toContain('hint (transformers): npx burnout models pull --modality text');
  });
});

describe('models pull without a reachable hub', () => {
  it('fails fast with NETWORK_UNAVAILABLE and exit code 69', async () => {
    // Port 9 (discard) on loopback refuses the connection at once: no network and no download happen.
    const r = await cli(['models', 'pull', '--modality', 'text'], {
      BURNOUT_MODELS_REMOTE_HOST: 'http://127.0.0.1:9/',
      BURNOUT_MODELS_PULL_TIMEOUT_SEC: '5',
    });
    expect(r.code).toBe(69);
    expect(r.stderr).toContain('error [NETWORK_UNAVAILABLE]: cannot reach 127.0.0.1:9');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
