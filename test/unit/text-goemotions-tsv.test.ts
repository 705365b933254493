// The GoEmotions TSV reader on a generated file (multi-label row, raw quote) and the multi-label scoring rule.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGoEmotionsTsv } from '../../src/eval/goemotions-tsv.ts';
import { MULTI_LABEL_SCORING_RULE, resolveTruth, resolveTruths } from '../../src/eval/multi-label.ts';
import { classificationReport } from '../../src/eval/metrics.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { EMOTIONS, type Emotion } from '../../src/emotions.ts';

const dir = mkdtempSync(join(tmpdir(), 'burnout-tsv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'labels.txt'), 'anger\ndisgust\nfear\njoy\nneutral\nsadness\nsurprise\n');

describe('readGoEmotionsTsv', () => {
  it('splits on TAB only, keeps raw quotes and reads multi-label rows in order', () => {
    const file = join(dir, 'ok.tsv');
    writeFileSync(file, 'He said "wow, really?" and left\t6,3\tid1\nSo sad, "honestly"\t5\tid2\n\n');
    const set = readGoEmotionsTsv(file);
    expect(set.labelNames).toHaveLength(7);
    expect(set.rows).toEqual([
      { text: 'He said "wow, really?" and left', labels: ['surprise', 'joy'], id: 'id1' },
      { text: 'So sad, "honestly"', labels: ['sadness'], id: 'id2' },
    ]);
  });
  it('throws DATA_MISSING for a missing file and INPUT_INVALID for an unknown label id', () => {
    expect(() => readGoEmotionsTsv(join(dir, 'none.tsv'))).toThrow(/not found/);
    expect(thrown(() => readGoEmotionsTsv(join(dir, 'none.tsv')))).toSatisfy((e) => isBurnoutError(e, 'DATA_MISSING'));
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'text\t9\tid\n');
    expect(() => readGoEmotionsTsv(bad)).toThrow(/line 1: label id "9"/);
  });
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('multi-label scoring rule', () => {
  it('takes the prediction as truth when it is any listed label, else the first label', () => {
    expect(resolveTruth(['surprise', 'joy'], 'joy')).toBe('joy');
    expect(resolveTruth(['surprise', 'joy'], 'anger')).toBe('surprise');
    expect(MULTI_LABEL_SCORING_RULE).toMatch(/any of them/);
  });
  it('makes a second-label prediction count as correct in the report', () => {
    const labels: Emotion[][] = [['surprise', 'joy'], ['anger'], ['sadness', 'fear']];
    const predicted: Emotion[] = ['joy', 'anger', 'joy'];
    const r = classificationReport(EMOTIONS, resolveTruths(labels, predicted), predicted);
    expect(r.accuracy).toBeCloseTo(2 / 3);
    expect(r.confusion.sadness.joy).toBe(1);
    expect(r.perClassF1.surprise).toBe(0);
  });
  it('refuses a row without labels', () => {
    expect(() => resolveTruth([], 'joy')).toThrow();
  });
});
