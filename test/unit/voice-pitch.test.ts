// F0, jitter, shimmer and HNR on signals with known values: tones, a synthetic glottal pulse train, and espeak-ng speech.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAcoustics } from '../../src/analysis/voice/features.ts';
import { readAudioFile } from '../../src/media/audio/decode.ts';
import { syntheticVoice, tone } from '../helpers/audio-fixtures.ts';

const RATE = 16_000;
const features = (samples: Float32Array) => analyzeAcoustics({ samples, sampleRate: RATE }).features;

describe('pitch (YIN)', () => {
  it('finds the F0 of pure tones from 100 to 300 Hz within 2 %', () => {
    for (let hz = 100; hz <= 300; hz += 25) {
      const f = features(tone(hz, 2));
      expect(Math.abs((f.pitchMeanHz as number) / hz - 1), `${hz} Hz`).toBeLessThan(0.02);
      expect(f.pitchStdSemitones as number).toBeLessThan(0.1);
    }
  });

  it('finds the F0 of a harmonic-rich voice-like signal from 100 to 300 Hz within 2 %', () => {
    for (const hz of [100, 137, 180, 230, 300]) {
      const f = features(syntheticVoice({ f0: hz, seconds: 2 }));
      expect(Math.abs((f.pitchMeanHz as number) / hz - 1), `${hz} Hz`).toBeLessThan(0.02);
      expect(f.voicedRatio as number).toBeGreaterThan(0.9);
    }
  });

  it('measures pitch variation in semitones', () => {
    // Half the clip at 150 Hz and half at 300 Hz: one octave apart → SD ≈ 6 semitones, 5–95 % range ≈ 12.
    const a = syntheticVoice({ f0: 150, seconds: 1.5, padSeconds: 0.5 });
    const b = syntheticVoice({ f0: 300, seconds: 1.5, padSeconds: 0.5 });
    const both = new Float32Array(a.length + b.length);
    both.set(a);
    both.set(b, a.length);
    const f = features(both);
    expect(f.pitchStdSemitones as number).toBeGreaterThan(5.5);
    expect(f.pitchStdSemitones as number).toBeLessThan(6.5);
    expect(f.pitchRangeSemitones as number).toBeCloseTo(12, 0);
  });
});

describe('voice quality (Praat definitions)', () => {
  it('gives near-zero jitter and shimmer and a high HNR for a perfectly periodic voice', () => {
    for (const hz of [110, 220]) {
      const f = features(syntheticVoice({ f0: hz, seconds: 2 }));
      expect(f.jitterLocal as number, `${hz} Hz`).toBeLessThan(0.002);
      expect(f.shimmerLocal as number, `${hz} Hz`).toBeLessThan(0.005);
      expect(f.hnrDb as number, `${hz} Hz`).toBeGreaterThan(35);
    }
  });

  it('recovers injected period jitter and amplitude shimmer', () => {
    // Gaussian period noise of SD 1 %: the mean absolute difference of consecutive periods is 1.13 %.
    const jittery = features(syntheticVoice({ f0: 150, seconds: 3, jitter: 0.01 }));
    expect(jittery.jitterLocal as number).toBeGreaterThan(0.008);
    expect(jittery.jitterLocal as number).toBeLessThan(0.014);
    const shimmery = features(syntheticVoice({ f0: 150, seconds: 3, shimmer: 0.05 }));
    expect(shimmery.shimmerLocal as number).toBeGreaterThan(0.045);
    expect(shimmery.shimmerLocal as number).toBeLessThan(0.07);
    expect(shimmery.jitterLocal as number).toBeLessThan(0.003);
  });

  it('lowers HNR and SNR as noise is added', () => {
    const clean = features(syntheticVoice({ f0: 150, seconds: 2 }));
    const some = features(syntheticVoice({ f0: 150, seconds: 2, noise: 0.01 }));
    const more = features(syntheticVoice({ f0: 150, seconds: 2, noise: 0.03 }));
    expect(clean.hnrDb as number).toBeGreaterThan(some.hnrDb as number);
    expect(some.hnrDb as number).toBeGreaterThan(more.hnrDb as number);
    expect(some.snrDb as number).toBeGreaterThan(more.snrDb as number);
    expect(more.snrDb as number).toBeLessThan(15);
  });
});

const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
if (!hasEspeak) console.warn('voice-pitch: espeak-ng is not installed, skipping the synthetic-speech test (apt-get install espeak-ng)');

describe.skipIf(!hasEspeak)('espeak-ng speech', () => {
  let dir = '';
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'burnout-espeak-')); });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function speak(pitch: number): Promise<Record<string, number | null>> {
    const file = join(dir, `p${pitch}.wav`);
    const text = 'The quick brown fox jumps over the lazy dog while we talk about the weather today.';
    const r = spawnSync('espeak-ng', ['-v', 'en', '-p', String(pitch), '-s', '150', '-w', file, text]);
    expect(r.status).toBe(0);
    return analyzeAcoustics(await readAudioFile(file)).features;
  }

  it('tracks the pitch set with -p: about 80, 100 and 140 Hz for -p 20, 50 and 80', async () => {
    // espeak-ng's default English voice sits near 100 Hz at -p 50; -p scales the base pitch.
    const low = await speak(20);
    const mid = await speak(50);
    const high = await speak(80);
    expect(low.pitchMeanHz as number).toBeGreaterThan(65);
    expect(low.pitchMeanHz as number).toBeLessThan(95);
    expect(mid.pitchMeanHz as number).toBeGreaterThan(85);
    expect(mid.pitchMeanHz as number).toBeLessThan(120);
    expect(high.pitchMeanHz as number).toBeGreaterThan(120);
    expect(high.pitchMeanHz as number).toBeLessThan(160);
    expect(mid.speechSec as number).toBeGreaterThan(3);
    expect(mid.speechRate as number).toBeGreaterThan(3);
    expect(mid.speechRate as number).toBeLessThan(7);
  });
});
