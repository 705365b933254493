// Trend features: scaling to 0–1, the attention-weighted emotion mix, missing self-report defaults and flags, windowing.
import { describe, expect, it } from 'vitest';
import type { ModalityResult } from '../../src/analysis/types.ts';
import { zeroEmotions, type EmotionScores } from '../../src/emotions.ts';
import type { RiskLevel } from '../../src/fusion/types.ts';
import { buildFeatureSequence, mixEmotions, riskFeature } from '../../src/trend/features.ts';
import { TREND_FEATURES, type SelfReport, type TrendCheckIn } from '../../src/trend/types.ts';

const ok = (emotions: Partial<EmotionScores> | null): ModalityResult => ({
  status: 'ok', emotions: emotions ? { ...zeroEmotions(), ...emotions } : null, features: {}, engine: 't', model: 't', latencyMs: 1,
});
const absent: ModalityResult = { status: 'absent', reason: 'not given' };

function checkIn(at: string, selfReport: SelfReport, opts: { level?: RiskLevel; probs?: [number, number, number]; modalities?: Partial<TrendCheckIn['modalities']>; weights?: [number, number, number] } = {}): TrendCheckIn {
  const [low, moderate, high] = opts.probs ?? [0.2, 0.6, 0.2];
  const [text, voice, face] = opts.weights ?? [1, 0, 0];
  return {
    at,
    risk: { level: opts.level ?? 'moderate', probabilities: { low, moderate, high }, confidence: 0.6, uncertainty: 0.1, reliable: true, modalityWeights: { text, voice, face, selfReport: 0 } },
    modalities: { text: ok({ joy: 0.5, sadness: 0.5 }), voice: absent, face: absent, ...opts.modalities },
    selfReport,
  };
}

describe('trend features', () => {
  it('has the ten features in the DESIGN order', () => {
    expect(TREND_FEATURES).toEqual(['energy', 'stress', 'work', 'risk', 'anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness']);
  });

  it('scales self-reports and risk to 0–1 and clips out-of-range values', () => {
    const seq = buildFeatureSequence([checkIn('2025-01-01T09:00:00Z', { energy: 7, stress: 3, work: 30 }, { probs: [0.1, 0.3, 0.6] })], 10);
    const [row] = seq.features;
    expect(row?.slice(0, 4)).toEqual([0.7, 0.3, 1, expect.closeTo(0.3 * 0.5 + 0.6, 10)]);
    expect(row?.slice(4)).toEqual([0, 0, 0, 0.5, 0, 0.5]);
    expect(riskFeature({ moderate: 0, high: 0 })).toBe(0);
    expect(riskFeature({ moderate: 0, high: 1 })).toBe(1);
  });

  it('fills a missing self-report with the previous value, else the documented default, and flags it', () => {
    const seq = buildFeatureSequence([
      checkIn('2025-01-01T09:00:00Z', { stress: 8 }),
      checkIn('2025-01-03T09:00:00Z', { energy: 2 }),
      checkIn('2025-01-05T09:00:00Z', {}),
    ], 10);
    expect(seq.features.map((r) => r.slice(0, 3))).toEqual([
      [0.5, 0.8, 8 / 24],
      [0.2, 0.8, 8 / 24],
      [0.2, 0.8, 8 / 24],
    ]);
    expect(seq.imputed.map((i) => [i.energy, i.stress, i.work])).toEqual([[true, false, true], [false, true, true], [true, true, true]]);
  });

  it('mixes emotions by attention weight, excluding modalities without emotions and renormalising', () => {
    const c = checkIn('2025-01-01T09:00:00Z', {}, {
      weights: [0.2, 0.5, 0.3],
      modalities: { text: ok({ sadness: 1 }), voice: ok(null), face: ok({ joy: 1 }) },
    });
    const mix = mixEmotions(c);
    expect(mix?.sadness).toBeCloseTo(0.4);
    expect(mix?.joy).toBeCloseTo(0.6);
    expect(mix?.anger).toBe(0);
  });

  it('uses the neutral default and flags it when no modality has emotions', () => {
    const c = checkIn('2025-01-01T09:00:00Z', { energy: 5, stress: 5, work: 8 }, { modalities: { text: ok(null) } });
    const seq = buildFeatureSequence([c], 10);
    expect(seq.features[0]?.slice(4)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(seq.imputed[0]?.emotions).toBe(true);
  });

  it('sorts by time and keeps only the last maxSteps check-ins, carrying values from before the window', () => {
    const history = [
      checkIn('2025-01-05T09:00:00Z', {}),
      checkIn('2025-01-01T09:00:00Z', { energy: 9 }),
      checkIn('2025-01-09T09:00:00Z', { energy: 1 }),
      checkIn('2025-01-07T09:00:00+02:00', {}),
    ];
    const seq = buildFeatureSequence(history, 3);
    expect(seq.checkIns.map((c) => c.at)).toEqual(['2025-01-05T09:00:00Z', '2025-01-07T09:00:00+02:00', '2025-01-09T09:00:00Z']);
    expect(seq.features.map((r) => r[0])).toEqual([0.9, 0.9, 0.1]);
  });
});
