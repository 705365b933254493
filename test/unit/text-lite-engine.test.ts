// The lite text engine on the committed model, its missing/damaged-model errors, and the model file round trip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/schema.ts';
import { EMOTIONS, topEmotion } from '../../src/emotions.ts';
import { isBurnoutError } from '../../src/errors.ts';
import type { Engine, ModalityResult } from '../../src/analysis/types.ts';
import { createLiteTextEngine } from '../../src/analysis/text/lite-engine.ts';
import { textEngines } from '../../src/analysis/text/registry.ts';
import { parseLiteModel, serializeLiteModel } from '../../src/analysis/text/lite-format.ts';
import { predictText, zeroWeights, type LiteModel } from '../../src/analysis/text/lite-model.ts';

const config: Config = configSchema.parse({});
const tmp = mkdtempSync(join(tmpdir(), 'burnout-lite-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function ok(r: ModalityResult) {
  if (r.status !== 'ok' || !r.emotions) throw new Error(`expected an ok result, got ${JSON.stringify(r)}`);
  return { ...r, emotions: r.emotions };
}

describe('lite text engine (committed model)', () => {
  let engine: Engine<string>;
  beforeAll(async () => {
    engine = await createLiteTextEngine(config);
  });
  afterAll(() => engine.dispose());

  it('is registered and names itself and its model', () => {
    expect(textEngines.lite).toBe(createLiteTextEngine);
    expect(engine.name).toBe('lite');
    expect(engine.model).toMatch(/^text-lite@v1-[0-9a-f]{8}$/);
  });
  it('returns seven probabilities summing to 1, all covered, with features', async () => {
    const r = ok(await engine.analyze('I am exhausted and nothing I do at work matters anymore'));
    const sum = EMOTIONS.reduce((s, e) => s + r.emotions[e], 0);
    expect(Math.abs(sum - 1)).toBeLessThan(0.001);
    for (const e of EMOTIONS) expect(r.emotions[e]).toBeGreaterThan(0);
    expect(r.covered).toEqual([...EMOTIONS]);
    expect(r.engine).toBe('lite');
    expect(r.features).toMatchObject({ tokenCount: 11, truncated: 0 });
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
  });
  it('reads obvious sentences sensibly', async () => {
    const cases: Array<[string, string]> = [
      ['I am so happy today!', 'joy'],
      ['I am so sad, I miss her terribly and cry every night.', 'sadness'],
      ["I'm terrified and scared of what will happen tomorrow.", 'fear'],
      ['This makes me so angry, I hate you!', 'anger'],
      ['Wow, I did not expect that at all!', 'surprise'],
      ['That is disgusting, gross.', 'disgust'],
    ];
    for (const [text, expected] of cases) expect([text, topEmotion(ok(await engine.analyze(text)).emotions)]).toEqual([text, expected]);
  });
  it('rejects empty and over-long text with a reason instead of scores', async () => {
    expect(await engine.analyze('   ')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/empty/) });
    const long = 'a'.repeat(config.text.maxChars + 1);
    expect(await engine.analyze(long)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/too long/) });
  });
});

describe('lite model loading errors', () => {
  it('throws MODEL_MISSING naming the folder and the training command', async () => {
    const dir = join(tmp, 'empty');
    const err = await createLiteTextEngine({ ...config, text: { ...config.text, liteModelDir: dir } }).catch((e: unknown) => e);
    expect(isBurnoutError(err, 'MODEL_MISSING')).toBe(true);
    expect((err as Error).message).toContain(dir);
    expect((err as { hint?: string }).hint).toContain('npx burnout train text-lite');
  });
  it('round-trips a model through its files and refuses damaged weights', () => {
    const features = { buckets: 16, wordNgramMax: 2, charNgramMin: 2, charNgramMax: 3, charWeight: 1 };
    const weights = zeroWeights(EMOTIONS.length, features.buckets);
    weights.w.forEach((_, i) => (weights.w[i] = Math.sin(i) * 0.5));
    const model: LiteModel = { features, weights, classBias: new Float32Array(EMOTIONS.length).fill(0.1) };
    const files = serializeLiteModel(model, { seed: 1, training: {}, data: {}, devMetrics: {} });
    const back = parseLiteModel(files.metadataText, files.weightBytes, 'test');
    const a = predictText(model, 'tired of it all');
    const b = predictText(back.model, 'tired of it all');
    b.forEach((p, k) => expect(p).toBeCloseTo(a[k] as number, 2));
    const damaged = Uint8Array.from(files.weightBytes);
    damaged[3] = (damaged[3] as number) ^ 1;
    expect(() => parseLiteModel(files.metadataText, damaged, 'test')).toThrow(/sha256/);
  });
});
