// Canonical emotion vocabulary (Ekman six + neutral) and the explicit label maps that bring every engine into it.

/** The seven canonical emotions, in the fixed order used by every vector in the project. */
export const EMOTIONS = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** A probability per canonical emotion; sums to 1 over the covered classes. */
export type EmotionScores = Record<Emotion, number>;

/** The negative emotions: their summed probability is a result's negative affect (and the eval proxy's positive class). */
export const NEGATIVE_EMOTIONS = ['anger', 'disgust', 'fear', 'sadness'] as const;

/** Negative affect of an emotion distribution: anger + disgust + fear + sadness. */
export function negativeShare(scores: EmotionScores): number {
  return NEGATIVE_EMOTIONS.reduce((s, e) => s + scores[e], 0);
}

/** Explicit label tables, one per model family. Keys are lower-cased model labels. */
export const LABEL_MAPS = {
  /** j-hartmann/emotion-english-distilroberta-base and GoEmotions Ekman labels. */
  ekman: {
    anger: 'anger', disgust: 'disgust', fear: 'fear', joy: 'joy',
    neutral: 'neutral', sadness: 'sadness', surprise: 'surprise',
  },
  /** FER-2013 style face labels (trpakov/vit-face-expression, Human's emotion net). */
  fer: {
    angry: 'anger', disgust: 'disgust', fear: 'fear', happy: 'joy',
    neutral: 'neutral', sad: 'sadness', surprise: 'surprise',
  },
  /** IEMOCAP 4-class speech emotion labels (superb/wav2vec2-base-superb-er). */
  iemocap: { neu: 'neutral', hap: 'joy', ang: 'anger', sad: 'sadness' },
  /** RAVDESS-style 7/8-class speech labels used by several wav2vec2 speech-emotion models. */
  ravdess: {
    neutral: 'neutral', calm: 'neutral', happy: 'joy', sad: 'sadness', angry: 'anger',
    fearful: 'fear', fear: 'fear', disgust: 'disgust', surprised: 'surprise', surprise: 'surprise',
  },
} as const satisfies Record<string, Record<string, Emotion>>;

export type LabelMapName = keyof typeof LABEL_MAPS;

/** Result of mapping a model's label distribution into the canonical space. */
export interface MappedEmotions {
  emotions: EmotionScores;
  /** Canonical classes the model can express; the rest are 0 and not covered. */
  covered: Emotion[];
  /** Model labels that had no entry in the table (their mass is dropped, then renormalised). */
  unmapped: string[];
}

/** A vector of zeros over the canonical emotions. */
export function zeroEmotions(): EmotionScores {
  return { anger: 0, disgust: 0, fear: 0, joy: 0, neutral: 0, sadness: 0, surprise: 0 };
}

/**
 * Maps `{ label, score }` pairs from a model into the canonical seven with an explicit table.
 * Scores of labels mapping to the same emotion add up; the result is renormalised to sum to 1.
 * Throws when no label maps at all (a wrong table is a programming error, not a user one).
 */
export function mapToCanonical(
  scores: ReadonlyArray<{ label: string; score: number }>,
  table: Readonly<Record<string, Emotion>>,
): MappedEmotions {
  const emotions = zeroEmotions();
  const covered = new Set<Emotion>(Object.values(table));
  const unmapped: string[] = [];
  let total = 0;
  for (const { label, score } of scores) {
    const target = table[label.toLowerCase()];
    if (!target) {
      unmapped.push(label);
      continue;
    }
    emotions[target] += score;
    total += score;
  }
  if (!(total > 0)) throw new Error(`no model label maps to a canonical emotion (labels: ${scores.map((s) => s.label).join(', ')})`);
  for (const e of EMOTIONS) emotions[e] /= total;
  return { emotions, covered: EMOTIONS.filter((e) => covered.has(e)), unmapped };
}

/** Converts a probability vector in canonical order into named scores. */
export function emotionsFromVector(v: ArrayLike<number>): EmotionScores {
  const out = zeroEmotions();
  EMOTIONS.forEach((e, i) => (out[e] = v[i] ?? 0));
  return out;
}

/** Converts named scores into a vector in canonical order. */
export function emotionsToVector(s: EmotionScores): number[] {
  return EMOTIONS.map((e) => s[e]);
}

/** The canonical emotion with the highest score. */
export function topEmotion(s: EmotionScores): Emotion {
  let best: Emotion = 'neutral';
  for (const e of EMOTIONS) if (s[e] > s[best]) best = e;
  return best;
}
