// A small seeded random number generator (mulberry32) with the draws the synthetic generator and training need.

/** Seeded pseudo-random draws; the same seed always gives the same sequence. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box–Muller) scaled to mean `mu` and standard deviation `sd`. */
  normal(mu?: number, sd?: number): number;
  /** True with probability p. */
  bernoulli(p: number): boolean;
  /** Binomial(n, p) count (exact for small n, normal approximation above 200 trials). */
  binomial(n: number, p: number): number;
  /** Poisson(lambda) count (Knuth's method; normal approximation above 50). */
  poisson(lambda: number): number;
  /** In-place Fisher–Yates shuffle; returns the array. */
  shuffle<T>(items: T[]): T[];
  /** A fresh 32-bit seed for a derived generator or a tfjs op. */
  seed(): number;
}

/** Creates a generator from a 32-bit seed (mulberry32: fast, small state, good enough for simulation). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | null = null;
  const standardNormal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = 1 - next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const rng: Rng = {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (n) => Math.floor(next() * n),
    normal: (mu = 0, sd = 1) => mu + sd * standardNormal(),
    bernoulli: (p) => next() < p,
    binomial(n, p) {
      if (n <= 200) {
        let k = 0;
        for (let i = 0; i < n; i += 1) if (next() < p) k += 1;
        return k;
      }
      const k = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * standardNormal());
      return Math.min(n, Math.max(0, k));
    },
    poisson(lambda) {
      if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * standardNormal()));
      const limit = Math.exp(-lambda);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k += 1;
      return k;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]];
      }
      return items;
    },
    seed: () => Math.floor(next() * 4294967296) >>> 0,
  };
  return rng;
}
