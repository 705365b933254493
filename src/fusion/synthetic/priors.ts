// Parameters of the synthetic check-in generator (docs/fusion-priors.md gives the source of each): how often each
// level and each input occurs, what a face or a voice shows at each level, what engines return for an expression,
// and what people report about their energy, stress and working hours.
import type { Emotion } from '../../emotions.ts';

/** Probability of an expression class in one photo or clip, per level (low, moderate, high). */
type ExpressionTable = Record<Emotion, readonly [number, number, number]>;

/** Share of all negative expressions taken by each one (the same at every level). */
const NEGATIVE_SPLIT = { anger: 0.28, disgust: 0.12, fear: 0.2, sadness: 0.4 } as const;
/** Probability of a negative expression (anger, disgust, fear or sadness) per level. */
const NEGATIVE = [0.12, 0.3, 0.5] as const;
const JOY = [0.3, 0.2, 0.1] as const;
const SURPRISE = [0.08, 0.05, 0.04] as const;
const per = (f: (l: 0 | 1 | 2) => number): readonly [number, number, number] => [f(0), f(1), f(2)];

/**
 * Expressions shown per level: fewer smiles and more negative expressions with higher risk (Girard et al. 2014), every
 * negative expression by the same ratio (burnout goes with negative affect in general, not with one expression), and
 * neutral the most common expression at every level (one photo shows a moment).
 */
const EXPRESSIONS: ExpressionTable = {
  anger: per((l) => NEGATIVE[l] * NEGATIVE_SPLIT.anger),
  disgust: per((l) => NEGATIVE[l] * NEGATIVE_SPLIT.disgust),
  fear: per((l) => NEGATIVE[l] * NEGATIVE_SPLIT.fear),
  joy: JOY,
  neutral: per((l) => 1 - NEGATIVE[l] - JOY[l] - SURPRISE[l]),
  sadness: per((l) => NEGATIVE[l] * NEGATIVE_SPLIT.sadness),
  surprise: SURPRISE,
};

/**
 * The offline face engine's mean output (anger, disgust, fear, joy, neutral, sadness, surprise) when its arg-max is
 * each class: measured on its unlabelled outputs over the FER-2013 development crops (docs/fusion-priors.md). Real
 * engines confuse in patterns (a neutral face carries some sadness, a surprised one some fear); isotropic noise does not.
 */
export const FACE_OUTPUT_TEMPLATES: Record<Emotion, readonly number[]> = {
  anger: [0.715, 0.021, 0.063, 0.023, 0.076, 0.085, 0.018],
  disgust: [0.043, 0.908, 0.016, 0.002, 0.009, 0.02, 0.002],
  fear: [0.085, 0.02, 0.665, 0.021, 0.042, 0.091, 0.077],
  joy: [0.015, 0.001, 0.021, 0.876, 0.042, 0.018, 0.026],
  neutral: [0.054, 0.001, 0.046, 0.043, 0.696, 0.135, 0.025],
  sadness: [0.094, 0.004, 0.107, 0.036, 0.123, 0.628, 0.009],
  surprise: [0.017, 0.001, 0.078, 0.034, 0.022, 0.009, 0.838],
};

export const GENERATOR_PARAMS = {
  version: 3,
  /** Level prior (low, moderate, high): half of the check-ins elevated, as in Dreaddit (52 % stressed). */
  levelPrior: [0.5, 0.3, 0.2] as const,
  /** Share of check-ins with exactly one modality (text, voice or photo, equally often), with or without a self-report. */
  singleModalityProb: 0.45,
  /** Otherwise, probability that each input is present (a draw without text, voice and photo is redrawn). */
  presentProb: { text: 0.6, voice: 0.4, face: 0.5, selfReport: 0.5 },
  /** Probability that a present modality says nothing about this check-in (off-topic text, posed photo, read-aloud voice). */
  uninformativeProb: 0.1,
  /** Journal texts: real Dreaddit posts and excerpts; shares of the whole post and of shorter excerpts. */
  textVariants: { full: 0.45, two: 0.25, one: 0.2, fragment: 0.1 },
  /** High draws the more intense of this many stressed posts (intensity = LIWC negative emotion of the post). */
  highIntensityDraws: 2,
  /** Share of journal texts drawn from everyday comments (GoEmotions) instead of Dreaddit posts, when the pool has them. */
  everydayShare: 0.3,
  /**
   * Emotion of an everyday comment per level (low, moderate, high): fewer positive and more negative emotion words
   * with depression and distress (Rude et al. 2004; Tackman et al. 2019).
   */
  everyday: { joy: [0.4, 0.22, 0.12], neutral: [0.4, 0.4, 0.36], surprise: [0.08, 0.06, 0.04], negative: [0.12, 0.32, 0.48] },
  expressions: EXPRESSIONS,
  /**
   * The face engine reads the shown expression right with probability `accuracy` (the human level on FER-2013, about
   * 65 %, Goodfellow et al. 2013), else a similar one; sometimes it is torn between two reads; its output is
   * softmax(sharpness · log(template mix) + noise), which reproduces the spread of its largest probability.
   */
  faceEngine: { accuracy: 0.65, tornProb: 0.6, sharpness: [0.9, 2.4], noise: 0.5, templates: FACE_OUTPUT_TEMPLATES },
  /** A speech-emotion engine (no real outputs to match offline): softmax(sharpness · (gain · onehot + noise)). */
  voiceEngine: { gain: 2.0, noise: 1.2, sharpness: [0.8, 1.8] },
  /** Probability that the voice engine gives emotions (a speech-emotion model is installed); else acoustic only. */
  voiceEmotionsProb: 0.4,
  /** Among voice engines with emotions, the share with the 4 IEMOCAP classes (neutral, joy, anger, sadness). */
  voiceFourClassProb: 0.3,
  /**
   * Self-report means per level (low, moderate, high) and person-to-person SD, on the 0–10 and hours scales; stress and
   * energy share a person-and-day factor (`stressEnergyCorrelation`, opposite signs) so that two answers are not counted
   * as two independent pieces of evidence.
   */
  selfReport: {
    itemProb: 0.85,
    stress: { mean: [4.0, 5.5, 7.0], sd: 2.0 },
    energy: { mean: [6.2, 5.0, 3.8], sd: 2.0 },
    work: { mean: [8.2, 8.9, 9.6], sd: 2.0 },
    stressEnergyCorrelation: -0.5,
  },
  /** Voice: acoustic effects per unit severity z ∈ [−1, 1] (depression and fatigue markers; docs/fusion-priors.md). */
  voice: {
    pitchStd: { base: 3.2, perZ: -0.25, sd: 0.9 },
    speechRate: { base: 4.4, perZ: -0.2, sd: 0.8 },
    pausesPerSec: { base: 0.25, expZ: 0.2 },
    pauseLength: { base: 0.35, expZ: 0.2 },
    jitter: { base: 0.018, expZ: 0.09, logSd: 0.35 },
    shimmer: { base: 0.11, expZ: 0.06, logSd: 0.25 },
    hnr: { base: 11, perZ: -0.6, sd: 2.5 },
  },
  /**
   * Speakers differ: this share of the spread (variance) of pitch variability and speech rate is the person's own habit,
   * the rest varies from clip to clip (the total is the documented SD above); the pause rate has a person factor too.
   */
  voicePerson: { personShare: 0.5, logPauseRateSd: 0.3 },
  /**
   * Personal baseline (docs/baseline.md): a voice check-in has one with probability `prob`; the person's usual is their
   * current level with probability `sameLevel` (a chronic state, so the voice sits at its usual), else a level drawn from
   * the prior; the reference holds `references` clips of the person at the usual level.
   */
  baseline: { prob: 0.5, sameLevel: 0.5, references: [5, 30] as const },
  /** Face detection: share of weak detections, tight crops (no detection score). */
  face: { weakDetectionProb: 0.2, cropProb: 0.1 },
  /** Seed of the fixed projections that stand for the encoders in the synthetic `embedding` representation. */
  embeddingProjectionSeed: 0x5eed,
} as const;
