// Synthetic latent burnout trajectories (0 = none, 1 = severe) with a direction label: the shapes of docs/trend.md.
import type { Rng } from '../ml/random.ts';
import type { TrendDirection } from './types.ts';

/** The shape families; 'stable' ones include noisy, plateaued and single-bad-day histories. */
export const STABLE_KINDS = { flat: 0.3, noisy: 0.25, 'bad-day': 0.3, 'good-day': 0.15 } as const;
export const CHANGE_KINDS = { linear: 0.4, late: 0.25, early: 0.15, steps: 0.2 } as const;
export type TrajectoryKind = keyof typeof STABLE_KINDS | keyof typeof CHANGE_KINDS;

/** Generator parameters (all documented in docs/trend.md). */
export const TRAJECTORY_PARAMS = {
  /** Total change of the latent level over an improving/worsening sequence. */
  changeRange: [0.25, 0.6],
  /** Per-step latent noise (sd) for calm and for noisy histories. */
  calmNoise: [0.015, 0.04],
  noisyNoise: [0.05, 0.08],
  /** Size of a single bad (or good) day: a one-step excursion that returns. */
  excursion: [0.25, 0.45],
  /** Chance that an improving/worsening history also holds one outlier day. */
  outlierInTrend: 0.2,
} as const;

/** A latent trajectory and its label. */
export interface Trajectory {
  label: TrendDirection;
  kind: TrajectoryKind;
  /** Latent burnout level per step, 0–1, oldest first. */
  levels: number[];
}

/** Draws one trajectory of `length` steps with the given label. */
export function drawTrajectory(rand: Rng, label: TrendDirection, length: number): Trajectory {
  const p = TRAJECTORY_PARAMS;
  if (label === 'stable') {
    const kind = pickWeighted(rand, STABLE_KINDS);
    const noise = within(rand, kind === 'noisy' ? p.noisyNoise : p.calmNoise);
    const base = rand.uniform(0.08, 0.92);
    const levels = Array.from({ length }, () => base + rand.normal(0, noise));
    if (kind === 'bad-day' || kind === 'good-day') addExcursion(rand, levels, kind === 'bad-day' ? 1 : -1);
    return { label, kind, levels: levels.map(clip01) };
  }
  const kind = pickWeighted(rand, CHANGE_KINDS);
  const change = within(rand, p.changeRange);
  const sign = label === 'worsening' ? 1 : -1;
  const lo = rand.uniform(0.05, 0.95 - change);
  const start = sign > 0 ? lo : lo + change;
  const shape = progress(rand, kind, length);
  const noise = within(rand, rand.next() < 0.3 ? p.noisyNoise : p.calmNoise) * 0.8;
  const levels = shape.map((f) => start + sign * change * f + rand.normal(0, noise));
  if (length >= 5 && rand.next() < p.outlierInTrend) addExcursion(rand, levels, rand.next() < 0.5 ? 1 : -1);
  return { label, kind, levels: levels.map(clip01) };
}

/** Fraction of the total change reached at each step (0 at the start, 1 at the end) for a change shape. */
function progress(rand: Rng, kind: keyof typeof CHANGE_KINDS, length: number): number[] {
  const n = length - 1;
  const lin = (i: number, a: number, b: number) => (i <= a ? 0 : i >= b ? 1 : (i - a) / (b - a));
  if (kind === 'late') {
    // Plateau first, then the change over at least the last 2 steps.
    const from = randInt(rand, 0, Math.max(0, n - 2));
    return Array.from({ length }, (_, i) => lin(i, from, n));
  }
  if (kind === 'early') {
    // The change first, then a short final plateau (at most a third of the history).
    const plateau = randInt(rand, 1, Math.max(1, Math.floor(length / 3)));
    const to = Math.max(2, n - plateau);
    return Array.from({ length }, (_, i) => lin(i, 0, Math.min(to, n)));
  }
  if (kind === 'steps') {
    // A staircase: two or three jumps of uneven size.
    const jumps = Math.min(n, randInt(rand, 2, 3));
    const at = new Set<number>();
    while (at.size < jumps) at.add(randInt(rand, 1, n));
    const sizes = [...at].map(() => rand.uniform(0.5, 1.5));
    const total = sizes.reduce((a, b) => a + b, 0);
    const sorted = [...at].sort((a, b) => a - b);
    return Array.from({ length }, (_, i) =>
      sorted.reduce((s, j, k) => s + (i >= j ? (sizes[k] as number) / total : 0), 0));
  }
  return Array.from({ length }, (_, i) => i / n);
}

/** Adds a one-step excursion (a bad day when dir > 0) somewhere strictly inside the history, so that it returns. */
function addExcursion(rand: Rng, levels: number[], dir: 1 | -1): void {
  if (levels.length < 3) return;
  const at = randInt(rand, 1, levels.length - 2);
  levels[at] = (levels[at] as number) + dir * within(rand, TRAJECTORY_PARAMS.excursion);
}

/** A float uniform in the range [lo, hi). */
function within(rand: Rng, [lo, hi]: readonly [number, number]): number {
  return rand.uniform(lo, hi);
}

/** An integer uniform in [lo, hi] (both inclusive). */
export function randInt(rand: Rng, lo: number, hi: number): number {
  return lo + rand.int(hi - lo + 1);
}

/** Picks a key with probability proportional to its weight. */
export function pickWeighted<K extends string>(rand: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rand.next() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return (entries[entries.length - 1] as [K, number])[0];
}

function clip01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
