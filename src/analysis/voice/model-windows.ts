// Long recordings reach the speech-emotion model in windows of at most `voice.modelWindowSec` seconds, one after
// another, and the windows' emotions (and embeddings) are averaged by their length. A transformer's attention grows
// with the square of its input: one pass of the seed-size wav2vec2 over 118 s of voice took 24 s and 5.6 GiB of memory;
// in windows the cost grows only with the length.
import { EMOTIONS, type EmotionScores } from '../../emotions.ts';
import type { AudioInput, Engine, ModalityOk, ModalityResult } from '../types.ts';
import type { SampleSpan } from './speech-span.ts';

/** Default longest window, in seconds (config voice.modelWindowSec). */
export const DEFAULT_MODEL_WINDOW_SEC = 20;

/**
 * `length` samples cut into the fewest windows of at most `maxLength` samples, all of (nearly) the same length — no
 * short leftover window at the end. One window when the whole fits.
 */
export function windowBounds(length: number, maxLength: number): SampleSpan[] {
  const count = Math.max(1, Math.ceil(length / Math.max(1, maxLength)));
  return Array.from({ length: count }, (_, k) => ({ start: Math.round((k * length) / count), end: Math.round(((k + 1) * length) / count) }));
}

/**
 * Runs `engine` on `audio` in windows of at most `maxSec` seconds (one after another) and combines them: emotions and
 * embedding are the windows' means weighted by their length, latency their sum, notes each said once plus one saying
 * how the recording was split. A window that is not analysed makes the whole result that window's. A recording that
 * fits one window is passed straight through.
 */
export async function analyzeInWindows(engine: Engine<AudioInput>, audio: AudioInput, maxSec: number): Promise<ModalityResult> {
  const windows = windowBounds(audio.samples.length, Math.round(maxSec * audio.sampleRate));
  if (windows.length === 1) return engine.analyze(audio);
  const parts: Array<{ result: ModalityOk; weight: number }> = [];
  for (const { start, end } of windows) {
    const result = await engine.analyze({ samples: audio.samples.subarray(start, end), sampleRate: audio.sampleRate });
    if (result.status !== 'ok') return result;
    parts.push({ result, weight: (end - start) / audio.samples.length });
  }
  const first: ModalityOk = { ...parts[0]!.result };
  delete first.embedding; // the mean below, or none when a window had none
  const seconds = (audio.samples.length / audio.sampleRate).toFixed(0);
  const each = (audio.samples.length / windows.length / audio.sampleRate).toFixed(0);
  const notes = [...new Set(parts.flatMap((p) => p.result.notes ?? []))];
  notes.push(`the speech-emotion model heard the ${seconds} s recording in ${windows.length} parts of about ${each} s; its emotions are their average`);
  return {
    ...first,
    emotions: weightedEmotions(parts),
    ...(parts.every((p) => p.result.embedding) ? { embedding: weightedVector(parts.map((p) => ({ values: p.result.embedding!, weight: p.weight }))) } : {}),
    notes,
    latencyMs: parts.reduce((s, p) => s + p.result.latencyMs, 0),
  };
}

function weightedEmotions(parts: ReadonlyArray<{ result: ModalityOk; weight: number }>): EmotionScores | null {
  if (parts.some((p) => !p.result.emotions)) return null;
  const mean = weightedVector(parts.map((p) => ({ values: EMOTIONS.map((e) => p.result.emotions![e]), weight: p.weight })));
  return Object.fromEntries(EMOTIONS.map((e, i) => [e, mean[i] as number])) as EmotionScores;
}

function weightedVector(items: ReadonlyArray<{ values: readonly number[]; weight: number }>): number[] {
  const out = new Array<number>(items[0]?.values.length ?? 0).fill(0);
  for (const { values, weight } of items) values.forEach((v, i) => (out[i] = (out[i] as number) + weight * v));
  return out;
}
