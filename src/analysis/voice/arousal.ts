// A documented acoustic arousal score: equal-weight mean of z-scored features whose direction comes from the literature.
import type { Emotion } from '../../emotions.ts';
import type { FeatureMap } from '../types.ts';

/**
 * Components of the arousal score and their direction. All rise with arousal in the vocal-affect literature
 * (Juslin & Laukka 2003, Psychol. Bull. 129:770; Scherer 2003, Speech Commun. 40:227; the arousal features of
 * eGeMAPS, Eyben et al. 2016, IEEE Trans. Affect. Comput. 7:190). Weights are equal (a unit-weighted composite,
 * Dawes 1979) and were fixed before any clip was scored; see docs/voice.md.
 */
export const AROUSAL_COMPONENTS = [
  { feature: 'loudnessDbfs', sign: 1 },
  { feature: 'pitchLevelSemitones', sign: 1 },
  { feature: 'pitchStdSemitones', sign: 1 },
  { feature: 'spectralCentroidHz', sign: 1 },
  { feature: 'spectralFlux', sign: 1 },
  { feature: 'speechRate', sign: 1 },
] as const;

/** Canonical emotions grouped by arousal (disgust is left out: the literature does not agree on its arousal). */
export const HIGH_AROUSAL: readonly Emotion[] = ['anger', 'fear', 'joy', 'surprise'];
export const LOW_AROUSAL: readonly Emotion[] = ['neutral', 'sadness'];

/** The value of one arousal component for a clip; pitch level is mean F0 in semitones re 100 Hz. Null when absent. */
export function arousalInput(features: FeatureMap, name: (typeof AROUSAL_COMPONENTS)[number]['feature']): number | null {
  if (name === 'pitchLevelSemitones') {
    const hz = features.pitchMeanHz;
    return typeof hz === 'number' && hz > 0 ? 12 * Math.log2(hz / 100) : null;
  }
  const v = features[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Each arousal component, z-scored within its group (a speaker's own clips when `groups` is given, otherwise all clips;
 * no labels are used) and signed so that higher means more aroused. A missing value counts as the group mean (z = 0).
 * Returns one array per component, in AROUSAL_COMPONENTS order.
 */
export function arousalComponentZ(clips: readonly FeatureMap[], groups?: readonly string[]): number[][] {
  const keys = clips.map((_, i) => groups?.[i] ?? '');
  return AROUSAL_COMPONENTS.map(({ feature, sign }) => {
    const values = clips.map((f) => arousalInput(f, feature));
    const z = new Array<number>(clips.length).fill(0);
    for (const key of new Set(keys)) {
      const idx = keys.flatMap((k, i) => (k === key && values[i] !== null ? [i] : []));
      const vals = idx.map((i) => values[i] as number);
      const mean = vals.reduce((s, v) => s + v, 0) / (vals.length || 1);
      const sd = Math.sqrt(vals.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, vals.length - 1));
      for (const i of idx) z[i] = sd > 0 ? (sign * ((values[i] as number) - mean)) / sd : 0;
    }
    return z;
  });
}

/** Arousal score per clip: the equal-weight mean of the signed component z-scores (0 = the group's average). */
export function arousalScores(clips: readonly FeatureMap[], groups?: readonly string[]): number[] {
  const parts = arousalComponentZ(clips, groups);
  return clips.map((_, i) => parts.reduce((s, z) => s + (z[i] as number), 0) / parts.length);
}
