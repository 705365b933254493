// The features a personal baseline follows, per modality: how each is read from an analysed input, the smallest spread
// its robust z divides by (so that a feature that rarely varies cannot make a tiny difference look large), and the words
// for "less" and "more" than usual. Voice: loudness, pitch level and variability, speech rate, pauses, brightness and
// spectral change (the last two only for the arousal score, not put into words); text: length and word rates, stress
// language; emotion shares of every modality that gives emotions (docs/baseline.md).
import type { Modality, ModalityOk } from '../analysis/types.ts';
import { negativeShare } from '../emotions.ts';

/** How a difference is said: as an adjective ("quieter … than your usual") or with "with" ("with more pauses"). */
export interface DifferenceWords {
  kind: 'adjective' | 'with';
  /** [below the usual, above the usual]. */
  words: readonly [string, string];
}

/** One followed feature. */
export interface BaselineFeature {
  name: string;
  /** The value of an analysed input (null when it could not be measured). */
  read(ok: ModalityOk): number | null;
  /** Least spread (in the feature's unit) a robust z divides by. */
  minScale: number;
  /** Words for a difference, or null when it is not put into words. */
  say: DifferenceWords | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const feature = (key: string) => (ok: ModalityOk) => num(ok.features[key]);
const adjective = (below: string, above: string): DifferenceWords => ({ kind: 'adjective', words: [below, above] });
const withWords = (below: string, above: string): DifferenceWords => ({ kind: 'with', words: [below, above] });

/** Negative affect (anger + disgust + fear + sadness) of a result's emotions, or null without emotions. */
const negativeOf = (ok: ModalityOk): number | null => (ok.emotions ? negativeShare(ok.emotions) : null);

const emotionShares: BaselineFeature[] = [
  { name: 'negativeAffect', read: negativeOf, minScale: 0.05, say: withWords('less negative emotion', 'more negative emotion') },
  { name: 'joy', read: (ok) => ok.emotions?.joy ?? null, minScale: 0.05, say: withWords('less joy', 'more joy') },
];

/** Followed features per modality (names are those of the analyzers' features where one exists). */
export const BASELINE_FEATURES: Readonly<Record<Modality, readonly BaselineFeature[]>> = {
  voice: [
    { name: 'loudnessDbfs', read: feature('loudnessDbfs'), minScale: 1.5, say: adjective('quieter', 'louder') },
    {
      name: 'pitchLevelSemitones',
      read: (ok) => { const hz = num(ok.features.pitchMeanHz); return hz !== null && hz > 0 ? 12 * Math.log2(hz / 100) : null; },
      minScale: 0.5,
      say: adjective('lower-pitched', 'higher-pitched'),
    },
    { name: 'pitchStdSemitones', read: feature('pitchStdSemitones'), minScale: 0.3, say: adjective('flatter in pitch', 'livelier in pitch') },
    { name: 'speechRate', read: feature('speechRate'), minScale: 0.3, say: adjective('slower', 'faster') },
    { name: 'pauseRatio', read: feature('pauseRatio'), minScale: 0.03, say: withWords('fewer pauses', 'more pauses') },
    { name: 'spectralCentroidHz', read: feature('spectralCentroidHz'), minScale: 50, say: null },
    { name: 'spectralFlux', read: feature('spectralFlux'), minScale: 0.01, say: null },
    ...emotionShares,
  ],
  text: [
    { name: 'logTokenCount', read: (ok) => { const n = num(ok.features.tokenCount); return n === null ? null : Math.log1p(Math.max(0, n)); }, minScale: 0.2, say: adjective('shorter', 'longer') },
    { name: 'stressProbability', read: feature('stressProbability'), minScale: 0.05, say: withWords('less stress language', 'more stress language') },
    { name: 'firstPersonRate', read: feature('firstPersonRate'), minScale: 0.01, say: withWords('fewer words about yourself (I, me, my)', 'more words about yourself (I, me, my)') },
    { name: 'absolutistRate', read: feature('absolutistRate'), minScale: 0.005, say: withWords('fewer absolute words (always, never)', 'more absolute words (always, never)') },
    { name: 'negationRate', read: feature('negationRate'), minScale: 0.005, say: withWords('fewer negations', 'more negations') },
    ...emotionShares,
  ],
  face: [
    { name: 'negativeAffect', read: negativeOf, minScale: 0.05, say: withWords('a less negative expression', 'a more negative expression') },
    { name: 'joy', read: (ok) => ok.emotions?.joy ?? null, minScale: 0.05, say: withWords('less of a smile', 'more of a smile') },
  ],
};

/** The voice features the fusion reads against a baseline (docs/fusion-priors.md says why these). */
export const RELATIVE_VOICE_FEATURES = ['pitchStdSemitones', 'speechRate', 'pauseRatio'] as const;
