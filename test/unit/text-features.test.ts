// Text input checks and interpretable word-rate features on hand-made sentences.
import { describe, expect, it } from 'vitest';
import { checkText, isNegation, textFeatures, tokenize } from '../../src/analysis/text/common.ts';

describe('checkText', () => {
  it('rejects empty and whitespace-only text with a reason', () => {
    for (const t of ['', '   ', '\n\t ']) {
      const r = checkText(t, 100);
      expect(r?.status).toBe('rejected');
      expect(r?.reason).toMatch(/empty/);
    }
  });
  it('rejects text over the limit, naming the limit, and accepts text at the limit', () => {
    expect(checkText('abcdef', 5)?.reason).toMatch(/limit is 5/);
    expect(checkText('abcde', 5)).toBeNull();
    expect(checkText('héllo 👋', 7)).toBeNull(); // code points, not UTF-16 units
  });
});

describe('textFeatures', () => {
  it('counts first-person, absolutist and negation words per token', () => {
    // tokens: i don't think i'll ever finish nothing works and i can't sleep (12)
    const f = textFeatures("I don’t think I'll EVER finish; nothing works and I can't sleep.");
    expect(f.tokenCount).toBe(12);
    expect(f.firstPersonRate).toBeCloseTo(3 / 12); // i, i'll, i
    expect(f.absolutistRate).toBeCloseTo(2 / 12); // ever, nothing
    expect(f.negationRate).toBeCloseTo(3 / 12); // don't, nothing, can't
    expect(f.truncated).toBe(0);
  });
  it('gives zero rates to a sentence without such words', () => {
    const f = textFeatures('The weather was pleasant today.');
    expect(f).toMatchObject({ tokenCount: 5, firstPersonRate: 0, absolutistRate: 0, negationRate: 0 });
  });
  it('counts every absolutist word of the dictionary', () => {
    const f = textFeatures('always never completely totally entire whole');
    expect(f.absolutistRate).toBe(1);
  });
  it('gives rates of 0, not NaN, for text without word tokens', () => {
    const f = textFeatures('!!! ...');
    expect(f.tokenCount).toBe(0);
    expect(f.negationRate).toBe(0);
  });
  it('tokenises curly apostrophes like straight ones and spots n\'t contractions', () => {
    expect(tokenize('Don’t WON\'T')).toEqual(["don't", "won't"]);
    expect(isNegation("won't")).toBe(true);
    expect(isNegation('note')).toBe(false);
  });
});
