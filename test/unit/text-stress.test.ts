// The stress-language model: cross-validated fit on a small generated corpus ranks held-out stress wording above calm
// wording, Platt scaling is fitted, out-of-fold scores cover every row and its extra texts, and the folder format round-trips.
import { describe, expect, it } from 'vitest';
import { parseStressModel, roundTripStressModel, serializeStressModel } from '../../src/analysis/text/stress/stress-format.ts';
import { stressProbability } from '../../src/analysis/text/stress/stress-model.ts';
import { fitPlatt, fitStressModel, foldAssignment, type StressRow } from '../../src/analysis/text/stress/stress-train.ts';
import { rocAuc } from '../../src/eval/metrics.ts';
import { silentProgress } from '../../src/progress.ts';
import { isBurnoutError } from '../../src/errors.ts';

const STRESS = ['anxious', 'panic', 'scared', 'afraid', 'overwhelmed', 'broke', 'evicted', 'terrified', 'worried', 'dread'];
const CALM = ['relaxed', 'happy', 'garden', 'walk', 'coffee', 'friends', 'movie', 'holiday', 'lunch', 'sunny'];
const FILL = ['today', 'the', 'and', 'we', 'it', 'was', 'my', 'at', 'home', 'work', 'then', 'later'];

function corpus(n: number, seed: number): StressRow[] {
  let s = seed;
  const r = (k: number): number => { s = (s * 16807) % 2147483647; return s % k; };
  return Array.from({ length: n }, (_, i) => {
    const label = (i % 2) as 0 | 1;
    const words = Array.from({ length: 12 }, () => (r(3) === 0 ? (label ? STRESS : CALM)[r(10)] : FILL[r(12)]) as string);
    return { text: `${words.join(' ')}.`, label };
  });
}

describe('stress model', () => {
  const rows = corpus(160, 7);
  const fit = fitStressModel(rows, { folds: 4, seed: 3 }, silentProgress, rows.map((r) => [r.text.split(' ').slice(0, 4).join(' ')]));

  it('scores every row and its excerpt out of fold and ranks stress wording first', () => {
    expect(fit.oofProbability).toHaveLength(rows.length);
    expect(fit.oofExtraProbability.every((x) => x.length === 1)).toBe(true);
    expect(rocAuc(fit.oofProbability, rows.map((r) => r.label === 1))).toBeGreaterThan(0.9);
    expect(fit.selection.grid.length).toBeGreaterThan(3);
  });

  it('gives new texts calibrated-looking probabilities on the right side of one half', () => {
    expect(stressProbability(fit.model, 'I am so anxious and scared, I panic about being evicted')).toBeGreaterThan(0.6);
    expect(stressProbability(fit.model, 'a relaxed sunny walk with friends and coffee')).toBeLessThan(0.4);
  });

  it('round-trips through the int8 folder format and refuses damaged files', () => {
    const { metadataText, weightBytes } = serializeStressModel(fit.model, { seed: 3, training: {}, data: {}, metrics: {} });
    const back = parseStressModel(metadataText, weightBytes, 'test').model;
    const text = 'worried and overwhelmed at work today';
    expect(stressProbability(back, text)).toBeCloseTo(stressProbability(roundTripStressModel(fit.model), text), 12);
    expect(Math.abs(stressProbability(back, text) - stressProbability(fit.model, text))).toBeLessThan(0.02);
    const broken = Uint8Array.from(weightBytes);
    broken[0] = (broken[0] as number) ^ 1;
    try {
      parseStressModel(metadataText, broken, 'test');
      expect.unreachable('a damaged file must be refused');
    } catch (e) {
      expect(isBurnoutError(e, 'MODEL_LOAD_FAILED')).toBe(true);
    }
  });

  it('fits Platt scaling that recovers a known slope and balances folds', () => {
    const z = Array.from({ length: 2000 }, (_, i) => (i / 2000) * 8 - 4);
    let s = 5;
    const y = z.map((v) => { s = (s * 16807) % 2147483647; return s / 2147483647 < 1 / (1 + Math.exp(-(2 * v - 1))); });
    const { a, c } = fitPlatt(z, y);
    expect(a).toBeGreaterThan(1.6);
    expect(a).toBeLessThan(2.4);
    expect(c).toBeLessThan(-0.6);
    const folds = foldAssignment(103, 5, 1);
    expect([0, 1, 2, 3, 4].map((k) => folds.filter((f) => f === k).length).sort()).toEqual([20, 20, 21, 21, 21]);
  });
});
