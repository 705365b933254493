// Disaggregated evaluation: the same metrics per group of items, each with its n and a seeded bootstrap 95 % interval,
// and the gap between the best and the worst group per metric. One helper for every `burnout eval … --by`.
import { bootstrapIntervals, type Interval } from './bootstrap.ts';

/** Metrics of a list of items, by name; null when a metric is undefined for it (e.g. AUC without both classes). */
export type MetricsOf<T> = (items: readonly T[]) => Record<string, number | null>;

/** One group's figures: n, each metric, and each metric's interval. */
export interface GroupFigures {
  n: number;
  [metric: string]: number | null | Record<string, Interval>;
}

/** The gap between the best and the worst group on one metric (groups with at least `minN` items and a value). */
export interface MetricGap {
  gap: number;
  best: string;
  worst: string;
}

/** What `--by` adds to an evaluation's JSON. */
export interface Disaggregation {
  by: string;
  bootstrap: { resamples: number; seed: number; level: number };
  /** Groups smaller than this are reported but left out of `maxGap`. */
  minN: number;
  groups: Record<string, GroupFigures>;
  /** Per metric; for metrics where lower is better (`lowerIsBetter`) the best group is the lowest. */
  maxGap: Record<string, MetricGap | null>;
}

/** Options of a disaggregation. */
export interface DisaggregateOptions {
  by: string;
  resamples: number;
  seed: number;
  minN?: number;
  /** Metric names where a lower value is better (ECE, Brier). */
  lowerIsBetter?: readonly string[];
  /** Descriptive figures (e.g. the share of positives) that are reported per group but have no best or worst. */
  descriptive?: readonly string[];
}

/**
 * Splits `items` by `keys` (keys[i] is item i's group), computes `metrics` on each group with bootstrap intervals
 * (one seed per group, derived from `seed` and the group's rank, so adding a group does not change the others) and the
 * best-to-worst gap of every metric. Groups come out in descending size, then by name.
 */
export function disaggregate<T>(items: readonly T[], keys: readonly string[], metrics: MetricsOf<T>, options: DisaggregateOptions): Disaggregation {
  if (keys.length !== items.length) throw new Error('one group key per item');
  const byKey = new Map<string, T[]>();
  items.forEach((x, i) => {
    const k = keys[i] as string;
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)?.push(x);
  });
  const names = [...byKey.keys()].sort((a, b) => (byKey.get(b)?.length ?? 0) - (byKey.get(a)?.length ?? 0) || a.localeCompare(b));
  const minN = options.minN ?? 10;
  const groups: Record<string, GroupFigures> = {};
  for (const name of names) {
    const members = byKey.get(name) as T[];
    const seed = (options.seed + hash(name)) >>> 0;
    groups[name] = { n: members.length, ...metrics(members), intervals: bootstrapIntervals(members, metrics, { resamples: options.resamples, seed }) };
  }
  const descriptive = new Set(options.descriptive ?? []);
  const metricNames = Object.keys(metrics(items)).filter((m) => !descriptive.has(m));
  const lower = new Set(options.lowerIsBetter ?? []);
  const maxGap = Object.fromEntries(metricNames.map((m) => [m, gapOf(groups, m, minN, lower.has(m))]));
  return { by: options.by, bootstrap: { resamples: options.resamples, seed: options.seed, level: 0.95 }, minN, groups, maxGap };
}

function gapOf(groups: Record<string, GroupFigures>, metric: string, minN: number, lowerIsBetter: boolean): MetricGap | null {
  const scored = Object.entries(groups).flatMap(([k, g]) => {
    const v = g[metric];
    return g.n >= minN && typeof v === 'number' && Number.isFinite(v) ? [[k, v] as const] : [];
  });
  if (scored.length < 2) return null;
  const sorted = [...scored].sort((a, b) => (lowerIsBetter ? a[1] - b[1] : b[1] - a[1]));
  const best = sorted[0] as readonly [string, number];
  const worst = sorted[sorted.length - 1] as readonly [string, number];
  return { gap: Math.abs(best[1] - worst[1]), best: best[0], worst: worst[0] };
}

/** A small stable string hash (FNV-1a) for per-group seeds. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
