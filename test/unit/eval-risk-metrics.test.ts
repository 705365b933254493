// eval risk building blocks: the RFC 4180 CSV reader, binary ECE and Brier score, the report's level counts and the
// engine's negative-emotion score.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/eval/csv.ts';
import { negativeEmotionScore } from '../../src/eval/risk-items.ts';
import { binaryEce, brierScore, riskReport, type RiskEvalItem } from '../../src/eval/risk-metrics.ts';
import { rocAuc } from '../../src/eval/metrics.ts';

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted cells, with CRLF or LF rows and a BOM', () => {
    const rows = parseCsv('\ufeffid,text,label\r\n1,"Hello, world",0\r\n2,"She said ""no""\nthen left",1\n3,plain,0\n');
    expect(rows).toEqual([['id', 'text', 'label'], ['1', 'Hello, world', '0'], ['2', 'She said "no"\nthen left', '1'], ['3', 'plain', '0']]);
  });
});

describe('binary calibration metrics', () => {
  it('is 0 for a perfectly calibrated forecast and grows with miscalibration', () => {
    const labels = [true, false, true, false, true, false, true, false, true, false];
    expect(binaryEce(labels.map(() => 0.5), labels)).toBeCloseTo(0, 12);
    expect(binaryEce(labels.map(() => 0.9), labels)).toBeCloseTo(0.4, 12);
    expect(brierScore(labels.map(() => 0.5), labels)).toBeCloseTo(0.25, 12);
    expect(brierScore(labels.map((l) => (l ? 1 : 0)), labels)).toBe(0);
  });

  it('computes a rank AUC with ties counted half', () => {
    expect(rocAuc([0.9, 0.8, 0.1, 0.2], [true, true, false, false])).toBe(1);
    expect(rocAuc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
  });
});

describe('riskReport', () => {
  const item = (p: [number, number, number], level: RiskEvalItem['level'], positive: boolean, neutral = false): RiskEvalItem => ({
    probabilities: { low: p[0], moderate: p[1], high: p[2] }, level, positive, neutral, engineScore: positive ? 0.8 : 0.2, latencyMs: 2,
  });

  it('reports exactly the documented keys, level counts per side and the neutral High share', () => {
    const r = riskReport('emotion', 'face', [
      item([0.1, 0.3, 0.6], 'high', true), item([0.2, 0.5, 0.3], 'moderate', true),
      item([0.7, 0.2, 0.1], 'low', false, true), item([0.3, 0.3, 0.4], 'unclear', false, true),
    ]);
    expect(Object.keys(r)).toEqual(['proxy', 'modality', 'n', 'positives', 'auc', 'aucHigh', 'ece', 'brier', 'engineAuc', 'levels', 'neutralHighShare', 'latencyMsP50']);
    expect(r.n).toBe(4);
    expect(r.positives).toBe(2);
    expect(r.auc).toBe(1);
    expect(r.levels.positive).toEqual({ low: 0, moderate: 1, high: 1, unclear: 0 });
    expect(r.levels.negative).toEqual({ low: 1, moderate: 0, high: 0, unclear: 1 });
    expect(r.neutralHighShare).toBe(0);
    expect(r.engineAuc).toBe(1);
    expect(riskReport('dreaddit', 'text', [item([0.1, 0.3, 0.6], 'high', true)]).neutralHighShare).toBeNull();
  });

  it('gives a null engine AUC when the engine had no emotions', () => {
    expect(negativeEmotionScore({ status: 'ok', emotions: null, features: {}, engine: 'acoustic', model: 'a', latencyMs: 0 })).toBeNull();
    const r = riskReport('emotion', 'voice', [{ ...item([0.5, 0.3, 0.2], 'unclear', true), engineScore: null }, { ...item([0.5, 0.3, 0.2], 'unclear', false), engineScore: null }]);
    expect(r.engineAuc).toBeNull();
  });
});
