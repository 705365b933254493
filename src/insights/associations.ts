// Insights (pure): over days with a clear check-in, how the self-report (stress, energy, work hours) goes with the risk
// estimate (Spearman's rank correlation), and the weekday pattern — in plain words, with n, never as a cause.
import { groupByDay, weekdayOf } from '../trend/days.ts';
import { riskFeature } from '../trend/features.ts';
import type { TrendCheckIn } from '../trend/types.ts';

/** One day: the mean expected risk level (0 low … 1 high) and the mean of each reported value (null when none). */
export interface InsightDay {
  day: string;
  risk: number;
  stress: number | null;
  energy: number | null;
  work: number | null;
}

export const SELF_REPORT_NAMES = { stress: 'stress', energy: 'energy', work: 'hours worked' } as const;
export type InsightVariable = keyof typeof SELF_REPORT_NAMES;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** An association between one self-report value and the risk. */
export interface Association {
  variable: InsightVariable;
  /** Days with both values. */
  n: number;
  /** Spearman's rank correlation, −1 … 1 (null when n is below the minimum or a value never varies). */
  rho: number | null;
  strength: 'none' | 'weak' | 'moderate' | 'strong' | null;
  sentence: string;
}

/** Mean expected risk per weekday (Monday first) and the days behind each mean. */
export interface WeekdayMean {
  weekday: (typeof WEEKDAY_NAMES)[number];
  n: number;
  meanRisk: number | null;
}

/** The days of a history (clear check-ins only; a day's values are averaged), oldest first. */
export function insightDays(history: readonly TrendCheckIn[], timeZone: string): InsightDay[] {
  return groupByDay(history, timeZone).map((d) => {
    const mean = (xs: Array<number | undefined>) => {
      const v = xs.filter((x): x is number => typeof x === 'number');
      return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
    };
    return {
      day: d.day,
      risk: mean(d.checkIns.map((c) => riskFeature(c.risk.probabilities))) ?? 0,
      stress: mean(d.checkIns.map((c) => c.selfReport.stress)),
      energy: mean(d.checkIns.map((c) => c.selfReport.energy)),
      work: mean(d.checkIns.map((c) => c.selfReport.work)),
    };
  });
}

/** Spearman's rho (Pearson on mid-ranks, so ties are handled); null when either side never varies. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mx = rx.reduce((a, b) => a + b, 0) / rx.length;
  const my = ry.reduce((a, b) => a + b, 0) / ry.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  rx.forEach((x, i) => {
    const dy = (ry[i] as number) - my;
    sxy += (x - mx) * dy;
    sxx += (x - mx) ** 2;
    syy += dy ** 2;
  });
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** The association of one self-report value with the risk, in words ("association, not cause" is said once, by the caller). */
export function association(days: readonly InsightDay[], variable: InsightVariable, minPairs: number): Association {
  const pairs = days.filter((d) => d[variable] !== null);
  const name = SELF_REPORT_NAMES[variable];
  const n = pairs.length;
  if (n < minPairs) {
    return { variable, n, rho: null, strength: null, sentence: `Not enough days with ${name} reported yet (${n} of the ${minPairs} needed).` };
  }
  const rho = spearman(pairs.map((d) => d[variable] as number), pairs.map((d) => d.risk));
  if (rho === null) return { variable, n, rho, strength: null, sentence: `Your ${name} or your risk did not vary over these ${n} days, so there is nothing to compare.` };
  const size = Math.abs(rho);
  const strength = size < 0.1 ? 'none' : size < 0.3 ? 'weak' : size < 0.5 ? 'moderate' : 'strong';
  const figures = `(ρ = ${rho.toFixed(2)}, n = ${n} days)`;
  const sentence = strength === 'none'
    ? `Your ${name} and your risk estimate showed no clear link ${figures}.`
    : `On days with ${rho > 0 ? 'more' : 'less'} ${name}, your risk estimate tended to be higher: a ${strength} association ${figures}.`;
  return { variable, n, rho, strength, sentence };
}

/** Mean expected risk per weekday. */
export function weekdayMeans(days: readonly InsightDay[]): WeekdayMean[] {
  return WEEKDAY_NAMES.map((weekday, i) => {
    const on = days.filter((d) => weekdayOf(d.day) === i);
    return { weekday, n: on.length, meanRisk: on.length ? on.reduce((s, d) => s + d.risk, 0) / on.length : null };
  });
}

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const out = new Array<number>(xs.length);
  for (let k = 0; k < order.length;) {
    let j = k;
    while (j + 1 < order.length && (order[j + 1] as { x: number }).x === (order[k] as { x: number }).x) j++;
    for (let m = k; m <= j; m++) out[(order[m] as { i: number }).i] = (k + j) / 2 + 1;
    k = j + 1;
  }
  return out;
}
