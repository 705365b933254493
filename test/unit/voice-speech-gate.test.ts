// The speech gate: a tone, plucked notes, chords and clicks are refused with a reason; speech-like signals, espeak-ng
// speech and every RAVDESS development clip pass.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer } from '../../src/analysis/voice/analyzer.ts';
import { notSpeechReason } from '../../src/analysis/voice/speech-gate.ts';
import type { AudioInput } from '../../src/analysis/types.ts';
import { SHARED_DATA } from '../../src/config/paths.ts';
import { readAudioFile } from '../../src/media/audio/decode.ts';
import { readLabelledManifest } from '../../src/eval/manifest-csv.ts';
import { speechLikeVoice, syntheticVoice, tone } from '../helpers/audio-fixtures.ts';

const RATE = 16_000;
const analyzer = createVoiceAnalyzer({ maxDurationSec: 120, minSpeechSec: 1 }, null);
const analyze = (samples: Float32Array): ReturnType<typeof analyzer.analyze> => analyzer.analyze({ samples, sampleRate: RATE } satisfies AudioInput);

/** Plucked notes (a decaying harmonic tone per note), like a melody on a guitar. */
function melody(notesHz: readonly number[], noteSec: number): Float32Array {
  const n = Math.round(noteSec * RATE);
  const out = new Float32Array(n * notesHz.length);
  notesHz.forEach((hz, k) => {
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let h = 1; h <= 5; h++) v += Math.sin((2 * Math.PI * hz * h * i) / RATE) / h;
      out[k * n + i] = 0.3 * v * Math.exp(-3 * (i / RATE));
    }
  });
  return out;
}

function clicks(seconds: number): Float32Array {
  const out = new Float32Array(seconds * RATE);
  for (let k = 0; k < out.length; k += RATE / 4) for (let j = 0; j < 20; j++) out[k + j] = j % 2 ? 0.6 : -0.6;
  return out;
}

describe('speech gate', () => {
  it('refuses a 440 Hz sine tone of 5 s (it used to be accepted as speech)', async () => {
    const r = await analyze(tone(440, 5));
    expect(r.status).toBe('rejected');
    expect((r as { reason: string }).reason).toMatch(/does not sound like speech/);
  });

  it('refuses plucked-note music, a held synthetic vowel and clicks in silence', async () => {
    const music = await analyze(melody([262, 330, 392, 523, 440, 349, 294, 392, 262, 330], 0.5));
    expect(music.status).toBe('rejected');
    const held = await analyze(syntheticVoice({ f0: 150, seconds: 4, syllableRate: 4 }));
    expect(held).toMatchObject({ status: 'rejected' });
    expect((held as { reason: string }).reason).toMatch(/pitch holds steady/);
    expect((await analyze(clicks(4))).status).toBe('rejected');
  });

  it('passes speech-like signals whose pitch moves', async () => {
    expect((await analyze(speechLikeVoice(RATE, 5))).status).toBe('ok');
    expect((await analyze(syntheticVoice({ f0: 150, seconds: 4, syllableRate: 4, intonation: 2 }))).status).toBe('ok');
  });

  it('gives one reason per failed check and none for unmeasured features', () => {
    expect(notSpeechReason({ pitchSteadyRatio: 0.95 })).toMatch(/steady/);
    expect(notSpeechReason({ pitchSteadyRatio: 0.5, hnrDb: 50 })).toMatch(/pure tone/);
    expect(notSpeechReason({ pitchSteadyRatio: 0.5, hnrDb: 12, speechRate: 0.2 })).toMatch(/no syllables/);
    expect(notSpeechReason({ pitchSteadyRatio: 0.5, hnrDb: 12, speechRate: 4, voicedRatio: 0.1 })).toMatch(/noise or chords/);
    expect(notSpeechReason({ pitchSteadyRatio: null, hnrDb: null, speechRate: null, voicedRatio: null })).toBeNull();
  });

  const espeak = spawnSync('sh', ['-c', 'command -v espeak-ng']).status === 0;
  it.skipIf(!espeak)('passes espeak-ng speech', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'burnout-gate-'));
    try {
      const path = join(dir, 'speech.wav');
      execFileSync('espeak-ng', ['-w', path, 'I have been so tired this week, work never stops and I cannot sleep properly.']);
      expect((await analyzer.analyze(await readAudioFile(path))).status).toBe('ok');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const voiceDir = join(SHARED_DATA, 'voice');
  const hasRavdess = existsSync(join(voiceDir, 'manifest.csv'));
  if (!hasRavdess) console.warn(`voice-speech-gate: ${voiceDir} is absent, skipping the RAVDESS check`);
  it.skipIf(!hasRavdess)('passes every RAVDESS development clip', async () => {
    const rows = await readLabelledManifest(voiceDir);
    expect(rows.length).toBe(readFileSync(join(voiceDir, 'manifest.csv'), 'utf8').trim().split(/\r?\n/).length - 1);
    for (const row of rows) {
      const r = await analyzer.analyze(await readAudioFile(join(voiceDir, row.file)));
      expect(r.status, `${row.file}: ${r.status !== 'ok' ? r.reason : ''}`).toBe('ok');
    }
  });
});
