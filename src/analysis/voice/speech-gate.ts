// Is it speech? Refuses recordings that hold sound but not a voice — a steady tone, music, a synthetic beep — before any
// voice feature reaches the fusion. Thresholds come from docs/voice.md ("Speech gate"): speech F0 moves all the time,
// speech has syllables, and connected speech is never as harmonic as a pure tone.
import type { FeatureMap } from '../types.ts';

/** The gate's limits (documented in docs/voice.md). */
export const SPEECH_GATE = {
  /** More than this share of steady F0 frame pairs: a held note or tone (speech 0.25–0.7, tones and plucked notes 1.0). */
  maxPitchSteadyRatio: 0.85,
  /** Fewer syllable nuclei per second of sound than this: no syllables (speech 2–7 per second). */
  minSpeechRate: 1,
  /** A harmonics-to-noise ratio above this (dB) is a pure or synthetic tone (connected speech about 5–25 dB). */
  maxHnrDb: 35,
  /** Less than this share of voiced frames in the sounding parts: noise or chords, not a voice. */
  minVoicedRatio: 0.2,
} as const;

/**
 * Returns why the recording is not speech, in plain words, or null when it sounds like speech. Features that could not
 * be measured (null) do not refuse a clip on their own.
 */
export function notSpeechReason(f: FeatureMap): string | null {
  const g = SPEECH_GATE;
  const steady = f.pitchSteadyRatio;
  if (steady !== null && steady !== undefined && steady > g.maxPitchSteadyRatio) {
    return 'the recording does not sound like speech: its pitch holds steady like a tone or an instrument (no voice found)';
  }
  const hnr = f.hnrDb;
  if (hnr !== null && hnr !== undefined && hnr > g.maxHnrDb) {
    return 'the recording does not sound like speech: it is a pure tone or a synthetic sound (no voice found)';
  }
  const rate = f.speechRate;
  if (rate !== null && rate !== undefined && rate < g.minSpeechRate) {
    return 'the recording does not sound like speech: no syllables were found in it';
  }
  const voiced = f.voicedRatio;
  if (voiced !== null && voiced !== undefined && voiced < g.minVoicedRatio) {
    return 'the recording does not sound like speech: it is mostly noise or chords without a voice';
  }
  return null;
}
