// Calibration maths: MC summary and mutual information, NLL/ECE, the fitted temperature and the uncertainty scale.
import { describe, expect, it } from 'vitest';
import { ece, fitTemperature, mcSummary, nll, reliabilityBins, scaleUncertainty, type McLogits } from '../../src/ml/calibration.ts';
import { createRng } from '../../src/ml/random.ts';

const passes = (rows: number[][]): McLogits => ({ passes: rows.length, classes: rows[0]!.length, values: rows.flat() });

describe('mcSummary', () => {
  it('gives zero mutual information when every pass agrees, and a distribution that sums to 1', () => {
    const s = mcSummary(passes(Array.from({ length: 30 }, () => [2, 0.5, -1])), 1.5);
    expect(s.mutualInformation).toBe(0);
    expect(s.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(s.probabilities[0]).toBeGreaterThan(s.probabilities[1]!);
  });

  it('grows when the passes disagree, and stays within [0, 1]', () => {
    const mild = mcSummary(passes([[1, 0, 0], [0, 1, 0]]), 1).mutualInformation;
    const strong = mcSummary(passes([[20, 0, 0], [0, 20, 0], [0, 0, 20]]), 1).mutualInformation;
    expect(mild).toBeGreaterThan(0);
    expect(strong).toBeGreaterThan(mild);
    expect(strong).toBeLessThanOrEqual(1);
    expect(strong).toBeGreaterThan(0.99);
  });

  it('softens the distribution as the temperature rises', () => {
    const l = passes([[3, 0, 0]]);
    expect(mcSummary(l, 2).probabilities[0]).toBeLessThan(mcSummary(l, 1).probabilities[0]!);
  });
});

describe('scaleUncertainty', () => {
  it('maps the reference to 0.5, caps at 1 and keeps 0 at 0', () => {
    expect(scaleUncertainty(0.04, 0.04)).toBeCloseTo(0.5, 12);
    expect(scaleUncertainty(1, 0.04)).toBe(1);
    expect(scaleUncertainty(0, 0.04)).toBe(0);
    expect(scaleUncertainty(0.3, 0)).toBe(0.3);
  });
});

describe('NLL, ECE and the fitted temperature', () => {
  // Labels drawn from a calibrated model's probabilities, then the logits are made overconfident (× 3).
  const rng = createRng(7);
  const logits: McLogits[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 2000; i += 1) {
    const z = [rng.normal(0, 1), rng.normal(0, 1), rng.normal(0, 1)];
    const e = z.map(Math.exp);
    const sum = e.reduce((a, b) => a + b, 0);
    const u = rng.next();
    labels.push(u < e[0]! / sum ? 0 : u < (e[0]! + e[1]!) / sum ? 1 : 2);
    logits.push(passes([z.map((v) => v * 3)]));
  }
  const probs = (t: number): number[][] => logits.map((l) => mcSummary(l, t).probabilities);

  it('recovers the overconfidence factor and lowers NLL and ECE', () => {
    const t = fitTemperature(logits, labels);
    expect(t).toBeGreaterThan(2.5);
    expect(t).toBeLessThan(3.5);
    expect(nll(probs(t), labels)).toBeLessThan(nll(probs(1), labels));
    expect(ece(probs(t), labels)).toBeLessThan(ece(probs(1), labels) / 2);
  });

  it('bins every sample once and reports accuracy per bin', () => {
    const bins = reliabilityBins(probs(1), labels, 10);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(labels.length);
    for (const b of bins) if (b.count) expect(b.accuracy).toBeGreaterThanOrEqual(0);
    expect(ece([[1, 0, 0], [0, 1, 0]], [0, 1])).toBe(0);
  });
});
