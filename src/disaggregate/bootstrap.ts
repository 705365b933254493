// Seeded percentile bootstrap: a 95 % interval for any statistic of a list of items, by resampling the items with
// replacement. Used by every `burnout eval … --by` so that each per-group figure carries its interval.
import { createRng } from '../ml/random.ts';
import { percentile } from '../eval/metrics.ts';

/** How many resamples, from which seed, and the interval's coverage. */
export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Coverage of the interval, e.g. 0.95. */
  level?: number;
}

/** A figure's lower and upper bound; null when no resample gave a finite value (e.g. AUC of a one-class group). */
export type Interval = [number, number] | null;

/**
 * Percentile bootstrap intervals of several named statistics at once: each resample draws `items.length` items with
 * replacement (mulberry32 from `seed`, so the same call gives the same intervals), computes every statistic once, and
 * each interval spans the (1 − level)/2 and (1 + level)/2 percentiles of that statistic's finite values.
 */
export function bootstrapIntervals<T, K extends string>(
  items: readonly T[],
  statistics: (sample: readonly T[]) => Record<K, number | null>,
  options: BootstrapOptions,
): Record<K, Interval> {
  const rng = createRng(options.seed);
  const level = options.level ?? 0.95;
  const draws = new Map<K, number[]>();
  const sample = new Array<T>(items.length);
  for (let b = 0; b < options.resamples && items.length > 0; b += 1) {
    for (let i = 0; i < items.length; i += 1) sample[i] = items[rng.int(items.length)] as T;
    for (const [k, v] of Object.entries(statistics(sample)) as Array<[K, number | null]>) {
      if (!draws.has(k)) draws.set(k, []);
      if (v !== null && Number.isFinite(v)) draws.get(k)?.push(v);
    }
  }
  const keys = Object.keys(statistics(items)) as K[];
  return Object.fromEntries(keys.map((k) => {
    const v = draws.get(k) ?? [];
    return [k, v.length ? [percentile(v, ((1 - level) / 2) * 100), percentile(v, ((1 + level) / 2) * 100)] : null];
  })) as Record<K, Interval>;
}
