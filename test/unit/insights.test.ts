// Insights: hidden below the minimum of days, Spearman associations with n in words, the weekday pattern.
import { describe, expect, it } from 'vitest';
import { spearman } from '../../src/insights/associations.ts';
import { ASSOCIATION_NOT_CAUSE, insightsFor } from '../../src/insights/summary.ts';
import type { TrendCheckIn } from '../../src/trend/types.ts';

const absent = { status: 'absent', reason: 'x' } as const;
function checkIn(day: number, risk: number, self: TrendCheckIn['selfReport'], level: 'low' | 'unclear' = 'low'): TrendCheckIn {
  return {
    at: new Date(Date.UTC(2026, 10, 2 + day, 12)).toISOString(), // 2026-11-02 is a Monday
    risk: { level, probabilities: { low: 1 - risk, moderate: 0, high: risk }, confidence: 0.9, uncertainty: 0.1, reliable: true, modalityWeights: { text: 1, voice: 0, face: 0, selfReport: 0 } },
    modalities: { text: absent, voice: absent, face: absent },
    selfReport: self,
  };
}
const settings = { timeZone: 'UTC', minDays: 14, minPairs: 10 };

describe('insights', () => {
  it('computes Spearman with ties and says null when a side never varies', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 1, 2, 2], [1, 2, 3, 4])).toBeCloseTo(0.894427, 5);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  it('is hidden below the minimum of days; unclear check-ins do not count', () => {
    const h = Array.from({ length: 13 }, (_, d) => checkIn(d, 0.5, { stress: 5 }));
    h.push(checkIn(13, 0.5, { stress: 5 }, 'unclear'));
    const out = insightsFor(h, settings);
    expect(out).toMatchObject({ available: false, days: 13, minDays: 14, associations: [], caution: ASSOCIATION_NOT_CAUSE });
  });

  it('describes each association with n, and the weekday pattern, over 21 days', () => {
    const h = Array.from({ length: 21 }, (_, d) => {
      const monday = d % 7 === 0;
      const stress = (d * 7) % 11;
      return checkIn(d, Math.min(1, stress / 10 * 0.6 + (monday ? 0.35 : 0)), { stress, energy: 5 + (d % 3), ...(d < 8 ? { work: 8 } : {}) });
    });
    const out = insightsFor(h, settings);
    expect(out.available).toBe(true);
    const stress = out.associations.find((a) => a.variable === 'stress')!;
    expect(stress.n).toBe(21);
    expect(stress.rho).toBeGreaterThan(0.5);
    expect(stress.sentence).toMatch(/^On days with more stress, your risk estimate tended to be higher: a strong association \(ρ = 0\.\d\d, n = 21 days\)\.$/);
    expect(out.associations.find((a) => a.variable === 'work')).toMatchObject({ n: 8, rho: null });
    expect(out.weekdays[0]).toMatchObject({ weekday: 'Monday', n: 3 });
    expect(out.weekdaySentence).toMatch(/^Your risk estimate was highest on Mondays \(\d+ of 100, n = 3 days\)/);
  });
});
