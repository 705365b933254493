// Seeded synthetic check-in histories for training the trend model: latent trajectories over days turned into
// realistic assessments (risk probabilities, per-modality emotions, self-reports with gaps) on an irregular schedule
// (missing days, several check-ins on some days, some `unclear` results), documented in docs/trend.md.
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

/** The check-in schedule: how regularly a person checks in, how often twice or more a day, how often unclear. */
export const SCHEDULE_PARAMS = {
  /** Chance that a day inside the history has a check-in, drawn per person. */
  attendance: [0.3, 1],
  /** Chance of a second check-in on a day with one, and of a third. */
  second: 0.2,
  third: 0.05,
  /** Chance that a check-in's risk is `unclear` (only when at least 3 clear days remain). */
  unclear: 0.08,
  /** Fewest days with a clear check-in (config trend.minDays). */
  minDays: 3,
} as const;

/** Which days of a history (0-based offsets, ascending) have check-ins, and how many on each. */
export interface Schedule {
  days: number[];
  perDay: number[];
}

/** One synthetic history and its label. */
export interface SyntheticSequence {
  label: TrendDirection;
  kind: TrajectoryKind;
  /** Latent burnout level per day (the generator's truth). */
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

/**
 * Generates `count` labelled histories (labels balanced at random, spans uniform in [minLength, maxLength] days, the
 * first and last day always with a check-in, the days between on the person's irregular schedule).
 */
export function generateSequences(options: SyntheticOptions): SyntheticSequence[] {
  const rand = createRng(options.seed);
  const [lo, hi] = [options.minLength ?? 3, options.maxLength ?? 14];
  return Array.from({ length: options.count }, () => {
    const label = TREND_DIRECTIONS[randInt(rand, 0, 2)] as TrendDirection;
    const traj = drawTrajectory(rand, label, randInt(rand, lo, hi));
    return { ...traj, checkIns: historyFromLevels(rand, traj.levels, drawSchedule(rand, traj.levels.length)) };
  });
}

/** A person's check-in days over `span` days: first and last always, at least minDays, some days twice or more. */
export function drawSchedule(rand: Rng, span: number): Schedule {
  const p = SCHEDULE_PARAMS;
  const attendance = rand.uniform(p.attendance[0], p.attendance[1]);
  const present = Array.from({ length: span }, (_, d) => d === 0 || d === span - 1 || rand.next() < attendance);
  const missing = () => present.map((x, d) => (x ? -1 : d)).filter((d) => d >= 0);
  while (present.filter(Boolean).length < Math.min(p.minDays, span)) {
    const m = missing();
    present[m[rand.int(m.length)] as number] = true;
  }
  const days = present.map((x, d) => (x ? d : -1)).filter((d) => d >= 0);
  const perDay = days.map(() => 1 + (rand.next() < p.second ? 1 + (rand.next() < p.third / p.second ? 1 : 0) : 0));
  return { days, perDay };
}

/** Generates a training set and a validation split (validation = `valFraction` × samples more from the same seeded stream). */
export function generateDataset(samples: number, seed: number, valFraction = 0.5, windowDays = 14) {
  const all = generateSequences({ count: samples + Math.round(samples * valFraction), seed, maxLength: windowDays });
  return { train: all.slice(0, samples), val: all.slice(samples) };
}

/**
 * Turns latent levels (one per day) into check-ins for one synthetic person (seeded by `rand`), on `schedule`
 * (default: one check-in every day). Some check-ins are `unclear` while at least minDays clear days remain.
 */
export function historyFromLevels(rand: Rng, levels: readonly number[], schedule?: Schedule): TrendCheckIn[] {
  const plan = schedule ?? { days: levels.map((_, d) => d), perDay: levels.map(() => 1) };
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
  const start = Date.UTC(2025, 0, 1) + randInt(rand, 0, 300) * 86_400_000;
  const out: TrendCheckIn[] = [];
  plan.days.forEach((day, k) => {
    const s = levels[day] as number;
    // Check-ins of one day between 07:00 and 22:00 UTC, in order.
    const hours = Array.from({ length: plan.perDay[k] ?? 1 }, () => rand.uniform(7, 22)).sort((a, b) => a - b);
    for (const h of hours) {
      const present = MODALITIES.filter((m) => person.uses[m] && rand.next() > 0.15);
      if (present.length === 0) present.push(MODALITIES.find((m) => person.uses[m]) ?? 'text');
      const modalities = Object.fromEntries(MODALITIES.map((m): [Modality, ModalityResult] => [m,
        present.includes(m) ? modalityResult(rand, m, s, person.bias, m !== 'voice' || person.voiceEmotions)
          : { status: 'absent', reason: 'not given' }])) as Record<Modality, ModalityResult>;
      const at = new Date(start + day * 86_400_000 + Math.round(h * 3_600_000)).toISOString();
      out.push({ at, risk: riskFor(rand, s, present), modalities, selfReport: selfReport(rand, s, person) });
    }
  });
  if (schedule) markUnclear(rand, out);
  return out;
}

/** Makes some check-ins `unclear` (no estimate), keeping at least minDays days with a clear one. */
function markUnclear(rand: Rng, checkIns: TrendCheckIn[]): void {
  const flags = checkIns.map(() => rand.next() < SCHEDULE_PARAMS.unclear);
  const clearDays = new Set(checkIns.filter((_, i) => !flags[i]).map((c) => c.at.slice(0, 10)));
  if (clearDays.size < SCHEDULE_PARAMS.minDays) return;
  checkIns.forEach((c, i) => {
    if (flags[i]) c.risk = { ...c.risk, level: 'unclear', reliable: false };
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
