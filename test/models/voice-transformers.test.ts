// Speech-emotion engine `transformers` end to end on tiny generated Wav2Vec2-style ONNX models (no network).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVoiceAnalyzer } from '../../src/analysis/voice/analyzer.ts';
import { windowBounds } from '../../src/analysis/voice/model-windows.ts';
import { createTransformersVoiceEngine } from '../../src/analysis/voice/transformers-engine.ts';
import { voiceEmotionEngines } from '../../src/analysis/voice/registry.ts';
import { loadFirstEngine } from '../../src/analysis/engine-registry.ts';
import type { AudioInput, ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import { EMOTIONS, type EmotionScores } from '../../src/emotions.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { localModelDir } from '../../src/hub/pull.ts';
import { speechLikeVoice } from '../helpers/audio-fixtures.ts';
import { createTestModelCache, type TestModelCache } from '../helpers/onnx/model-cache.ts';
import { writeTinyAudioModel } from '../helpers/onnx/tiny-audio-model.ts';

const RATE = 16_000;

function ok(r: ModalityResult): ModalityOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}: ${r.reason}`);
  return r;
}

/** One second of a sine tone with a little deterministic "noise", 16 kHz. */
function tone(hz: number, seconds = 1, sampleRate = 16000): AudioInput {
  const samples = Float32Array.from({ length: Math.round(seconds * sampleRate) }, (_, i) =>
    0.4 * Math.sin((2 * Math.PI * hz * i) / sampleRate) + 0.02 * Math.sin(i * 1.7),
  );
  return { samples, sampleRate };
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('voice transformers engine', () => {
  let cache: TestModelCache;
  beforeAll(async () => {
    // The seed model superb/wav2vec2-base-superb-er: IEMOCAP 4 classes.
    cache = await createTestModelCache({ voice: true, env: { BURNOUT_VOICE_TRANSFORMERS_LABELS: 'iemocap' } });
  });
  afterAll(() => cache.cleanup());

  it('classifies 16 kHz mono audio into the four IEMOCAP classes, mapped and covered', async () => {
    const engine = await createTransformersVoiceEngine(cache.config);
    try {
      expect(engine.name).toBe('transformers');
      const low = ok(await engine.analyze(tone(180)));
      expect(low.engine).toBe('transformers');
      expect(low.model).toBe(cache.config.voice.transformersModel);
      expect(low.covered).toEqual(['anger', 'joy', 'neutral', 'sadness']);
      expect(sum(low.emotions!)).toBeCloseTo(1, 5);
      expect(low.emotions!.fear).toBe(0);
      expect(low.emotions!.disgust).toBe(0);
      expect(low.emotions!.surprise).toBe(0);
      expect(low.emotions!.neutral).toBeGreaterThan(0);
      const high = ok(await engine.analyze(tone(2500)));
      expect(high.emotions).not.toEqual(low.emotions);
    } finally {
      await engine.dispose();
    }
  });

  it('rejects audio at another sample rate or too short to classify', async () => {
    const engine = await createTransformersVoiceEngine(cache.config);
    try {
      const r = await engine.analyze(tone(200, 1, 44100));
      expect(r).toMatchObject({ status: 'rejected' });
      expect((r as { reason: string }).reason).toMatch(/44100 Hz.*needs 16000 Hz/);
      expect(await engine.analyze(tone(200, 0.05))).toMatchObject({ status: 'rejected' });
    } finally {
      await engine.dispose();
    }
  });

  it('maps a 7-class RAVDESS-style model with the ravdess table', async () => {
    const config = cache.withEnv({ BURNOUT_VOICE_TRANSFORMERS_MODEL: 'test/ravdess-7', BURNOUT_VOICE_TRANSFORMERS_LABELS: 'ravdess' });
    const labels = ['angry', 'disgust', 'fearful', 'happy', 'neutral', 'sad', 'surprised'];
    await writeTinyAudioModel(localModelDir(config, 'test/ravdess-7'), { labels, seed: 3 });
    const engine = await createTransformersVoiceEngine(config);
    try {
      const r = ok(await engine.analyze(tone(300)));
      expect(r.covered).toEqual(['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise']);
      expect(sum(r.emotions!)).toBeCloseTo(1, 5);
      expect(Object.values(r.emotions!).every((p) => p > 0)).toBe(true);
    } finally {
      await engine.dispose();
    }
  });

  it('a missing model is reported with the pull command and no engine serves', async () => {
    const config = cache.withEnv({ BURNOUT_VOICE_TRANSFORMERS_MODEL: 'nobody/not-pulled' });
    const err = await createTransformersVoiceEngine(config).catch((e: unknown) => e);
    expect(isBurnoutError(err, 'MODEL_MISSING')).toBe(true);
    expect((err as Error).message).toContain('nobody/not-pulled');
    expect((err as Error).message).toContain('npx burnout models pull --modality voice');
    const choice = await loadFirstEngine(voiceEmotionEngines, config.voice.engines, config);
    expect(choice.engine).toBeNull();
    expect(choice.statuses[0]?.reason).toContain('npx burnout models pull --modality voice');
  });

  it('in the voice analyzer, a recording longer than voice.modelWindowSec gets the length-weighted mean of the model on each window, and a note', async () => {
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
});
