// Speech activity: an intensity threshold after de Jong & Wempe (2009), sounding/silent intervals, pauses and an SNR estimate.
import { percentile } from '../../eval/metrics.ts';
import { HOP_SEC, powerDb, runs } from './frames.ts';

/** Window of the intensity contour that activity, the SNR and the speech span are read from, in seconds. */
export const ACTIVITY_WINDOW_SEC = 0.025;
/** Silence threshold below the 99th-percentile frame intensity (de Jong & Wempe 2009 use −25 dB). */
export const SILENCE_BELOW_PEAK_DB = 25;
/** The threshold also stays this far above the noise floor (10th-percentile frame intensity)… */
const ABOVE_FLOOR_DB = 6;
/** …but never closer than this to the peak, so that a clip without any silence still has sound in it. */
const FLOOR_RULE_MAX_DB = 10;
/** Nothing quieter than this (dBFS) counts as sound, however quiet the whole clip is. */
const ABSOLUTE_FLOOR_DB = -70;
/** Silent intervals shorter than this are part of speech; longer ones are pauses (de Jong & Wempe: 0.3 s). */
export const MIN_PAUSE_SEC = 0.3;
/** Sounding intervals shorter than this are clicks, not speech (de Jong & Wempe: 0.1 s). */
const MIN_SOUNDING_SEC = 0.1;
/** A sounding interval counts as speech only with at least this much voicing in it. */
const MIN_VOICED_SEC = 0.05;

/** Frames above the silence threshold, before pause merging (used to gate pitch tracking). */
export interface RawActivity {
  thresholdDb: number;
  /** 1 where the frame intensity is above the threshold. */
  active: Uint8Array;
}

/**
 * Marks frames louder than max(p99 − 25 dB, min(p10 + 6 dB, p99 − 10 dB), −70 dBFS), where p99 and p10 are percentiles
 * of the frame intensity `db` (dBFS): de Jong & Wempe's rule, kept above the noise floor in noisy recordings.
 */
export function detectActivity(db: Float64Array): RawActivity {
  const values = Array.from(db);
  const peak = percentile(values, 99);
  const floorRule = Math.min(percentile(values, 10) + ABOVE_FLOOR_DB, peak - FLOOR_RULE_MAX_DB);
  const thresholdDb = Math.max(peak - SILENCE_BELOW_PEAK_DB, floorRule, ABSOLUTE_FLOOR_DB);
  return { thresholdDb, active: Uint8Array.from(db, (v) => (v > thresholdDb ? 1 : 0)) };
}

/** Speech intervals and the pauses between them. */
export interface SpeechTiming {
  /** Speech intervals as [start, end) frame indexes. */
  segments: Array<[number, number]>;
  /** 1 for frames inside a speech interval. */
  speechMask: Uint8Array;
  speechSec: number;
  /** Pauses between speech intervals, in seconds (each ≥ MIN_PAUSE_SEC). */
  pausesSec: number[];
}

/**
 * Turns the raw activity mask into speech intervals: drops sounding bursts under 0.1 s, bridges silences under 0.3 s,
 * then keeps intervals that contain at least 50 ms of voicing (noise bursts without voicing are not speech).
 */
export function speechTiming(active: Uint8Array, f0: Float32Array): SpeechTiming {
  const n = active.length;
  const minPause = Math.round(MIN_PAUSE_SEC / HOP_SEC);
  const mask = withoutClicks(active);
  const sounding = runs(mask);
  for (let k = 1; k < sounding.length; k++) {
    const gapStart = (sounding[k - 1] as [number, number])[1];
    const gapEnd = (sounding[k] as [number, number])[0];
    if (gapEnd - gapStart < minPause) mask.fill(1, gapStart, gapEnd);
  }
  const minVoiced = Math.round(MIN_VOICED_SEC / HOP_SEC);
  const segments = runs(mask).filter(([a, b]) => {
    let voiced = 0;
    for (let i = a; i < b; i++) if ((f0[i] as number) > 0) voiced += 1;
    return voiced >= minVoiced;
  });
  const speechMask = new Uint8Array(n);
  for (const [a, b] of segments) speechMask.fill(1, a, b);
  const pausesSec: number[] = [];
  for (let k = 1; k < segments.length; k++) {
    pausesSec.push(((segments[k] as [number, number])[0] - (segments[k - 1] as [number, number])[1]) * HOP_SEC);
  }
  const speechFrames = segments.reduce((s, [a, b]) => s + (b - a), 0);
  return { segments, speechMask, speechSec: speechFrames * HOP_SEC, pausesSec };
}

/** A copy of an activity mask without its sounding runs shorter than 0.1 s (clicks, not speech). */
export function withoutClicks(active: Uint8Array): Uint8Array {
  const minSounding = Math.round(MIN_SOUNDING_SEC / HOP_SEC);
  const mask = Uint8Array.from(active);
  for (const [a, b] of runs(mask)) if (b - a < minSounding) mask.fill(0, a, b);
  return mask;
}

/**
 * SNR estimate in dB: mean power of speech frames over the mean power of the quietest 10 % of frames (the noise
 * floor, itself floored at −90 dBFS so that digital silence gives a finite value). Null without speech frames.
 */
export function estimateSnrDb(ms: Float64Array, speechMask: Uint8Array): number | null {
  let speech = 0;
  let count = 0;
  for (let i = 0; i < ms.length; i++) {
    if (speechMask[i]) {
      speech += ms[i] as number;
      count += 1;
    }
  }
  if (count === 0) return null;
  const sorted = Array.from(ms).sort((a, b) => a - b);
  const k = Math.max(1, Math.floor(sorted.length * 0.1));
  const noise = Math.max(sorted.slice(0, k).reduce((s, v) => s + v, 0) / k, 1e-9);
  return powerDb(speech / count) - powerDb(noise);
}
