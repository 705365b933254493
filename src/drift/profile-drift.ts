// Drift of one profile's check-ins: the PSI of the risk-level distribution and of each input's usage (given, not
// usable, not given) in the recent weeks, and week by week, against the profile's first weeks.
import { PSI_SHIFT, psiOfCounts } from './psi.ts';

/** What drift needs of one stored check-in. */
export interface DriftCheckIn {
  at: string;
  level: 'low' | 'moderate' | 'high' | 'unclear';
  text: 'ok' | 'rejected' | 'absent';
  voice: 'ok' | 'rejected' | 'absent';
  face: 'ok' | 'rejected' | 'absent';
  selfReport: boolean;
}

/** The distributions compared. */
export const DRIFT_FEATURES = ['risk', 'text', 'voice', 'face', 'selfReport'] as const;
export type DriftFeature = (typeof DRIFT_FEATURES)[number];

const LEVELS = ['low', 'moderate', 'high', 'unclear'] as const;
const STATUSES = ['ok', 'rejected', 'absent'] as const;

/** Window sizes and the least check-ins a window needs. */
export interface DriftOptions {
  referenceWeeks: number;
  recentWeeks: number;
  minCheckIns: number;
}

/** Defaults: the first 4 weeks against the last 4, each with at least 8 check-ins. */
export const DEFAULT_DRIFT_OPTIONS: DriftOptions = { referenceWeeks: 4, recentWeeks: 4, minCheckIns: 8 };

/** The drift report of a profile. */
export interface ProfileDrift {
  /** False when there is not yet enough history (then `psi` and `weeks` are empty). */
  available: boolean;
  reason: string | null;
  threshold: number;
  reference: { from: string; to: string; checkIns: number } | null;
  recent: { from: string; to: string; checkIns: number } | null;
  /** PSI of each distribution, recent weeks against the first weeks. */
  psi: Partial<Record<DriftFeature, number>>;
  /** The distributions whose PSI is above the threshold. */
  shifted: DriftFeature[];
  /** PSI of the risk-level distribution of every week after the reference weeks (weekly view). */
  weeks: Array<{ weekStart: string; checkIns: number; riskPsi: number }>;
}

/** Category counts of one feature over check-ins. */
function counts(rows: readonly DriftCheckIn[], feature: DriftFeature): number[] {
  if (feature === 'risk') return LEVELS.map((l) => rows.filter((r) => r.level === l).length);
  if (feature === 'selfReport') return [rows.filter((r) => r.selfReport).length, rows.filter((r) => !r.selfReport).length];
  return STATUSES.map((s) => rows.filter((r) => r[feature] === s).length);
}

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the ISO week of `iso`, as a time value. */
function mondayOf(iso: string): number {
  const d = new Date(iso);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
}

const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * Compares the recent weeks (the `recentWeeks` ISO weeks up to the latest check-in) with the first `referenceWeeks`
 * weeks of the profile. Needs the windows not to overlap and `minCheckIns` in each; says why not otherwise.
 */
export function profileDrift(checkIns: readonly DriftCheckIn[], options: DriftOptions = DEFAULT_DRIFT_OPTIONS): ProfileDrift {
  const none = (reason: string): ProfileDrift => ({ available: false, reason, threshold: PSI_SHIFT, reference: null, recent: null, psi: {}, shifted: [], weeks: [] });
  if (checkIns.length === 0) return none('no check-ins yet');
  const sorted = [...checkIns].sort((a, b) => a.at.localeCompare(b.at));
  const start = mondayOf((sorted[0] as DriftCheckIn).at);
  const refEnd = start + options.referenceWeeks * 7 * DAY_MS;
  const recentStart = mondayOf((sorted.at(-1) as DriftCheckIn).at) - (options.recentWeeks - 1) * 7 * DAY_MS;
  if (recentStart < refEnd) return none(`needs ${options.referenceWeeks + options.recentWeeks} weeks of check-ins (the first ${options.referenceWeeks} are the reference)`);
  const reference = sorted.filter((r) => Date.parse(r.at) < refEnd);
  const recent = sorted.filter((r) => Date.parse(r.at) >= recentStart);
  if (reference.length < options.minCheckIns || recent.length < options.minCheckIns) {
    return none(`needs at least ${options.minCheckIns} check-ins in the first ${options.referenceWeeks} weeks and in the last ${options.recentWeeks}`);
  }
  const psi = Object.fromEntries(DRIFT_FEATURES.map((f) => [f, psiOfCounts(counts(reference, f), counts(recent, f))])) as Record<DriftFeature, number>;
  const refRisk = counts(reference, 'risk');
  const byWeek = new Map<number, DriftCheckIn[]>();
  for (const r of sorted) {
    const w = mondayOf(r.at);
    if (w >= refEnd) byWeek.set(w, [...(byWeek.get(w) ?? []), r]);
  }
  return {
    available: true,
    reason: null,
    threshold: PSI_SHIFT,
    reference: { from: day(start), to: day(refEnd - DAY_MS), checkIns: reference.length },
    recent: { from: day(recentStart), to: (sorted.at(-1) as DriftCheckIn).at.slice(0, 10), checkIns: recent.length },
    psi,
    shifted: DRIFT_FEATURES.filter((f) => psi[f] > PSI_SHIFT),
    weeks: [...byWeek.entries()].map(([w, rows]) => ({ weekStart: day(w), checkIns: rows.length, riskPsi: psiOfCounts(refRisk, counts(rows, 'risk')) })),
  };
}
