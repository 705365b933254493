// Stage 3 features: turns check-ins into the 10 per-step trend features (0–1 each), filling and flagging missing values.
import { MODALITIES } from '../analysis/types.ts';
import type { EmotionScores } from '../emotions.ts';
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

/** How each feature is scaled, for metadata.json and docs. */
export const FEATURE_SCALING: Record<(typeof TREND_FEATURES)[number], string> = {
  energy: 'selfReport.energy / 10, clipped to 0–1; missing → previous value, else 5',
  stress: 'selfReport.stress / 10, clipped to 0–1; missing → previous value, else 5',
  work: 'selfReport.work / 24, clipped to 0–1; missing → previous value, else 8 h',
  risk: 'expected level P(moderate) * 0.5 + P(high) * 1 (calibrated probabilities)',
  anger: 'attention-weighted mix of the modalities\' canonical anger (renormalised over modalities with emotions)',
  disgust: 'as anger', fear: 'as anger', joy: 'as anger', neutral: 'as anger (1 when no modality has emotions)',
  sadness: 'as anger',
};

type SelfKey = keyof typeof SELF_REPORT_SCALE;
const SELF_KEYS: readonly SelfKey[] = ['energy', 'stress', 'work'];
const MIX_EMOTIONS = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness'] as const;

/** The feature matrix of a window of check-ins and what was imputed in each step. */
export interface FeatureSequence {
  /** steps × 10, oldest first, in TREND_FEATURES order. */
  features: number[][];
  imputed: StepImputed[];
  /** The check-ins the rows come from (sorted, windowed). */
  checkIns: TrendCheckIn[];
}

/** Sorts check-ins by time (oldest first). Stable for equal timestamps; unparsable times sort first. */
export function sortByTime<T extends { at: string }>(history: readonly T[]): T[] {
  const t = (c: T) => {
    const ms = Date.parse(c.at);
    return Number.isFinite(ms) ? ms : -Infinity;
  };
  return history.map((c, i) => ({ c, i })).sort((a, b) => t(a.c) - t(b.c) || a.i - b.i).map((x) => x.c);
}

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
 * Builds the feature rows of the last `maxSteps` check-ins (sorted by `at`). A missing self-report value takes the
 * person's previous value (looking back over the whole history, not just the window), else SELF_REPORT_DEFAULT, and
 * is flagged in `imputed`. Time gaps between check-ins are not features (docs/trend.md explains why).
 */
export function buildFeatureSequence(history: readonly TrendCheckIn[], maxSteps: number): FeatureSequence {
  const sorted = sortByTime(history);
  const last: Partial<Record<SelfKey, number>> = {};
  const rows: { row: number[]; imputed: StepImputed }[] = sorted.map((c) => {
    const self = {} as Record<SelfKey, number>;
    const imputed: StepImputed = { energy: false, stress: false, work: false, emotions: false };
    for (const k of SELF_KEYS) {
      const v = selfValue(c.selfReport, k);
      if (v === null) {
        self[k] = last[k] ?? SELF_REPORT_DEFAULT[k];
        imputed[k] = true;
      } else {
        self[k] = v;
        last[k] = v;
      }
    }
    const mix = mixEmotions(c);
    if (!mix) imputed.emotions = true;
    const emotions = mix ?? DEFAULT_EMOTIONS;
    const row = [
      clip01(self.energy / SELF_REPORT_SCALE.energy),
      clip01(self.stress / SELF_REPORT_SCALE.stress),
      clip01(self.work / SELF_REPORT_SCALE.work),
      riskFeature(c.risk.probabilities),
      ...MIX_EMOTIONS.map((e) => emotions[e]),
    ];
    return { row, imputed };
  });
  const start = Math.max(0, rows.length - Math.max(1, maxSteps));
  const kept = rows.slice(start);
  return { features: kept.map((r) => r.row), imputed: kept.map((r) => r.imputed), checkIns: sorted.slice(start) };
}

function selfValue(report: SelfReport | undefined, key: SelfKey): number | null {
  const v = report?.[key] as number | null | undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function clip01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
