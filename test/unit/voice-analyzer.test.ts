// The voice modality engine: rejections (silence, noise, too long), the full feature set, notes, explanation and loader.
import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer, loadVoiceAnalyzer } from '../../src/analysis/voice/analyzer.ts';
import { arousalScores } from '../../src/analysis/voice/arousal.ts';
import { explainVoice } from '../../src/analysis/voice/explain.ts';
import { VOICE_FEATURE_NAMES } from '../../src/analysis/voice/features.ts';
import type { AudioInput, ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { syntheticVoice } from '../helpers/audio-fixtures.ts';
import { createTestModelCache } from '../helpers/onnx/model-cache.ts';

const RATE = 16_000;
const limits = { maxDurationSec: 120, minSpeechSec: 1 };
const audio = (samples: Float32Array): AudioInput => ({ samples, sampleRate: RATE });

function ok(r: ModalityResult): ModalityOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}: ${r.reason}`);
  return r;
}

function noise(seconds: number, level: number): Float32Array {
  let seed = 7;
  return Float32Array.from({ length: seconds * RATE }, () => {
    seed = (seed * 16807) % 2147483647;
    return level * (seed / 2147483647 - 0.5);
  });
}

describe('voice analyzer', () => {
  const analyzer = createVoiceAnalyzer(limits, null, 'no speech-emotion model is available (test)');

  it('rejects silence, near-silence, unvoiced noise and too little speech as "no speech detected"', async () => {
    for (const samples of [new Float32Array(3 * RATE), noise(3, 1e-5), noise(3, 0.2), syntheticVoice({ f0: 150, seconds: 0.5, padSeconds: 1 })]) {
      const r = await analyzer.analyze(audio(samples));
      expect(r.status).toBe('rejected');
      expect((r as { reason: string }).reason).toMatch(/^no speech detected/);
    }
    expect(await analyzer.analyze(audio(new Float32Array(0)))).toEqual({ status: 'rejected', reason: 'the recording is empty' });
  });

  it('rejects a recording longer than the limit, naming the limit', async () => {
    const short = createVoiceAnalyzer({ maxDurationSec: 2, minSpeechSec: 1 }, null);
    const r = await short.analyze(audio(syntheticVoice({ f0: 150, seconds: 2.5 })));
    expect(r).toMatchObject({ status: 'rejected' });
    expect((r as { reason: string }).reason).toMatch(/too long: 3\.5 s, the limit is 2 s \(config voice\.maxDurationSec\)/);
  });

  it('returns every contract feature, emotions null with a reason, an explanation and the acoustic engine', async () => {
    const r = ok(await analyzer.analyze(audio(syntheticVoice({ f0: 160, seconds: 4, syllableRate: 4, intonation: 2, jitter: 0.005, noise: 0.001 }))));
    expect(Object.keys(r.features)).toEqual([...VOICE_FEATURE_NAMES]);
    for (const name of VOICE_FEATURE_NAMES) expect(r.features[name], name).toEqual(expect.any(Number));
    expect(r.emotions).toBeNull();
    expect(r.emotionsAbsentReason).toBe('no speech-emotion model is available (test)');
    expect(r.engine).toBe('acoustic');
    expect(r.model).toBe('acoustic-features-v1');
    expect(r.explanation!.length).toBeGreaterThanOrEqual(2);
    expect(r.explanation!.length).toBeLessThanOrEqual(3);
    expect(r.features.speechSec as number).toBeGreaterThan(3.5);
    expect(r.features.durationSec).toBeCloseTo(5, 2);
    expect(r.latencyMs).toBeGreaterThan(0);
  });

  it('finds pauses and syllable-like nuclei', async () => {
    const burst = syntheticVoice({ f0: 150, seconds: 1.5, padSeconds: 0, syllableRate: 4, intonation: 2 });
    const gap = new Float32Array(0.8 * RATE);
    const clip = new Float32Array(burst.length * 2 + gap.length * 3);
    clip.set(burst, gap.length);
    clip.set(burst, 2 * gap.length + burst.length);
    const r = ok(await analyzer.analyze(audio(clip)));
    expect(r.features.pauseRatio as number).toBeGreaterThan(0.15);
    expect(r.features.meanPauseSec as number).toBeCloseTo(0.8, 1);
    expect(r.features.speechRate as number).toBeGreaterThan(2.5);
    expect(r.features.speechRate as number).toBeLessThan(5.5);
  });

  it('says the estimate is less reliable for a noisy or clipped recording', async () => {
    const noisy = ok(await analyzer.analyze(audio(syntheticVoice({ f0: 150, seconds: 3, noise: 0.04, syllableRate: 4, intonation: 2 }))));
    expect(noisy.notes?.join(' ')).toMatch(/noisy.*less reliable/);
    expect(noisy.explanation?.join(' ')).toMatch(/less reliable/);
    const clipped = syntheticVoice({ f0: 150, seconds: 3, amplitude: 3, syllableRate: 4, intonation: 2 }).map((v) => Math.max(-1, Math.min(1, v)));
    const r = ok(await analyzer.analyze(audio(clipped)));
    expect(r.features.clippingRatio as number).toBeGreaterThan(0.001);
    expect(r.notes?.join(' ')).toMatch(/clipped.*less reliable/);
  });

  it('loads with the acoustic engine even when no speech-emotion model is present', async () => {
    const config = loadConfig({ env: { BURNOUT_MODELS_CACHE_DIR: 'no/such/cache/folder' } });
    const choice = await loadVoiceAnalyzer(config);
    expect(choice.engine?.name).toBe('acoustic');
    expect(choice.statuses[0]).toMatchObject({ name: 'acoustic', ok: true });
    expect(choice.statuses.slice(1).every((s) => !s.ok)).toBe(true);
    const r = ok(await choice.engine!.analyze(audio(syntheticVoice({ f0: 150, seconds: 2, syllableRate: 4, intonation: 2 }))));
    expect(r.emotions).toBeNull();
    expect(r.emotionsAbsentReason).toMatch(/no speech-emotion model is available/);
    await choice.engine!.dispose();
    const none = await loadVoiceAnalyzer(loadConfig({ env: { BURNOUT_VOICE_ENGINES: '[]' } }));
    expect(none.statuses).toHaveLength(1);
  });
});

describe('voice analyzer with a speech-emotion engine', () => {
  it('adds the deep engine\'s emotions to the acoustic features and names both engines and models', async () => {
    const cache = await createTestModelCache({ voice: true, env: { BURNOUT_VOICE_TRANSFORMERS_LABELS: 'iemocap' } });
    try {
      const choice = await loadVoiceAnalyzer(cache.config);
      expect(choice.engine?.name).toBe('acoustic+transformers');
      expect(choice.engine?.model).toBe(`acoustic-features-v1+${cache.config.voice.transformersModel}`);
      const r = ok(await choice.engine!.analyze(audio(syntheticVoice({ f0: 150, seconds: 2, syllableRate: 4, intonation: 2 }))));
      expect(r.engine).toBe('acoustic+transformers');
      expect(r.emotions).not.toBeNull();
      expect(r.covered).toEqual(['anger', 'joy', 'neutral', 'sadness']);
      expect(Object.values(r.emotions!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(r.emotionsAbsentReason).toBeUndefined();
      for (const name of VOICE_FEATURE_NAMES) expect(r.features[name], name).toEqual(expect.any(Number));
      await choice.engine!.dispose();
    } finally {
      await cache.cleanup();
    }
  });
});

describe('what the speech-emotion model hears (voice.modelSpan)', () => {
  /** The same 2 s of voice with `pad` s of digital silence before and after. */
  const paddedVoice = (pad: number): AudioInput => {
    const voice = syntheticVoice({ f0: 150, seconds: 2, padSeconds: 0, syllableRate: 4, intonation: 2 });
    const samples = new Float32Array(voice.length + 2 * pad * RATE);
    samples.set(voice, pad * RATE);
    return audio(samples);
  };

  it('speech: the model hears the voice ± 0.3 s, so the silence around it does not change its emotions; whole: it does', async () => {
    const cache = await createTestModelCache({ voice: true, env: { BURNOUT_VOICE_TRANSFORMERS_LABELS: 'iemocap' } });
    try {
      const emotionsOf = async (modelSpan: 'speech' | 'whole', pad: number) => {
        const choice = await loadVoiceAnalyzer(cache.withEnv({ BURNOUT_VOICE_MODEL_SPAN: modelSpan }));
        try {
          const r = ok(await choice.engine!.analyze(paddedVoice(pad)));
          expect(r.features.durationSec).toBeCloseTo(2 + 2 * pad, 2); // the acoustic features read the whole clip
          return r.emotions!;
        } finally {
          await choice.engine!.dispose();
        }
      };
      const [short, long] = [await emotionsOf('speech', 0.5), await emotionsOf('speech', 2)];
      for (const [emotion, p] of Object.entries(short)) expect(long[emotion as keyof typeof long], emotion).toBeCloseTo(p, 6);
      const [wholeShort, wholeLong] = [await emotionsOf('whole', 0.5), await emotionsOf('whole', 2)];
      const gap = Math.max(...Object.entries(wholeShort).map(([e, p]) => Math.abs(p - wholeLong[e as keyof typeof wholeLong])));
      expect(gap).toBeGreaterThan(0.01);
    } finally {
      await cache.cleanup();
    }
  });
});

describe('explanation and arousal', () => {
  it('calls a quiet, monotone voice quieter and flatter, with the numbers', () => {
    const [first, second] = explainVoice({ loudnessDbfs: -45, pitchStdSemitones: 1.2, pitchMeanHz: 120, speechRate: 2.8, pauseRatio: 0.3, meanPauseSec: 0.9 });
    expect(first).toMatch(/^Your voice was quieter and flatter than typical speech: pitch varied by 1\.2 semitones/);
    expect(second).toMatch(/slower than typical, about 2\.8 syllables per second.*pauses taking 30 % of the time \(0\.9 s on average\)/);
    const [typical] = explainVoice({ loudnessDbfs: -25, pitchStdSemitones: 3, pitchMeanHz: 200, speechRate: 5 });
    expect(typical).toMatch(/within typical ranges/);
  });

  it('scores louder, higher, livelier clips as more aroused within a speaker', () => {
    const calm = { loudnessDbfs: -40, pitchMeanHz: 120, pitchStdSemitones: 2, spectralCentroidHz: 1400, spectralFlux: 0.15, speechRate: 4 };
    const mid = { loudnessDbfs: -32, pitchMeanHz: 150, pitchStdSemitones: 3, spectralCentroidHz: 1700, spectralFlux: 0.2, speechRate: 4.5 };
    const aroused = { loudnessDbfs: -22, pitchMeanHz: 200, pitchStdSemitones: 4, spectralCentroidHz: 2200, spectralFlux: 0.27, speechRate: 5 };
    const [a, b, c] = arousalScores([calm, mid, aroused], ['s1', 's1', 's1']);
    expect(a as number).toBeLessThan(b as number);
    expect(b as number).toBeLessThan(c as number);
    // A second speaker with a higher voice overall: normalised per speaker, the same pattern scores the same.
    const higher = [calm, mid, aroused].map((f) => ({ ...f, pitchMeanHz: f.pitchMeanHz * 1.8 }));
    const scores = arousalScores([calm, mid, aroused, ...higher], ['s1', 's1', 's1', 's2', 's2', 's2']);
    expect(scores[3]).toBeCloseTo(scores[0] as number, 6);
  });
});
