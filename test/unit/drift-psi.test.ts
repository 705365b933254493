// PSI against a hand-checked example, smoothing of empty categories, and a profile's drift report over a history
// whose voice input stops working in the later weeks.
import { describe, expect, it } from 'vitest';
import { proportions, psi, psiOfCounts, PSI_SHIFT } from '../../src/drift/psi.ts';
import { profileDrift, type DriftCheckIn } from '../../src/drift/profile-drift.ts';

describe('psi', () => {
  it('matches a hand-checked example', () => {
    // (0.3 − 0.5)·ln(0.3/0.5) + (0.3 − 0.3)·ln(1) + (0.4 − 0.2)·ln(0.4/0.2)
    // = (−0.2)(−0.510826) + 0 + (0.2)(0.693147) = 0.102165 + 0.138629 = 0.240795
    expect(psi([0.5, 0.3, 0.2], [0.3, 0.3, 0.4])).toBeCloseTo(0.240795, 6);
    expect(psi([0.25, 0.75], [0.25, 0.75])).toBe(0);
  });

  it('is symmetric in its two sides and smooths empty categories to a finite value', () => {
    expect(psi([0.3, 0.3, 0.4], [0.5, 0.3, 0.2])).toBeCloseTo(psi([0.5, 0.3, 0.2], [0.3, 0.3, 0.4]), 12);
    expect(proportions([0, 2])).toEqual([0.5 / 3, 2.5 / 3]);
    // counts 10/0 vs 0/10, smoothed: (10.5/11, 0.5/11) vs (0.5/11, 10.5/11) → 2·(10/11)·ln(21) = 5.5353
    expect(psiOfCounts([10, 0], [0, 10])).toBeCloseTo(2 * (10 / 11) * Math.log(21), 6);
    expect(() => psi([1, 0], [0.5, 0.5])).toThrow(/above 0/);
  });
});

/** Check-ins every day from 2026-01-05 (a Monday) for `days` days; `voiceFrom` on, voice is rejected. */
function history(days: number, voiceFrom: number): DriftCheckIn[] {
  return Array.from({ length: days }, (_, i) => ({
    at: new Date(Date.UTC(2026, 0, 5 + i, 9)).toISOString(),
    level: (['low', 'low', 'moderate', 'low', 'high', 'low', 'moderate'] as const)[i % 7] as DriftCheckIn['level'],
    text: 'ok' as const,
    voice: i >= voiceFrom ? ('rejected' as const) : ('ok' as const),
    face: 'absent' as const,
    selfReport: true,
  }));
}

describe('profileDrift', () => {
  it('says why when the history is too short', () => {
    const d = profileDrift(history(30, 99));
    expect(d.available).toBe(false);
    expect(d.reason).toMatch(/8 weeks/);
  });

  it('flags the voice usage when it shifts and leaves an unchanged risk distribution alone', () => {
    const d = profileDrift(history(8 * 7, 4 * 7));
    expect(d.available).toBe(true);
    expect(d.reference).toEqual({ from: '2026-01-05', to: '2026-02-01', checkIns: 28 });
    expect(d.recent).toEqual({ from: '2026-02-02', to: '2026-03-01', checkIns: 28 });
    expect(d.psi.risk).toBeCloseTo(0, 6);
    expect(d.psi.voice).toBeGreaterThan(PSI_SHIFT);
    expect(d.shifted).toEqual(['voice']);
    expect(d.weeks.map((w) => w.weekStart)).toEqual(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']);
  });
});
