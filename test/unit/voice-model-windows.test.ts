// Long recordings reach the speech-emotion model in equal windows of at most voice.modelWindowSec, averaged by length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVoiceAnalyzer } from '../../src/analysis/voice/analyzer.ts';
import { analyzeInWindows, windowBounds } from '../../src/analysis/voice/model-windows.ts';
import { createTransformersVoiceEngine } from '../../src/analysis/voice/transformers-engine.ts';
import type { AudioInput, Engine, ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import { EMOTIONS, type EmotionScores } from '../../src/emotions.ts';
import { speechLikeVoice } from '../helpers/audio-fixtures.ts';
import { createTestModelCache, type TestModelCache } from '../helpers/onnx/model-cache.ts';

const RATE = 16_000;

function ok(r: ModalityResult): ModalityOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}: ${r.reason}`);
  return r;
}

describe('window bounds', () => {
  it('cuts into the fewest equal windows that fit, contiguous and covering every sample', () => {
    expect(windowBounds(20 * RATE, 20 * RATE)).toEqual([{ start: 0, end: 20 * RATE }]);
    expect(windowBounds(5, 20)).toEqual([{ start: 0, end: 5 }]);
    const w = windowBounds(118 * RATE + 7, 20 * RATE);
    expect(w).toHaveLength(6);
    expect(w[0]!.start).toBe(0);
    expect(w.at(-1)!.end).toBe(118 * RATE + 7);
    for (let k = 1; k < w.length; k++) expect(w[k]!.start).toBe(w[k - 1]!.end);
    const lengths = w.map((x) => x.end - x.start);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(20 * RATE);
    expect(windowBounds(20 * RATE + 1, 20 * RATE)).toHaveLength(2);
  });
});

describe('the voice analyzer on a recording longer than a window', () => {
  let cache: TestModelCache;
  beforeAll(async () => {
    cache = await createTestModelCache({ voice: true, env: { BURNOUT_VOICE_TRANSFORMERS_LABELS: 'iemocap' } });
  });
  afterAll(() => cache.cleanup());

  it('gives the length-weighted mean of the model on each window, and says so', async () => {
    // 25 s of voice whose second half is louder: the tiny model's statistics differ between the windows.
    const samples = speechLikeVoice(RATE, 25);
    for (let i = Math.round(12.5 * RATE); i < samples.length; i++) samples[i] = 2.5 * (samples[i] as number);
    const clip: AudioInput = { samples, sampleRate: RATE };
    const deep = await createTransformersVoiceEngine(cache.config);
    const analyzer = await loadVoiceAnalyzer(cache.withEnv({ BURNOUT_VOICE_MODEL_WINDOW_SEC: '10', BURNOUT_VOICE_MODEL_SPAN: 'whole' }));
    const single = await loadVoiceAnalyzer(cache.withEnv({ BURNOUT_VOICE_MODEL_WINDOW_SEC: '30', BURNOUT_VOICE_MODEL_SPAN: 'whole' }));
    try {
      const windows = windowBounds(samples.length, 10 * RATE);
      expect(windows).toHaveLength(3);
      const parts: EmotionScores[] = [];
      for (const { start, end } of windows) parts.push(ok(await deep.analyze({ samples: samples.subarray(start, end), sampleRate: RATE })).emotions!);
      const r = ok(await analyzer.engine!.analyze(clip));
      for (const e of EMOTIONS) {
        const expected = windows.reduce((s, { start, end }, k) => s + ((end - start) / samples.length) * parts[k]![e], 0);
        expect(r.emotions![e], e).toBeCloseTo(expected, 9);
      }
      expect(Object.values(r.emotions!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(r.notes).toContain('the speech-emotion model heard the 25 s recording in 3 parts of about 8 s; its emotions are their average');
      // In one window: the model's answer on the whole clip, which the windows' average is not.
      const whole = ok(await single.engine!.analyze(clip));
      expect(whole.emotions).toEqual(ok(await deep.analyze(clip)).emotions);
      expect(whole.notes ?? []).not.toContainEqual(expect.stringMatching(/parts of about/));
      expect(Math.max(...EMOTIONS.map((e) => Math.abs(whole.emotions![e] - r.emotions![e])))).toBeGreaterThan(1e-3);
    } finally {
      await deep.dispose();
      await analyzer.engine!.dispose();
      await single.engine!.dispose();
    }
  });

  it('averages the windows\' embeddings by length too, and passes on the first window that is not analysed', async () => {
    // An engine whose embedding is [window length in s, its first sample], refusing a window that starts with −1.
    const seen: number[] = [];
    const engine: Engine<AudioInput> = {
      name: 'probe', model: 'probe',
      async analyze(a) {
        seen.push(a.samples.length);
        if (a.samples[0] === -1) return { status: 'rejected', reason: 'window 3 refused' };
        return { status: 'ok', emotions: null, features: {}, embedding: [a.samples.length / RATE, a.samples[0] as number], engine: 'probe', model: 'probe', latencyMs: 1 };
      },
      async dispose() {},
    };
    const samples = new Float32Array(4 * RATE).map((_, i) => Math.floor(i / RATE));
    const r = ok(await analyzeInWindows(engine, { samples, sampleRate: RATE }, 2));
    expect(seen).toEqual([2 * RATE, 2 * RATE]);
    expect(r.embedding).toEqual([2, 1]); // windows start at samples 0 and 2 s: first samples 0 and 2, mean 1
    expect(r.emotions).toBeNull();
    expect(r.latencyMs).toBe(2);
    seen.length = 0;
    samples[2 * RATE] = -1; // the first sample of the third 1 s window
    expect(await analyzeInWindows(engine, { samples, sampleRate: RATE }, 1)).toEqual({ status: 'rejected', reason: 'window 3 refused' });
    expect(seen).toHaveLength(3);
  });

  it('refuses a window longer than two minutes or shorter than two seconds in the config', async () => {
    expect(() => cache.withEnv({ BURNOUT_VOICE_MODEL_WINDOW_SEC: '1' })).toThrow(/voice\.modelWindowSec/);
    expect(() => cache.withEnv({ BURNOUT_VOICE_MODEL_WINDOW_SEC: '600' })).toThrow(/voice\.modelWindowSec/);
  });
});
