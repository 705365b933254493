// The synthetic trend generator: seeded, balanced, spans of 3–14 days with missing days, several check-ins on some days
// and unclear results, features in range, and the documented shapes.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/ml/random.ts';
import { buildFeatureSequence } from '../../src/trend/features.ts';
import { generateDataset, generateSequences } from '../../src/trend/synthetic.ts';
import { drawTrajectory } from '../../src/trend/synthetic-trajectory.ts';

const UTC14 = { timeZone: 'UTC', windowDays: 14 };

describe('synthetic trend histories', () => {
  const seqs = generateSequences({ count: 600, seed: 7 });

  it('is reproducible from its seed and differs across seeds', () => {
    expect(generateSequences({ count: 20, seed: 7 })).toEqual(seqs.slice(0, 20));
    expect(generateSequences({ count: 20, seed: 8 })).not.toEqual(seqs.slice(0, 20));
  });

  it('balances the three directions and spans 3–14 days on irregular schedules', () => {
    for (const label of ['improving', 'stable', 'worsening']) {
      const share = seqs.filter((s) => s.label === label).length / seqs.length;
      expect(share).toBeGreaterThan(0.28);
      expect(share).toBeLessThan(0.39);
    }
    const spans = new Set(seqs.map((s) => s.levels.length));
    expect([...spans].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const steps = seqs.map((s) => buildFeatureSequence(s.checkIns, UTC14));
    // Every history has at least 3 days with a clear check-in (trend.minDays); its first and last day have check-ins.
    for (const [i, f] of steps.entries()) {
      expect(f.days.length).toBeGreaterThanOrEqual(3);
      const s = seqs[i]!;
      const span = (Date.parse(s.checkIns.at(-1)!.at.slice(0, 10)) - Date.parse(s.checkIns[0]!.at.slice(0, 10))) / 86_400_000 + 1;
      expect(span).toBe(s.levels.length);
    }
    const missingDays = seqs.filter((s, i) => steps[i]!.days.length < s.levels.length).length;
    const twiceADay = seqs.filter((s, i) => s.checkIns.length > steps[i]!.days.length).length;
    const unclear = seqs.filter((s) => s.checkIns.some((c) => c.risk.level === 'unclear')).length;
    expect(missingDays / seqs.length).toBeGreaterThan(0.4);
    expect(twiceADay / seqs.length).toBeGreaterThan(0.3);
    expect(unclear / seqs.length).toBeGreaterThan(0.2);
    expect(steps.some((f) => f.features.some((r) => (r[10] as number) > 0))).toBe(true);
  });

  it('produces features in 0–1 with some missing self-reports, as real histories have', () => {
    let imputed = 0;
    let steps = 0;
    for (const s of seqs.slice(0, 200)) {
      const f = buildFeatureSequence(s.checkIns, UTC14);
      for (const row of f.features) for (const v of row) expect(v >= 0 && v <= 1).toBe(true);
      imputed += f.imputed.filter((i) => i.energy).length;
      steps += f.features.length;
    }
    expect(imputed / steps).toBeGreaterThan(0.05);
    expect(imputed / steps).toBeLessThan(0.4);
  });

  it('moves the latent level the labelled way; a bad day returns and is never first or last', () => {
    for (const s of seqs) {
      const first = s.levels[0] as number;
      const last = s.levels[s.levels.length - 1] as number;
      if (s.label === 'worsening') expect(last - first).toBeGreaterThan(0.05);
      if (s.label === 'improving') expect(first - last).toBeGreaterThan(0.05);
    }
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) {
      const t = drawTrajectory(rng, 'stable', 6);
      if (t.kind !== 'bad-day') continue;
      const peak = t.levels.indexOf(Math.max(...t.levels));
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThan(5);
    }
  });

  it('adds a validation split of half the training size by default', () => {
    const d = generateDataset(100, 1);
    expect([d.train.length, d.val.length]).toEqual([100, 50]);
    expect(generateDataset(100, 1, 0.2).val).toHaveLength(20);
  });
});
