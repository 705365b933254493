// The questionnaire beside the model: pairing with the nearest day's risk, the agreement appearing exactly at its
// minimum, and the personal calibration appearing exactly at K, monotone in the risk and shrunk to the population map.
import { describe, expect, it } from 'vitest';
import { agreementWord } from '../../src/questionnaire/agreement.ts';
import { calibratedLevel, fitCalibration, POPULATION_MAP } from '../../src/questionnaire/calibration.ts';
import { scoreCbi, type CbiAnswer } from '../../src/questionnaire/cbi-score.ts';
import { pairWithDays } from '../../src/questionnaire/pairing.ts';
import { questionnaireSummary, type CbiEntry } from '../../src/questionnaire/summary.ts';
import type { TrendCheckIn } from '../../src/trend/types.ts';

const absent = { status: 'absent', reason: 'x' } as const;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1, 12);
/** A clear check-in on day `d` whose expected risk is `risk` (P(high) = risk, P(low) = 1 − risk). */
function checkIn(d: number, risk: number): TrendCheckIn {
  return {
    at: new Date(T0 + d * DAY).toISOString(),
    risk: { level: 'low', probabilities: { low: 1 - risk, moderate: 0, high: risk }, confidence: 0.9, uncertainty: 0.1, reliable: true, modalityWeights: { text: 1, voice: 0, face: 0, selfReport: 0 } },
    modalities: { text: absent, voice: absent, face: absent },
    selfReport: {},
  };
}
/** A questionnaire on day `d` (evening) whose personal items are all `c` (score 25·c). */
function cbi(d: number, c: CbiAnswer): CbiEntry {
  const answers = [c, c, c, c, c, c, 2, 2, 2, 2, 2, 2, 2] as CbiAnswer[];
  return { id: `q${d}`, at: new Date(T0 + d * DAY + 6 * 3_600_000).toISOString(), framing: 'the past week', answers, scores: scoreCbi(answers) };
}
const settings = { timeZone: 'UTC', referenceScale: 'personal' as const, agreementMin: 4, calibrationMin: 6, maxPairDays: 7, suggestEveryDays: 7 };

describe('pairing', () => {
  it('pairs each questionnaire with the nearest day within the limit, an earlier day winning a tie', () => {
    const days = [{ day: '2026-10-01', risk: 0.1 }, { day: '2026-10-03', risk: 0.3 }, { day: '2026-10-20', risk: 0.9 }];
    const points = [
      { id: 'a', at: '2026-10-02T10:00:00Z', score: 40, band: 'low' as const },
      { id: 'b', at: '2026-10-12T10:00:00Z', score: 80, band: 'high' as const },
      { id: 'c', at: '2026-10-19T10:00:00Z', score: null, band: null },
    ];
    const pairs = pairWithDays(points, days, 'UTC', 7);
    // a (Oct 2) is 1 day from Oct 1 and Oct 3: the earlier day wins; b (Oct 12) is 8 days from Oct 20: too far at 7.
    expect(pairs.map((p) => [p.id, p.day, p.gapDays])).toEqual([['a', '2026-10-01', 1]]);
    expect(pairWithDays(points, days, 'UTC', 10).map((p) => [p.id, p.day, p.risk])).toEqual([['a', '2026-10-01', 0.1], ['b', '2026-10-20', 0.9]]);
  });
});

describe('agreement', () => {
  const history = Array.from({ length: 12 }, (_, d) => checkIn(d, d / 11));
  it('appears exactly at its minimum (4) and not with 3', () => {
    const three = [cbi(0, 0), cbi(4, 2), cbi(8, 3)];
    expect(questionnaireSummary(three, history, settings).agreement).toBeNull();
    const four = [...three, cbi(11, 4)];
    const s = questionnaireSummary(four, history, settings);
    expect(s.agreement).toMatchObject({ n: 4, word: 'agree' });
    expect(s.agreement?.rho).toBeCloseTo(1, 12);
    expect(s.agreement?.sentence).toMatch(/Your check-ins and your questionnaire agree: .*ρ = 1\.00, n = 4 questionnaires.*can still be chance/);
  });

  it('says disagree when the risk falls as the questionnaire rises', () => {
    const s = questionnaireSummary([cbi(0, 4), cbi(4, 3), cbi(8, 1), cbi(11, 0)], history, settings);
    expect(s.agreement?.word).toBe('disagree');
    expect(agreementWord(0.4)).toBe('partly agree');
    expect(agreementWord(0)).toBe('do not clearly agree');
  });
});

describe('personal calibration', () => {
  // This person's questionnaire runs a band higher than the model: the model's Low days are their Moderate ones.
  const history = Array.from({ length: 40 }, (_, d) => checkIn(d, (d % 10) / 18));
  const entries = [cbi(0, 2), cbi(3, 3), cbi(6, 2), cbi(9, 3), cbi(12, 3), cbi(15, 4), cbi(18, 3)];
  it('appears with K = 6 pairs and not with K − 1', () => {
    expect(questionnaireSummary(entries.slice(0, 5), history, settings).calibration).toBeNull();
    const s = questionnaireSummary(entries.slice(0, 6), history, settings);
    expect(s.calibration).toMatchObject({ n: 6, k: 6, label: 'calibrated to your questionnaire', scale: 'personal' });
    expect(s.calibration?.now?.population).toBeDefined();
  });

  it('is monotone: the expected band and the most likely band never go down as the risk rises', () => {
    const pairs = questionnaireSummary(entries, history, settings).pairs;
    const fit = fitCalibration(pairs, 6);
    expect(fit).not.toBeNull();
    const order = { low: 0, moderate: 1, high: 2 } as const;
    let lastBand = -1;
    let lastExpected = -1;
    for (let r = 0; r <= 1.0001; r += 0.01) {
      const l = calibratedLevel(fit!.params, r);
      const expected = l.probabilities.moderate + 2 * l.probabilities.high;
      expect(order[l.band]).toBeGreaterThanOrEqual(lastBand);
      expect(expected).toBeGreaterThanOrEqual(lastExpected - 1e-12);
      expect(l.probabilities.low + l.probabilities.moderate + l.probabilities.high).toBeCloseTo(1, 9);
      lastBand = order[l.band];
      lastExpected = expected;
    }
    expect(fit!.params.moderateFrom).toBeLessThan(fit!.params.highFrom);
    expect(fit!.params.slope).toBeGreaterThan(0);
  });

  it('moves towards the person: their Moderate comes at a lower risk than the population map\'s', () => {
    const fit = fitCalibration(questionnaireSummary(entries, history, settings).pairs, 6)!;
    expect(fit.params.moderateFrom).toBeLessThan(POPULATION_MAP.moderateFrom);
    expect(calibratedLevel(fit.params, 0.15).band).not.toBe(calibratedLevel(POPULATION_MAP, 0.15).band);
  });

  it('stays at the population map when the questionnaires agree with it (shrinkage)', () => {
    const agreeing = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ id: `p${i}`, at: '', score: 0, band: (['low', 'moderate', 'high'] as const)[i % 3]!, day: '', risk: [0.1, 0.5, 0.9][i % 3]!, gapDays: 0 }));
    const fit = fitCalibration(agreeing, 6)!;
    expect(fit.params.moderateFrom).toBeCloseTo(POPULATION_MAP.moderateFrom, 1);
    expect(fit.params.highFrom).toBeCloseTo(POPULATION_MAP.highFrom, 1);
    for (const r of [0.05, 0.5, 0.95]) expect(calibratedLevel(fit.params, r).band).toBe(calibratedLevel(POPULATION_MAP, r).band);
  });
});

describe('due', () => {
  it('suggests the questionnaire when none was answered in 7 days, and not after a recent one', () => {
    const now = new Date(T0 + 30 * DAY);
    expect(questionnaireSummary([], [], settings, now).due.suggested).toBe(true);
    expect(questionnaireSummary([cbi(25, 2)], [], settings, now).due.suggested).toBe(false);
    expect(questionnaireSummary([cbi(22, 2)], [], settings, now).due.suggested).toBe(true);
    expect(questionnaireSummary([], [], { ...settings, suggestEveryDays: 0 }, now).due.suggested).toBe(false);
  });
});
