// Metrics against hand-computed values.
import { describe, expect, it } from 'vitest';
import { classificationReport, percentile, rocAuc } from '../../src/eval/metrics.ts';

describe('metrics', () => {
  it('computes accuracy, per-class F1, macro-F1 and the confusion matrix', () => {
    const r = classificationReport(['a', 'b', 'c'] as const, ['a', 'a', 'b', 'c'], ['a', 'b', 'b', 'b']);
    expect(r.accuracy).toBe(0.5);
    expect(r.perClassF1.a).toBeCloseTo(2 / 3);
    expect(r.perClassF1.b).toBeCloseTo(0.5);
    expect(r.perClassF1.c).toBe(0);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3);
    expect(r.confusion.a.b).toBe(1);
  });
  it('interpolates percentiles', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([5], 95)).toBe(5);
  });
  it('computes ROC AUC with ties', () => {
    expect(rocAuc([0.9, 0.8, 0.1, 0.2], [true, true, false, false])).toBe(1);
    expect(rocAuc([0.5, 0.5], [true, false])).toBe(0.5);
  });
});
