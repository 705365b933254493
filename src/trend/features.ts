// Stage 3 features: turns check-ins into one step per local day with the 11 trend features (0–1 each): a day's
// check-ins are averaged, missing values filled and flagged, and the gap since the previous step is a feature.
import { MODALITIES } from '../analysis/types.ts';
import type { EmotionScores } from '../emotions.ts';
import { dayNumber, groupByDay, localDay, sortByTime, windowStart, type DayStep } from './days.ts';
import type { SelfReport, StepImputed, TrendCheckIn } from './types.ts';
import { TREND_FEATURES } from './types.ts';

/** Full-scale values used to bring each self-report to 0–1 (values beyond are clipped). */
export const SELF_REPORT_SCALE = { energy: 10, stress: 10, work: 24 } as const;

/**
 * Raw value used for a self-report that was never given (before any earlier value exists):
 * the midpoint of the 0–10 scales, and an 8-hour working day (the midpoint of 0–24 would be an unusual day).
 */
export const SELF_REPORT_DEFAULT = { energy: 5, stress: 5, work: 8 } as const;

/** Emotion mix used when no modality of a check-in has emotions: fully neutral. */
export const DEFAULT_EMOTIONS = { anger: 0, disgust: 0, fear: 0, joy: 0, neutral: 1, sadness: 0 } as const;

/** A gap of this many days or more between two steps (one day more than consecutive) gives the gap feature 1. */
export const GAP_SCALE_DAYS = 13;

/** How each feature is scaled, for metadata.json and docs. */
export const FEATURE_SCALING: Record<(typeof TREND_FEATURES)[number], string> = {
  energy: 'selfReport.energy / 10, clipped to 0–1; missing → previous value, else 5',
  stress: 'selfReport.stress / 10, clipped to 0–1; missing → previous value, else 5',
  work: 'selfReport.work / 24, clipped to 0–1; missing → previous value, else 8 h',
  risk: 'expected level P(moderate) * 0.5 + P(high) * 1 (calibrated probabilities)',
  anger: 'attention-weighted mix of the modalities\' canonical anger (renormalised over modalities with emotions)',
  disgust: 'as anger', fear: 'as anger', joy: 'as anger', neutral: 'as anger (1 when no modality has emotions)',
  sadness: 'as anger',
  gap: `(days since the previous step − 1) / ${GAP_SCALE_DAYS}, clipped to 0–1; 0 for the first step`,
};

type SelfKey = keyof typeof SELF_REPORT_SCALE;
const SELF_KEYS: readonly SelfKey[] = ['energy', 'stress', 'work'];
const MIX_EMOTIONS = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness'] as const;

/** The feature matrix of a window of days and what was imputed in each step. */
export interface FeatureSequence {
  /** steps × 11, oldest first, in TREND_FEATURES order. */
  features: number[][];
  imputed: StepImputed[];
  /** The local day of each row. */
  days: string[];
  /** The clear check-ins each row averages. */
  steps: DayStep[];
}

/** Which days form the sequence: the time zone of the local days, and the window ending on the latest check-in's day. */
export interface DayWindow {
  timeZone: string;
  windowDays: number;
}

export { sortByTime };

/** Expected risk level on a 0–1 scale: 0 = surely low, 0.5 = surely moderate, 1 = surely high. */
export function riskFeature(p: { moderate: number; high: number }): number {
  return clip01(p.moderate * 0.5 + p.high);
}

/**
 * The attention-weighted mix of the six emotions over the modalities that have emotions. Weights come from
 * `modalityWeights` and are renormalised over those modalities (equal weights when they sum to 0).
 * Returns null when no modality has emotions.
 */
export function mixEmotions(checkIn: Pick<TrendCheckIn, 'modalities' | 'risk'>): Record<(typeof MIX_EMOTIONS)[number], number> | null {
  const sources: { e: EmotionScores; w: number }[] = [];
  for (const m of MODALITIES) {
    const r = checkIn.modalities[m];
    if (r?.status !== 'ok' || !r.emotions) continue;
    const w = checkIn.risk.modalityWeights[m];
    sources.push({ e: r.emotions, w: Number.isFinite(w) && w > 0 ? w : 0 });
  }
  if (sources.length === 0) return null;
  const total = sources.reduce((s, x) => s + x.w, 0);
  const weights = sources.map((x) => (total > 0 ? x.w / total : 1 / sources.length));
  const out = { anger: 0, disgust: 0, fear: 0, joy: 0, neutral: 0, sadness: 0 };
  for (const e of MIX_EMOTIONS) out[e] = clip01(sources.reduce((s, x, i) => s + (weights[i] as number) * (x.e[e] ?? 0), 0));
  return out;
}

/**
 * Builds one feature row per local day with a clear check-in, within the `windowDays` days that end on the day of the
 * latest check-in of `history` (any order; `unclear` check-ins count as missing). A day's check-ins are combined by
 * averaging: the reported self-report values, the expected risk level and the emotion mix (over check-ins that have
 * one). A value missing on a day takes the previous day's value (looking back over the whole history, not just the
 * window), else SELF_REPORT_DEFAULT, and is flagged in `imputed`. The gap feature is the spacing of the days.
 */
export function buildFeatureSequence(history: readonly TrendCheckIn[], window: DayWindow): FeatureSequence {
  const latest = sortByTime(history).at(-1);
  if (!latest) return { features: [], imputed: [], days: [], steps: [] };
  const first = windowStart(localDay(latest.at, window.timeZone), window.windowDays);
  const last: Partial<Record<SelfKey, number>> = {};
  const out: FeatureSequence = { features: [], imputed: [], days: [], steps: [] };
  let previous: number | null = null;
  for (const step of groupByDay(history, window.timeZone)) {
    const imputed: StepImputed = { energy: false, stress: false, work: false, emotions: false };
    const self = {} as Record<SelfKey, number>;
    for (const k of SELF_KEYS) {
      const v = mean(step.checkIns.map((c) => selfValue(c.selfReport, k)));
      if (v === null) {
        self[k] = last[k] ?? SELF_REPORT_DEFAULT[k];
        imputed[k] = true;
      } else {
        self[k] = v;
        last[k] = v;
      }
    }
    if (step.day < first) continue;
    const mixes = step.checkIns.map(mixEmotions).filter((m): m is NonNullable<typeof m> => m !== null);
    if (mixes.length === 0) imputed.emotions = true;
    const emotion = (e: (typeof MIX_EMOTIONS)[number]) => (mixes.length ? mean(mixes.map((m) => m[e])) ?? 0 : DEFAULT_EMOTIONS[e]);
    const n = dayNumber(step.day);
    const gap = previous === null ? 0 : clip01((n - previous - 1) / GAP_SCALE_DAYS);
    previous = n;
    out.features.push([
      clip01(self.energy / SELF_REPORT_SCALE.energy),
      clip01(self.stress / SELF_REPORT_SCALE.stress),
      clip01(self.work / SELF_REPORT_SCALE.work),
      mean(step.checkIns.map((c) => riskFeature(c.risk.probabilities))) ?? 0,
      ...MIX_EMOTIONS.map(emotion),
      gap,
    ]);
    out.imputed.push(imputed);
    out.days.push(step.day);
    out.steps.push(step);
  }
  return out;
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

function selfValue(report: SelfReport | undefined, key: SelfKey): number | null {
  const v = report?.[key] as number | null | undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function clip01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
