// CBI scoring against hand-computed examples: all answered, the reverse-scored item, the missing-item rule at and below
// its limit for each scale, the bands, the CLI's answer list, and the published order and wording.
import { describe, expect, it } from 'vitest';
import { CBI_ITEMS, CBI_MIN_ANSWERED, itemsOf, optionsOf } from '../../src/questionnaire/cbi-items.ts';
import { cbiBand, parseAnswerList, scoreCbi } from '../../src/questionnaire/cbi-score.ts';
import { isBurnoutError } from '../../src/errors.ts';

const code = (e: unknown) => (isBurnoutError(e) ? e.code : String(e));

describe('CBI items', () => {
  it('has 6 + 7 + 6 items in the published order, one reverse-scored, with the published response sets', () => {
    expect(itemsOf('personal').map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(itemsOf('work').map((i) => i.number)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(itemsOf('client').map((i) => i.number)).toEqual([14, 15, 16, 17, 18, 19]);
    expect(CBI_ITEMS.filter((i) => i.reversed).map((i) => i.text)).toEqual(['Do you have enough energy for family and friends during leisure time?']);
    expect(optionsOf(CBI_ITEMS[0]!)).toEqual([
      { code: 4, label: 'Always' }, { code: 3, label: 'Often' }, { code: 2, label: 'Sometimes' }, { code: 1, label: 'Seldom' }, { code: 0, label: 'Never/almost never' },
    ]);
    expect(optionsOf(CBI_ITEMS[6]!).map((o) => o.label)).toEqual(['To a very high degree', 'To a high degree', 'Somewhat', 'To a low degree', 'To a very low degree']);
    expect(CBI_MIN_ANSWERED).toEqual({ personal: 3, work: 4, client: 3 });
  });
});

describe('CBI scoring', () => {
  it('scores every item answered (hand-computed) and bands the scales', () => {
    // personal 100, 75, 50, 25, 0, 50 → 300 / 6 = 50; work 75, 75, 50, 50, 25, 25 and the reverse item "Always" → 0: 300 / 7.
    const s = scoreCbi([4, 3, 2, 1, 0, 2, 3, 3, 2, 2, 1, 1, 4]);
    expect(s.personal).toBe(50);
    expect(s.work).toBeCloseTo(300 / 7, 12);
    expect(s.client).toBeNull();
    expect(s.clientGiven).toBe(false);
    expect(s.bands).toEqual({ personal: 'moderate', work: 'low', client: null });
    expect(s.answered).toEqual({ personal: 6, work: 7, client: 0 });
  });

  it('reverse-scores "enough energy for family and friends": never → 100, always → 0', () => {
    const never = scoreCbi([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(never.work).toBeCloseTo(100 / 7, 12);
    expect(never.personal).toBe(0);
    const always = scoreCbi([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(always.work).toBeCloseTo(600 / 7, 12);
    expect(always.bands.work).toBe('high');
  });

  it('applies the missing-item rule at and below each limit', () => {
    const _ = null;
    // personal: 3 answered (the limit) → the mean of those three; 2 answered → not scored.
    expect(scoreCbi([4, 3, 2, _, _, _, 1, 1, 1, 1, _, _, _]).personal).toBe(75);
    expect(scoreCbi([4, 3, _, _, _, _, 1, 1, 1, 1, _, _, _]).personal).toBeNull();
    // work: 4 answered (the limit) → (25 + 25 + 25 + 25) / 4; with the reverse item among them: (25 + 25 + 25 + 0) / 4.
    expect(scoreCbi([2, 2, 2, _, _, _, 1, 1, 1, 1, _, _, _]).work).toBe(25);
    expect(scoreCbi([2, 2, 2, _, _, _, 1, 1, 1, _, _, _, 4]).work).toBe(75 / 4);
    expect(scoreCbi([2, 2, 2, _, _, _, 1, 1, 1, _, _, _, _]).work).toBeNull();
    expect(scoreCbi([2, 2, 2, _, _, _, 1, 1, 1, _, _, _, _]).bands.work).toBeNull();
    // client: 3 of 6 → scored, 2 → not.
    const core = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    expect(scoreCbi([...core, 4, 4, 2, _, _, _]).client).toBeCloseTo(250 / 3, 12);
    expect(scoreCbi([...core, 4, 4, _, _, _, _]).client).toBeNull();
    expect(scoreCbi([...core, 4, 4, _, _, _, _]).clientGiven).toBe(true);
  });

  it('bands: below 50 low, 50 to below 75 moderate, 75 and above high', () => {
    expect([0, 49.99, 50, 74.99, 75, 100].map(cbiBand)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high']);
  });

  it('refuses wrong lengths and values with INPUT_INVALID naming the answer', () => {
    expect(() => scoreCbi([1, 2, 3])).toThrow(/13 answers .* or 19/);
    try {
      scoreCbi([1, 2, 3, 4, 5, 1, 1, 1, 1, 1, 1, 1, 1]);
    } catch (e) {
      expect(code(e)).toBe('INPUT_INVALID');
      expect((e as Error).message).toMatch(/answer 5 must be a whole number from 0 to 4/);
    }
    expect(() => scoreCbi([1.5, 2, 3, 4, 0, 1, 1, 1, 1, 1, 1, 1, 1])).toThrow(/answer 1/);
  });

  it('parses the CLI answer list with "-" for a skipped item', () => {
    expect(parseAnswerList('4,3,-,2,1,0,2,2,2,2,2,2,2')).toEqual([4, 3, null, 2, 1, 0, 2, 2, 2, 2, 2, 2, 2]);
    expect(() => parseAnswerList('4,3,x,2,1,0,2,2,2,2,2,2,2')).toThrow(/answer 3 must be 0–4 or "-"/);
    expect(() => parseAnswerList('4,3')).toThrow(/got 2/);
  });
});
