// Seeded generator of synthetic check-ins for fusion training: a latent burnout severity drives emotions and
// interpretable features of each modality through literature priors (docs/fusion-priors.md), with per-person
// offsets, per-sample noise, uninformative modalities and random missing modalities. Output looks like real
// analyzer results (ModalityOk on the analyzers' scales), so training and inference share one encoder.
import { EMOTIONS, type Emotion, type EmotionScores } from '../emotions.ts';
import { MODALITIES, type Modality, type ModalityOk, type ModalityResult } from '../analysis/types.ts';
import { createRng, type Rng } from '../ml/random.ts';

/** Generator parameters (documented in docs/fusion-priors.md; stored in metadata.json). */
export const GENERATOR_PARAMS = {
  version: 1,
  /** Probability that each modality is present (an empty draw is redrawn). */
  presentProb: 0.5,
  /** Probability that a present modality carries no information about this sample's severity. */
  uninformativeProb: 0.15,
  /** Emotion logit shift per unit severity z ∈ [−1, 1], before the modality's signal strength. */
  emotionShift: { anger: 0.6, disgust: 0.3, fear: 0.7, joy: -1.2, neutral: -0.2, sadness: 1.2, surprise: -0.1 } as Record<Emotion, number>,
  /** Baseline emotion logits per modality (voice and face engines lean to neutral). */
  emotionBase: {
    text: { anger: -0.5, disgust: -1.0, fear: -0.5, joy: 0.3, neutral: 1.0, sadness: 0.0, surprise: -0.7 },
    voice: { anger: -0.4, disgust: -1.2, fear: -0.8, joy: 0.2, neutral: 1.2, sadness: -0.2, surprise: -1.0 },
    face: { anger: -0.6, disgust: -1.2, fear: -1.0, joy: 0.2, neutral: 1.2, sadness: -0.3, surprise: -0.6 },
  } as Record<Modality, Record<Emotion, number>>,
  /** Signal strength of emotions per modality (text strongest, a single photo weakest). */
  emotionStrength: { text: 1.6, voice: 1.0, face: 1.0 } as Record<Modality, number>,
  /** Per-sample logit noise (standard deviation) and output sharpness of the emotion engines. */
  emotionNoise: { text: 0.7, voice: 0.7, face: 1.5 } as Record<Modality, number>,
  /** Range of the engines' output sharpness (logit scale), drawn per sample: engines differ (text lite is flat). */
  emotionSharpness: { text: [0.5, 1.5], voice: [0.7, 1.4], face: [1.2, 2.6] } as Record<Modality, [number, number]>,
  /** Probability that the emotions are null (voice: acoustic-only when no speech-emotion engine loads). */
  emotionsNullProb: { text: 0.05, voice: 0.35, face: 0.03 } as Record<Modality, number>,
  /** Probability that a voice emotion engine is 4-class IEMOCAP (neutral, joy, anger, sadness). */
  voiceFourClassProb: 0.3,
  /** Probability that one interpretable voice measure group (pitch, or voice quality) is undefined (null). */
  voiceNullGroupProb: 0.05,
  /** Probability that a photo is a tight face crop (no detection, detectionScore null). */
  faceCropProb: 0.1,
  /** Probability that a photo shows a momentary expression unrelated to the person's state (posed smile, a frown). */
  faceTransientProb: 0.25,
  /** Logit boost of that momentary expression. */
  faceTransientBoost: 2.5,
  /** Seed of the fixed projections that stand for the encoders in the synthetic `embedding` representation. */
  embeddingProjectionSeed: 0x5eed,
} as const;

/** One synthetic check-in: the true level, the latent severity and analyzer-like results. */
export interface SyntheticCheckIn {
  /** 0 low, 1 moderate, 2 high. */
  level: number;
  /** Latent severity in [0, 1); level = floor(3 · severity). */
  severity: number;
  results: Record<Modality, ModalityResult>;
}

/** Options of the generator. */
export interface SyntheticOptions {
  samples: number;
  seed: number;
  /** Also emit `embedding` vectors of these widths (for the embedding representation). */
  embeddingDims?: Record<Modality, number>;
}

const clip = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const logNormal = (rng: Rng, sd: number): number => Math.exp(rng.normal(0, sd));

/** Generates `samples` check-ins, levels balanced, reproducible from `seed`. */
export function generateCheckIns(options: SyntheticOptions): SyntheticCheckIn[] {
  const rng = createRng(options.seed);
  const projections = options.embeddingDims ? embeddingProjections(options.embeddingDims) : undefined;
  const out: SyntheticCheckIn[] = [];
  for (let i = 0; i < options.samples; i += 1) {
    const level = i % 3;
    const severity = (level + rng.next()) / 3;
    const present = drawPresence(rng);
    const results = {} as Record<Modality, ModalityResult>;
    for (const m of MODALITIES) {
      if (!present[m]) {
        results[m] = { status: 'absent', reason: `no ${m} input was given` };
        continue;
      }
      // An uninformative modality is generated from an unrelated severity (masking, an off-topic journal, …).
      const s = rng.bernoulli(GENERATOR_PARAMS.uninformativeProb) ? rng.next() : severity;
      const ok = MAKERS[m](rng, 2 * s - 1);
      if (projections) ok.embedding = embed(rng, projections[m], ok);
      results[m] = ok;
    }
    out.push({ level, severity, results });
  }
  return rng.shuffle(out);
}

function drawPresence(rng: Rng): Record<Modality, boolean> {
  for (;;) {
    const p = Object.fromEntries(MODALITIES.map((m) => [m, rng.bernoulli(GENERATOR_PARAMS.presentProb)])) as Record<Modality, boolean>;
    if (MODALITIES.some((m) => p[m])) return p;
  }
}

/** Emotion distribution of one modality for severity z ∈ [−1, 1] scaled by a signal strength. */
function emotions(rng: Rng, m: Modality, z: number, strength: number): { scores: EmotionScores; covered: Emotion[] } {
  const P = GENERATOR_PARAMS;
  const covered: Emotion[] = m === 'voice' && rng.bernoulli(P.voiceFourClassProb) ? ['anger', 'joy', 'neutral', 'sadness'] : [...EMOTIONS];
  const transient = m === 'face' && rng.bernoulli(P.faceTransientProb) ? rng.int(EMOTIONS.length) : -1;
  const sharpness = rng.uniform(...P.emotionSharpness[m]);
  const logits = EMOTIONS.map((e, k) => {
    const boost = k === transient ? P.faceTransientBoost : 0;
    return sharpness * (P.emotionBase[m][e] + P.emotionShift[e] * z * strength + boost + rng.normal(0, P.emotionNoise[m]));
  });
  const exp = logits.map((l, k) => (covered.includes(EMOTIONS[k] as Emotion) ? Math.exp(l) : 0));
  const sum = exp.reduce((a, b) => a + b, 0);
  const scores = Object.fromEntries(EMOTIONS.map((e, k) => [e, (exp[k] as number) / sum])) as EmotionScores;
  return { scores, covered };
}

function base(rng: Rng, m: Modality, z: number, strength: number): ModalityOk {
  const nullEmotions = rng.bernoulli(GENERATOR_PARAMS.emotionsNullProb[m]);
  const e = emotions(rng, m, z, strength * GENERATOR_PARAMS.emotionStrength[m]);
  return {
    status: 'ok',
    emotions: nullEmotions ? null : e.scores,
    ...(nullEmotions ? { emotionsAbsentReason: 'synthetic: no emotion engine' } : { covered: e.covered }),
    features: {},
    engine: 'synthetic',
    model: `synthetic-v${GENERATOR_PARAMS.version}`,
    latencyMs: 0,
  };
}

/**
 * Text: longer entries carry more signal, but one sentence already carries a real emotion signal (sentence-level
 * emotion models are trained on single sentences); word rates are binomial counts over the tokens.
 */
function makeText(rng: Rng, z: number): ModalityOk {
  const tokens = Math.round(clip(40 * logNormal(rng, 1.0), 1, 1500));
  const strength = 1 - Math.exp(-tokens / 15);
  const ok = base(rng, 'text', z, strength);
  const rate = (p: number): number => rng.binomial(tokens, clip(p, 0.0005, 0.5)) / tokens;
  ok.features = {
    tokenCount: tokens,
    firstPersonRate: rate(0.055 + 0.02 * z + rng.normal(0, 0.015)),
    absolutistRate: rate(0.009 * Math.exp(0.3 * z) * logNormal(rng, 0.4)),
    negationRate: rate(0.018 * Math.exp(0.2 * z) * logNormal(rng, 0.3)),
    truncated: tokens > 512 ? 1 : 0,
  };
  return ok;
}

/**
 * Voice: flatter pitch, slower speech, more and longer pauses, lower energy and a rougher voice with exhaustion.
 * Levels are on the scale of src/analysis/voice (LUFS, Praat-style perturbation measures in connected speech).
 */
function makeVoice(rng: Rng, z: number): ModalityOk {
  const ok = base(rng, 'voice', z, 1);
  const female = rng.bernoulli(0.5);
  const speechSec = rng.bernoulli(0.3) ? rng.uniform(2, 7) : rng.uniform(7, 50);
  // One pause every ~4 s of speech, more and longer with severity; pauses under 0.3 s are not counted.
  const pauses = Array.from({ length: rng.poisson(speechSec * 0.25 * Math.exp(0.3 * z)) }, () => 0.3 + 0.35 * Math.exp(0.3 * z) * logNormal(rng, 0.5));
  const pauseSec = pauses.reduce((a, b) => a + b, 0);
  const pauseRatio = pauseSec / (pauseSec + speechSec);
  const loudness = clip(-30 - 2 * z + rng.normal(0, 7), -60, -8);
  const pitchStd = clip(3.2 - 0.6 * z + rng.normal(0, 0.8), 0.5, 8);
  const nullPitch = rng.bernoulli(GENERATOR_PARAMS.voiceNullGroupProb);
  const nullQuality = rng.bernoulli(GENERATOR_PARAMS.voiceNullGroupProb);
  const orNull = (isNull: boolean, v: number): number | null => (isNull ? null : v);
  ok.features = {
    durationSec: speechSec + pauseSec + rng.uniform(0.2, 1.5),
    speechSec,
    loudnessDbfs: loudness,
    rmsDbfs: loudness + 10 * Math.log10(1 - pauseRatio) - 2.5 + rng.normal(0, 1.5),
    pitchMeanHz: orNull(nullPitch, (female ? 210 : 120) * logNormal(rng, 0.15) * (1 - 0.03 * z)),
    pitchStdSemitones: orNull(nullPitch, pitchStd),
    pitchRangeSemitones: orNull(nullPitch, pitchStd * rng.uniform(3, 4.5)),
    speechRate: clip(4.6 - 0.45 * z + rng.normal(0, 0.7), 1.5, 8),
    pauseRatio,
    meanPauseSec: pauses.length ? pauseSec / pauses.length : 0,
    jitterLocal: orNull(nullQuality, 0.018 * Math.exp(0.15 * z) * logNormal(rng, 0.35)),
    shimmerLocal: orNull(nullQuality, 0.11 * Math.exp(0.1 * z) * logNormal(rng, 0.25)),
    hnrDb: orNull(nullQuality, clip(11 - 1.2 * z + rng.normal(0, 2.5), 0, 30)),
  };
  return ok;
}

/** Face: a weak detection gives a weaker, noisier expression signal; a face crop skips detection (score null). */
function makeFace(rng: Rng, z: number): ModalityOk {
  const detectionScore = rng.bernoulli(0.8) ? rng.uniform(0.85, 0.995) : rng.uniform(0.5, 0.85);
  const crop = rng.bernoulli(GENERATOR_PARAMS.faceCropProb);
  const ok = base(rng, 'face', z, clip((detectionScore - 0.5) / 0.45, 0, 1));
  ok.features = { faceCount: 1, detectionScore: crop ? null : detectionScore, cropInput: crop ? 1 : 0 };
  return ok;
}

const MAKERS: Record<Modality, (rng: Rng, z: number) => ModalityOk> = { text: makeText, voice: makeVoice, face: makeFace };

/**
 * Fixed random projections (one per modality) from a modality's profile to a synthetic encoder embedding. They stand
 * for the encoder, so they are the same for every data seed (training and validation see the same "encoder").
 */
function embeddingProjections(dims: Record<Modality, number>): Record<Modality, Float32Array[]> {
  const rng = createRng(GENERATOR_PARAMS.embeddingProjectionSeed);
  const inputs = 7 + 6;
  return Object.fromEntries(
    MODALITIES.map((m) => [m, Array.from({ length: dims[m] }, () => Float32Array.from({ length: inputs }, () => rng.normal(0, 1 / Math.sqrt(inputs))))]),
  ) as Record<Modality, Float32Array[]>;
}

/** A synthetic embedding: tanh of a projection of the emotions (log) and a few scaled features, plus noise. */
function embed(rng: Rng, rows: Float32Array[], ok: ModalityOk): number[] {
  const emo = EMOTIONS.map((e) => (ok.emotions ? Math.log(ok.emotions[e] + 1e-3) / 3 : 0));
  const f = Object.values(ok.features).slice(0, 6).map((v) => (v === null ? 0 : Math.tanh(Math.log1p(Math.abs(v)) / 3)));
  const z = [...emo, ...f, ...Array<number>(6 - f.length).fill(0)];
  return rows.map((row) => Math.tanh(row.reduce((s, w, i) => s + w * (z[i] as number), 0) * 2 + rng.normal(0, 0.1)));
}
