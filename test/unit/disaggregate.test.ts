// Disaggregated evaluation: group keys (columns and the derived length bucket), seeded bootstrap intervals, the
// best-to-worst gap, and `eval text --by length` through the real lite engine.
import { describe, expect, it } from 'vitest';
import { bootstrapIntervals } from '../../src/disaggregate/bootstrap.ts';
import { disaggregate } from '../../src/disaggregate/disaggregate.ts';
import { groupKeys, lengthBucket } from '../../src/disaggregate/group-key.ts';
import { classificationMetrics, riskMetrics, LOWER_IS_BETTER, DESCRIPTIVE } from '../../src/disaggregate/metric-sets.ts';
import type { RiskEvalItem } from '../../src/eval/risk-metrics.ts';
import { configSchema } from '../../src/config/schema.ts';
import { createLiteTextEngine } from '../../src/analysis/text/lite-engine.ts';
import { evaluateTextEngine } from '../../src/cli/commands/eval-text.ts';
import { silentProgress } from '../../src/progress.ts';
import type { Emotion } from '../../src/emotions.ts';

const mean = (xs: readonly number[]) => ({ mean: xs.reduce((s, x) => s + x, 0) / xs.length });

describe('group keys', () => {
  it('buckets text length in words and reads named columns, blank cells as (blank)', () => {
    expect(lengthBucket('one two three')).toBe('1-10 words');
    expect(lengthBucket(Array(40).fill('w').join(' '))).toBe('31-80 words');
    expect(groupKeys([{ columns: { gender: 'female' } }, { columns: { gender: ' ' } }], 'gender')).toEqual(['female', '(blank)']);
    expect(groupKeys([{ columns: {}, text: 'a b' }], 'length')).toEqual(['1-10 words']);
  });

  it('names the columns that exist when asked for one that does not', () => {
    expect(() => groupKeys([{ columns: { gender: 'f', speaker: '1' } }], 'age')).toThrow(/gender, speaker/);
  });
});

describe('bootstrapIntervals', () => {
  it('is reproducible for a seed, brackets the statistic, and narrows with more data', () => {
    const small = Array.from({ length: 20 }, (_, i) => i % 7);
    const large = Array.from({ length: 2000 }, (_, i) => i % 7);
    const a = bootstrapIntervals(small, mean, { resamples: 300, seed: 5 });
    expect(bootstrapIntervals(small, mean, { resamples: 300, seed: 5 })).toEqual(a);
    expect(bootstrapIntervals(small, mean, { resamples: 300, seed: 6 })).not.toEqual(a);
    const [lo, hi] = a.mean as [number, number];
    const m = mean(small).mean;
    expect(lo).toBeLessThan(m);
    expect(hi).toBeGreaterThan(m);
    const [lo2, hi2] = bootstrapIntervals(large, mean, { resamples: 300, seed: 5 }).mean as [number, number];
    expect(hi2 - lo2).toBeLessThan((hi - lo) / 3);
  });

  it('gives null when no resample has a finite value', () => {
    expect(bootstrapIntervals([1, 2], () => ({ x: null }), { resamples: 10, seed: 1 }).x).toBeNull();
  });
});

describe('disaggregate', () => {
  const item = (truth: Emotion, predicted: Emotion) => ({ truth, predicted });
  const items = [
    ...Array.from({ length: 12 }, () => item('joy', 'joy')),
    ...Array.from({ length: 12 }, (_, i) => item('sadness', i < 6 ? 'sadness' : 'anger')),
    item('fear', 'fear'),
  ];
  const keys = [...Array(12).fill('a'), ...Array(12).fill('b'), 'c'];

  it('reports n, metrics and intervals per group, largest first, and the gap between best and worst', () => {
    const d = disaggregate(items, keys, classificationMetrics, { by: 'g', resamples: 200, seed: 1 });
    expect(Object.keys(d.groups)).toEqual(['a', 'b', 'c']);
    expect(d.groups.a).toMatchObject({ n: 12, accuracy: 1 });
    expect(d.groups.b).toMatchObject({ n: 12, accuracy: 0.5 });
    expect(d.groups.b?.intervals).toMatchObject({ accuracy: expect.any(Array) });
    // c has one item (< minN 10): reported, but not part of the gap.
    expect(d.maxGap.accuracy).toEqual({ gap: 0.5, best: 'a', worst: 'b' });
  });

  it('takes the lowest value as best for ECE and Brier, and leaves descriptive figures out of the gap', () => {
    const risk = (p: number, positive: boolean): RiskEvalItem => ({ probabilities: { low: 1 - p, moderate: p, high: 0 }, level: 'low', positive, engineScore: null, neutral: false, latencyMs: 1 });
    const good = Array.from({ length: 10 }, (_, i) => risk(i < 5 ? 0.9 : 0.1, i < 5));
    const bad = Array.from({ length: 10 }, (_, i) => risk(i < 5 ? 0.4 : 0.6, i < 5));
    const d = disaggregate([...good, ...bad], [...Array(10).fill('good'), ...Array(10).fill('bad')], riskMetrics, { by: 'g', resamples: 50, seed: 1, lowerIsBetter: LOWER_IS_BETTER, descriptive: DESCRIPTIVE });
    expect(d.maxGap.brier).toMatchObject({ best: 'good', worst: 'bad' });
    expect(d.maxGap.auc).toMatchObject({ best: 'good', worst: 'bad', gap: 1 });
    expect(d.maxGap).not.toHaveProperty('positiveRate');
    expect(d.groups.good).toMatchObject({ positiveRate: 0.5 });
  });
});

describe('eval text --by length', () => {
  it('adds groups and maxGap to the report', async () => {
    const engine = await createLiteTextEngine(configSchema.parse({}));
    const long = 'I am so very happy today because everything went well at work and my friends came over for dinner and we laughed a lot';
    const report = await evaluateTextEngine(engine, [
      { text: 'I am so happy today!', labels: ['joy'], id: 'a' },
      { text: 'I am so sad, I miss her.', labels: ['sadness'], id: 'b' },
      { text: long, labels: ['joy'], id: 'c' },
    ], silentProgress, { by: 'length', resamples: 20, seed: 1 });
    await engine.dispose();
    expect(report.groups?.['1-10 words']?.n).toBe(2);
    expect(report.groups?.['11-30 words']?.n).toBe(1);
    expect(report.maxGap).toHaveProperty('accuracy');
  });
});
