// Seeded synthetic check-in histories for training the trend model: latent trajectories turned into realistic
// assessments (risk probabilities, per-modality emotions, self-reports with gaps), documented in docs/trend.md.
import { MODALITIES, type Modality, type ModalityResult } from '../analysis/types.ts';
import { EMOTIONS, type Emotion, type EmotionScores } from '../emotions.ts';
import { RISK_LEVELS, type Risk, type RiskLevel } from '../fusion/types.ts';
import { createRng, type Rng } from '../ml/random.ts';
import { drawTrajectory, pickWeighted, randInt, type TrajectoryKind } from './synthetic-trajectory.ts';
import { TREND_DIRECTIONS, type SelfReport, type TrendCheckIn, type TrendDirection } from './types.ts';

/** Emotion logits as intercept + slope × latent level (more sadness, fear, anger; less joy with burnout). */
export const EMOTION_PRIORS: Record<Emotion, [number, number]> = {
  anger: [-1.2, 1.6], disgust: [-1.8, 0.8], fear: [-1.3, 1.8], joy: [0.9, -2.6],
  neutral: [1.0, -0.4], sadness: [-1.0, 2.6], surprise: [-1.5, 0],
};

/** Per modality: softmax temperature (face nets are peaky, speech flat), logit noise and emotion coverage. */
const MODALITY_MODEL: Record<Modality, { temperature: number; noise: number; presence: number; covers: readonly Emotion[] }> = {
  text: { temperature: 1.0, noise: 0.6, presence: 0.9, covers: EMOTIONS },
  voice: { temperature: 1.4, noise: 0.7, presence: 0.55, covers: ['anger', 'joy', 'neutral', 'sadness'] },
  face: { temperature: 0.7, noise: 0.8, presence: 0.55, covers: EMOTIONS },
};

/** How often people fill in the self-report: always, sometimes (each value missing with p = 0.35), or never. */
const REPORTER_TYPES = { always: 0.6, sometimes: 0.3, never: 0.1 } as const;

/** One synthetic history and its label. */
export interface SyntheticSequence {
  label: TrendDirection;
  kind: TrajectoryKind;
  /** Latent burnout level per step (the generator's truth). */
  levels: number[];
  checkIns: TrendCheckIn[];
}

/** Options of the generator. */
export interface SyntheticOptions {
  /** Number of histories. */
  count: number;
  seed: number;
  minLength?: number;
  maxLength?: number;
}

/** Generates `count` labelled histories (labels balanced at random, lengths uniform in [minLength, maxLength]). */
export function generateSequences(options: SyntheticOptions): SyntheticSequence[] {
  const rand = createRng(options.seed);
  const [lo, hi] = [options.minLength ?? 3, options.maxLength ?? 10];
  return Array.from({ length: options.count }, () => {
    const label = TREND_DIRECTIONS[randInt(rand, 0, 2)] as TrendDirection;
    const traj = drawTrajectory(rand, label, randInt(rand, lo, hi));
    return { ...traj, checkIns: historyFromLevels(rand, traj.levels) };
  });
}

/** Generates a training set and a validation split (validation = `valFraction` × samples more from the same seeded stream). */
export function generateDataset(samples: number, seed: number, valFraction = 0.5) {
  const all = generateSequences({ count: samples + Math.round(samples * valFraction), seed });
  return { train: all.slice(0, samples), val: all.slice(samples) };
}

/** Turns latent levels into check-ins for one synthetic person (seeded by `rand`). */
export function historyFromLevels(rand: Rng, levels: readonly number[]): TrendCheckIn[] {
  const person = {
    energy: rand.normal(0, 0.8),
    stress: rand.normal(0, 0.8),
    workBase: rand.uniform(5, 10),
    bias: Object.fromEntries(EMOTIONS.map((e) => [e, rand.normal(0, 0.3)])) as Record<Emotion, number>,
    reporter: pickWeighted(rand, REPORTER_TYPES),
    uses: Object.fromEntries(MODALITIES.map((m) => [m, rand.next() < MODALITY_MODEL[m].presence])) as Record<Modality, boolean>,
    voiceEmotions: rand.next() < 0.7,
  };
  if (!MODALITIES.some((m) => person.uses[m])) person.uses.text = true;
  let time = Date.UTC(2025, 0, 1, 8) + randInt(rand, 0, 300) * 86_400_000;
  return levels.map((s) => {
    time += rand.uniform(0.4, 7) * 86_400_000;
    const present = MODALITIES.filter((m) => person.uses[m] && rand.next() > 0.15);
    if (present.length === 0) present.push(MODALITIES.find((m) => person.uses[m]) ?? 'text');
    const modalities = Object.fromEntries(MODALITIES.map((m): [Modality, ModalityResult] => [m,
      present.includes(m) ? modalityResult(rand, m, s, person.bias, m !== 'voice' || person.voiceEmotions)
        : { status: 'absent', reason: 'not given' }])) as Record<Modality, ModalityResult>;
    return { at: new Date(time).toISOString(), risk: riskFor(rand, s, present), modalities, selfReport: selfReport(rand, s, person) };
  });
}

function selfReport(rand: Rng, s: number, p: { energy: number; stress: number; workBase: number; reporter: keyof typeof REPORTER_TYPES }): SelfReport {
  const out: SelfReport = {};
  const keep = () => p.reporter === 'always' || (p.reporter === 'sometimes' && rand.next() > 0.35);
  const energy = Math.round(clip(10 * (0.85 - 0.65 * s) + p.energy + rand.normal(0, 0.8), 0, 10));
  const stress = Math.round(clip(10 * (0.15 + 0.75 * s) + p.stress + rand.normal(0, 0.8), 0, 10));
  const work = Math.round(2 * clip(p.workBase + 4 * s + rand.normal(0, 1), 0, 24)) / 2;
  if (keep()) out.energy = energy;
  if (keep()) out.stress = stress;
  if (keep()) out.work = work;
  return out;
}

/** A fused risk as the fusion model would report it: noisy position on the low–high scale, softened into probabilities. */
function riskFor(rand: Rng, s: number, present: readonly Modality[]): Risk {
  const centre = 2 * s + rand.normal(0, 0.22);
  const width = rand.uniform(0.35, 0.7);
  const raw = RISK_LEVELS.map((_, k) => Math.exp(-((k - centre) ** 2) / (2 * width * width)) + 0.02);
  const total = raw.reduce((a, b) => a + b, 0);
  const probabilities = Object.fromEntries(RISK_LEVELS.map((l, k) => [l, (raw[k] as number) / total])) as Record<RiskLevel, number>;
  const level = RISK_LEVELS.reduce((best, l) => (probabilities[l] > probabilities[best] ? l : best), 'low' as RiskLevel);
  const confidence = probabilities[level];
  const uncertainty = clip(rand.uniform(0.05, 0.35) + (1 - confidence) * 0.3, 0, 1);
  const w = MODALITIES.map((m) => (present.includes(m) ? Math.exp(rand.normal(0, 0.5)) : 0));
  const wSum = w.reduce((a, b) => a + b, 0);
  const modalityWeights = Object.fromEntries(MODALITIES.map((m, i) => [m, (w[i] as number) / wSum])) as Record<Modality, number>;
  return { level, probabilities, confidence, uncertainty, reliable: confidence > 0.5 && uncertainty < 0.5, modalityWeights: { ...modalityWeights, selfReport: 0 } };
}

function modalityResult(rand: Rng, m: Modality, s: number, bias: Record<Emotion, number>, withEmotions: boolean): ModalityResult {
  const spec = MODALITY_MODEL[m];
  const base = { status: 'ok' as const, features: {}, engine: 'synthetic', model: 'synthetic', latencyMs: 0 };
  if (!withEmotions) return { ...base, emotions: null, emotionsAbsentReason: 'no speech-emotion engine (synthetic)' };
  const logits = EMOTIONS.map((e) => {
    const [a, b] = EMOTION_PRIORS[e];
    return spec.covers.includes(e) ? (a + b * s + bias[e] + rand.normal(0, spec.noise)) / spec.temperature : -Infinity;
  });
  const max = Math.max(...logits);
  const exp = logits.map((z) => Math.exp(z - max));
  const total = exp.reduce((x, y) => x + y, 0);
  const emotions = Object.fromEntries(EMOTIONS.map((e, i) => [e, (exp[i] as number) / total])) as EmotionScores;
  return { ...base, emotions, covered: [...spec.covers] };
}

function clip(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
