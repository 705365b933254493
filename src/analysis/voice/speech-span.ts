// The part of a recording the speech-emotion model hears: from the first sound to the last, with a margin — the
// silence before and after the speaking is left out (the acoustic features still read the whole recording).
import type { AudioInput } from '../types.ts';
import { ACTIVITY_WINDOW_SEC, detectActivity, withoutClicks } from './activity.ts';
import { frameGrid, frameMeanSquare, squarePrefix, toDb } from './frames.ts';

/** What the speech-emotion model is given (config `voice.modelSpan`). */
export type ModelSpan = 'speech' | 'whole';

/** Sound kept on each side of the first and the last sounding frame, in seconds (soft onsets and fades stay in). */
export const SPAN_MARGIN_SEC = 0.3;

/** Samples [start, end) of a clip. */
export interface SampleSpan {
  start: number;
  end: number;
}

/**
 * The span from the first to the last sounding frame of a clip (the acoustic analysis' intensity threshold, clicks
 * under 0.1 s ignored), widened by `marginSec` on each side and clipped to the clip. The whole clip when nothing in it
 * sounds (the speech gate then rejects it anyway).
 */
export function soundingSpan(audio: AudioInput, marginSec = SPAN_MARGIN_SEC): SampleSpan {
  const x = audio.samples;
  const grid = frameGrid(x.length, audio.sampleRate);
  const sounding = withoutClicks(detectActivity(toDb(frameMeanSquare(squarePrefix(x), grid, ACTIVITY_WINDOW_SEC))).active);
  const first = sounding.indexOf(1);
  if (first < 0) return { start: 0, end: x.length };
  const last = sounding.lastIndexOf(1);
  const margin = Math.round(marginSec * audio.sampleRate);
  return { start: Math.max(0, first * grid.hop - margin), end: Math.min(x.length, (last + 1) * grid.hop + margin) };
}

/**
 * The audio the speech-emotion model analyses: the sounding span (a view on the same samples, no copy) for `speech`,
 * the clip itself for `whole`.
 */
export function modelInput(audio: AudioInput, span: ModelSpan): AudioInput {
  if (span === 'whole') return audio;
  const { start, end } = soundingSpan(audio);
  if (start === 0 && end === audio.samples.length) return audio;
  return { samples: audio.samples.subarray(start, end), sampleRate: audio.sampleRate };
}
