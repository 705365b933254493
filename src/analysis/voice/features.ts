// The acoustic analysis pipeline: one pass over a 16 kHz clip → the interpretable voice features (names fixed by contract).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AudioInput, FeatureMap } from '../types.ts';
import { ACTIVITY_WINDOW_SEC, detectActivity, estimateSnrDb, speechTiming } from './activity.ts';
import { frameGrid, frameMeanSquare, squarePrefix, toDb } from './frames.ts';
import { meanHnrDb } from './hnr.ts';
import { clippingRatio, integratedLoudness, rmsDbfs } from './loudness.ts';
import { MFCC_COUNT } from './mel.ts';
import { findPulses, jitterLocal, shimmerLocal } from './perturbation.ts';
import { pitchStats, trackPitch } from './pitch.ts';
import { spectralFeatures } from './spectral.ts';
import { syllableNuclei } from './syllables.ts';

/** Window for the smoother syllable-peak contour, in seconds. */
const SYLLABLE_WINDOW_SEC = 0.05;

/** The feature names every voice result carries, in a fixed order (see docs/voice.md for each definition). */
export const VOICE_FEATURE_NAMES = [
  'durationSec', 'speechSec', 'rmsDbfs', 'loudnessDbfs', 'pitchMeanHz', 'pitchStdSemitones', 'pitchRangeSemitones',
  'voicedRatio', 'speechRate', 'pauseRatio', 'meanPauseSec', 'jitterLocal', 'shimmerLocal', 'hnrDb',
  'spectralCentroidHz', 'spectralFlux', 'zcr', ...Array.from({ length: MFCC_COUNT }, (_, k) => `mfcc${k + 1}`),
  'snrDb', 'clippingRatio', 'pitchSteadyRatio',
] as const;

/** The full acoustic description of a clip. */
export interface AcousticAnalysis {
  features: FeatureMap;
  durationSec: number;
  speechSec: number;
  /** Syllable nuclei found (for explanations and tests). */
  syllables: number;
}

/**
 * Computes every acoustic feature of a mono clip. Pure and deterministic; no weights. Features that cannot be
 * measured (no voicing, too few glottal cycles, silence) are null rather than guessed.
 */
export function analyzeAcoustics(audio: AudioInput): AcousticAnalysis {
  const steps = acousticSteps(audio);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * analyzeAcoustics with a turn of the event loop between its four parts (~2–3 ms each for 5 s of speech; the same
 * values), so that what other modalities wait for on this thread meanwhile — a decoded photo to send to the face
 * detector, a detection to crop — is not held back for the whole computation (~10 ms, 25–35 ms beside the models).
 */
export async function analyzeAcousticsYielding(audio: AudioInput): Promise<AcousticAnalysis> {
  const steps = acousticSteps(audio);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** The computation, yielding between its parts: activity and pitch | timing and glottal pulses | spectrum | levels and voice quality. */
function* acousticSteps(audio: AudioInput): Generator<void, AcousticAnalysis> {
  const x = audio.samples;
  const fs = audio.sampleRate;
  const grid = frameGrid(x.length, fs);
  const prefix = squarePrefix(x);
  const ms = frameMeanSquare(prefix, grid, ACTIVITY_WINDOW_SEC);
  const { thresholdDb, active } = detectActivity(toDb(ms));
  const rawF0 = trackPitch(x, grid, active);
  yield;
  const timing = speechTiming(active, rawF0);
  const f0 = rawF0.map((v, i) => (timing.speechMask[i] ? v : 0));
  const pitch = pitchStats(f0);
  const nuclei = syllableNuclei(toDb(frameMeanSquare(prefix, grid, SYLLABLE_WINDOW_SEC)), thresholdDb, f0, timing.speechMask);
  const x64 = Float64Array.from(x); // the waveform measures below read it many times over
  const pulses = findPulses(x64, grid, f0);
  yield;
  const spectral = spectralFeatures(x, grid, timing.speechMask);
  yield;
  const speechFrames = timing.speechMask.reduce((s, v) => s + v, 0);
  const pauseTotal = timing.pausesSec.reduce((s, v) => s + v, 0);
  const speechSec = timing.speechSec;
  const durationSec = x.length / fs;
  const values: Record<string, number | null> = {
    durationSec,
    speechSec,
    rmsDbfs: rmsDbfs(prefix),
    loudnessDbfs: integratedLoudness(x, fs),
    pitchMeanHz: pitch.meanHz,
    pitchStdSemitones: pitch.sdSemitones,
    pitchRangeSemitones: pitch.rangeSemitones,
    voicedRatio: speechFrames > 0 ? pitch.voicedFrames / speechFrames : null,
    speechRate: speechSec > 0 ? nuclei.length / speechSec : null,
    pauseRatio: speechSec > 0 ? pauseTotal / (pauseTotal + speechSec) : null,
    meanPauseSec: speechSec > 0 ? (timing.pausesSec.length ? pauseTotal / timing.pausesSec.length : 0) : null,
    jitterLocal: jitterLocal(pulses, fs),
    shimmerLocal: shimmerLocal(x64, pulses, fs),
    hnrDb: meanHnrDb(x64, grid, f0, prefix),
    spectralCentroidHz: spectral.centroidHz,
    spectralFlux: spectral.flux,
    zcr: spectral.zcr,
    snrDb: estimateSnrDb(ms, timing.speechMask),
    clippingRatio: clippingRatio(x),
    pitchSteadyRatio: pitch.steadyRatio,
  };
  for (let k = 0; k < MFCC_COUNT; k++) values[`mfcc${k + 1}`] = spectral.mfcc ? (spectral.mfcc[k] as number) : null;
  const features: FeatureMap = {};
  for (const name of VOICE_FEATURE_NAMES) features[name] = round(values[name] ?? null);
  return { features, durationSec, speechSec, syllables: nuclei.length };
}

/** Six significant digits: enough for every feature (jitter is ~0.005), short in JSON. */
function round(v: number | null): number | null {
  return v === null || !Number.isFinite(v) ? null : Number(v.toPrecision(6));
}
