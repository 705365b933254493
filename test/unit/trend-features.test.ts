// Trend features: scaling to 0–1, the attention-weighted emotion mix, missing self-report defaults and flags, one step
// per local day (averaged, unclear left out), the gap feature and the window of days.
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

const UTC14 = { timeZone: 'UTC', windowDays: 14 };

describe('trend features', () => {
  it('has the ten DESIGN features in order, then the gap', () => {
    expect(TREND_FEATURES).toEqual(['energy', 'stress', 'work', 'risk', 'anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'gap']);
  });

  it('scales self-reports and risk to 0–1 and clips out-of-range values', () => {
    const seq = buildFeatureSequence([checkIn('2025-01-01T09:00:00Z', { energy: 7, stress: 3, work: 30 }, { probs: [0.1, 0.3, 0.6] })], UTC14);
    const [row] = seq.features;
    expect(row?.slice(0, 4)).toEqual([0.7, 0.3, 1, expect.closeTo(0.3 * 0.5 + 0.6, 10)]);
    expect(row?.slice(4)).toEqual([0, 0, 0, 0.5, 0, 0.5, 0]);
    expect(riskFeature({ moderate: 0, high: 0 })).toBe(0);
    expect(riskFeature({ moderate: 0, high: 1 })).toBe(1);
  });

  it('fills a missing self-report with the previous value, else the documented default, and flags it', () => {
    const seq = buildFeatureSequence([
      checkIn('2025-01-01T09:00:00Z', { stress: 8 }),
      checkIn('2025-01-03T09:00:00Z', { energy: 2 }),
      checkIn('2025-01-05T09:00:00Z', {}),
    ], UTC14);
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
    const seq = buildFeatureSequence([c], UTC14);
    expect(seq.features[0]?.slice(4, 10)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(seq.imputed[0]?.emotions).toBe(true);
  });

  it('sorts by time and keeps only the days of the window, carrying values from before it', () => {
    const history = [
      checkIn('2025-01-05T09:00:00Z', {}),
      checkIn('2025-01-01T09:00:00Z', { energy: 9 }),
      checkIn('2025-01-09T09:00:00Z', { energy: 1 }),
      checkIn('2025-01-07T09:00:00+02:00', {}),
    ];
    const seq = buildFeatureSequence(history, { timeZone: 'UTC', windowDays: 5 });
    expect(seq.days).toEqual(['2025-01-05', '2025-01-07', '2025-01-09']);
    expect(seq.features.map((r) => r[0])).toEqual([0.9, 0.9, 0.1]);
    // One missing day between steps: gap (2 − 1) / 13.
    expect(seq.features.map((r) => r[10])).toEqual([0, 1 / 13, 1 / 13]);
  });

  it('combines the check-ins of one local day into one step and leaves unclear ones out', () => {
    const history = [
      checkIn('2025-01-01T08:00:00Z', { energy: 2, stress: 8 }, { probs: [0, 0, 1] }),
      checkIn('2025-01-01T20:00:00Z', { energy: 4 }, { probs: [1, 0, 0] }),
      checkIn('2025-01-01T21:00:00Z', { energy: 10 }, { level: 'unclear' as never, probs: [0, 0, 1] }),
      checkIn('2025-01-02T09:00:00Z', {}, { level: 'unclear' as never }),
    ];
    const seq = buildFeatureSequence(history, UTC14);
    expect(seq.days).toEqual(['2025-01-01']);
    expect(seq.features[0]?.slice(0, 4)).toEqual([0.3, 0.8, 8 / 24, 0.5]);
    // In Tokyo (UTC+9) the 20:00Z check-in falls on the next local day: two steps.
    expect(buildFeatureSequence(history, { timeZone: 'Asia/Tokyo', windowDays: 14 }).days).toEqual(['2025-01-01', '2025-01-02']);
  });

  it('caps the gap feature at 1 for long breaks', () => {
    const seq = buildFeatureSequence([checkIn('2025-01-01T09:00:00Z', {}), checkIn('2025-02-20T09:00:00Z', {})], { timeZone: 'UTC', windowDays: 60 });
    expect(seq.features.map((r) => r[10])).toEqual([0, 1]);
  });
});
