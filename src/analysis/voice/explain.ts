// Turns voice features into two or three plain sentences and reliability notes, against the ranges in reference.ts.
import type { FeatureMap } from '../types.ts';
import { MAX_RELIABLE_CLIPPING, MIN_RELIABLE_SNR_DB, REFERENCE, SHORT_SPEECH_SEC } from './reference.ts';

function num(features: FeatureMap, name: string): number | null {
  const v = features[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

const fmt = (v: number, digits = 1): string => v.toFixed(digits);
const pct = (v: number): string => `${(v * 100).toFixed(v < 0.01 ? 2 : 0)} %`;

/** Caveats about the recording: low SNR, clipping, little speech. Empty when none apply. */
export function voiceNotes(features: FeatureMap): string[] {
  const notes: string[] = [];
  const snr = num(features, 'snrDb');
  const clipping = num(features, 'clippingRatio');
  const speech = num(features, 'speechSec');
  if (snr !== null && snr < MIN_RELIABLE_SNR_DB) {
    notes.push(`the recording is noisy (signal-to-noise ratio about ${fmt(snr, 0)} dB): the voice estimates are less reliable`);
  }
  if (clipping !== null && clipping > MAX_RELIABLE_CLIPPING) {
    notes.push(`the recording is clipped (${pct(clipping)} of samples at full scale): loudness and voice-quality estimates are less reliable`);
  }
  if (speech !== null && speech < SHORT_SPEECH_SEC) {
    notes.push(`only ${fmt(speech)} s of speech was found: estimates from 10 s or more of speech are steadier`);
  }
  return notes;
}

/**
 * Two or three sentences: loudness and pitch variation against typical speech, then tempo and pauses, then (only when
 * it applies) that the recording makes the estimate less reliable. Every number shown is a measured feature.
 */
export function explainVoice(features: FeatureMap): string[] {
  const sentences: string[] = [];
  const loud = num(features, 'loudnessDbfs');
  const sd = num(features, 'pitchStdSemitones');
  const meanHz = num(features, 'pitchMeanHz');
  const words: string[] = [];
  if (loud !== null && loud < REFERENCE.loudnessDbfs.low) words.push('quieter');
  if (loud !== null && loud > REFERENCE.loudnessDbfs.high) words.push('louder');
  if (sd !== null && sd < REFERENCE.pitchStdSemitones.low) words.push('flatter');
  if (sd !== null && sd > REFERENCE.pitchStdSemitones.high) words.push('more animated in pitch');
  const facts: string[] = [];
  if (sd !== null) facts.push(`pitch varied by ${fmt(sd)} semitones (typical ${REFERENCE.pitchStdSemitones.low}–${REFERENCE.pitchStdSemitones.high}) around ${fmt(meanHz ?? 0, 0)} Hz`);
  if (loud !== null) facts.push(`loudness was ${fmt(loud, 0)} LUFS (typical recordings ${REFERENCE.loudnessDbfs.low} to ${REFERENCE.loudnessDbfs.high}; it also depends on the microphone)`);
  const detail = facts.length ? `: ${facts.join(' and ')}.` : '.';
  if (words.length) sentences.push(`Your voice was ${joinWords(words)} than typical speech${detail}`);
  else sentences.push(`Your loudness and pitch variation were within typical ranges${detail}`);

  const rate = num(features, 'speechRate');
  const pauseRatio = num(features, 'pauseRatio');
  const meanPause = num(features, 'meanPauseSec');
  if (rate !== null) {
    const pace = rate < REFERENCE.speechRate.low ? 'slower than typical' : rate > REFERENCE.speechRate.high ? 'faster than typical' : 'at a typical pace';
    const pauses = pauseRatio && meanPause
      ? `, with pauses taking ${pct(pauseRatio)} of the time (${fmt(meanPause)} s on average)`
      : ', without pauses longer than 0.3 s';
    sentences.push(`You spoke ${pace}, about ${fmt(rate)} syllables per second of speech (typical ${REFERENCE.speechRate.low}–${REFERENCE.speechRate.high})${pauses}.`);
  }
  const unreliable = voiceNotes(features).filter((n) => !n.startsWith('only '));
  if (unreliable.length) sentences.push(`Note: ${unreliable.join('; ')}.`);
  return sentences;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
