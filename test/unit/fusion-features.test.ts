// Fusion encoders and explanations: normalisation, missing values, absent/rejected modalities, weight percentages.
import { describe, expect, it } from 'vitest';
import { MODALITIES, type Modality, type ModalityOk, type ModalityResult } from '../../src/analysis/types.ts';
import { emotionsFromVector } from '../../src/emotions.ts';
import { explainRisk, topEmotions, weightPercentages } from '../../src/fusion/explain.ts';
import { ABSENT_FLAG, encodeCheckIn, encoderInputDims, fitEncoder } from '../../src/fusion/features.ts';
import { generateCheckIns } from '../../src/fusion/synthetic.ts';
import type { Risk } from '../../src/fusion/types.ts';

const dims = { text: 768, voice: 768, face: 768 };
const samples = generateCheckIns({ samples: 300, seed: 5 }).map((s) => s.results);
const enc = fitEncoder('profile', samples, dims);
const WIDTH = 18;

const ok = (features: ModalityOk['features'], emotions: number[] | null): ModalityOk => ({
  status: 'ok', emotions: emotions ? emotionsFromVector(emotions) : null, features, engine: 't', model: 't', latencyMs: 0,
});
const absent = (m: Modality): ModalityResult => ({ status: 'absent', reason: `no ${m} input was given` });

describe('profile encoder', () => {
  it('has the documented widths: 7 emotions + flag + features', () => {
    expect(encoderInputDims(enc)).toEqual({ text: 12, voice: 18, face: 9 });
    expect(enc.modalities.voice.columns).toContain('semitones(pitchMeanHz re 100 Hz)');
    expect(enc.modalities.text.columns).toContain('log1p(tokenCount)');
  });

  it('normalises with the stored statistics and keeps the flag column unscaled', () => {
    const i = enc.modalities.face.columns.indexOf('detectionScore');
    const score = enc.modalities.face.mean[i]! + 2 * enc.modalities.face.std[i]!;
    const e = encodeCheckIn(enc, { text: absent('text'), voice: absent('voice'), face: ok({ detectionScore: score }, [0, 0, 0, 1, 0, 0, 0]) }, WIDTH);
    expect(e.x[2 * WIDTH + i]).toBeCloseTo(2, 4);
    expect(e.x[2 * WIDTH + enc.modalities.face.columns.indexOf(ABSENT_FLAG)]).toBe(0);
    expect(e.mask).toEqual([0, 0, 1]);
  });

  it('turns a missing feature into the mean (0) and absent emotions into 0 with the flag set', () => {
    const features = { tokenCount: null, firstPersonRate: 0.05, absolutistRate: null, negationRate: 0.02 };
    const e = encodeCheckIn(enc, { text: ok(features, null), voice: absent('voice'), face: absent('face') }, WIDTH);
    const cols = enc.modalities.text.columns;
    expect(e.x[cols.indexOf('log1p(tokenCount)')]).toBe(0);
    expect(e.x[cols.indexOf('absolutistRate')]).toBe(0);
    for (let k = 0; k < 7; k += 1) expect(e.x[k]).toBe(0);
    expect(e.x[cols.indexOf(ABSENT_FLAG)]).toBe(1);
    expect(Array.from(e.x).every(Number.isFinite)).toBe(true);
  });

  it('masks rejected modalities and says why; the embedding representation needs embeddings', () => {
    const rejected: ModalityResult = { status: 'rejected', reason: 'no face was found' };
    const e = encodeCheckIn(enc, { text: ok({}, [0, 0, 0, 0, 1, 0, 0]), voice: absent('voice'), face: rejected }, WIDTH);
    expect(e.mask).toEqual([1, 0, 0]);
    expect(e.unused.face).toBe('rejected: no face was found');
    expect(Array.from(e.x.subarray(2 * WIDTH)).every((v) => v === 0)).toBe(true);
    const embed = fitEncoder('embedding', generateCheckIns({ samples: 30, seed: 2, embeddingDims: { text: 4, voice: 4, face: 4 } }).map((s) => s.results), { text: 4, voice: 4, face: 4 });
    const u = encodeCheckIn(embed, { text: ok({}, [0, 0, 0, 0, 1, 0, 0]), voice: absent('voice'), face: absent('face') }, 4);
    expect(u.mask).toEqual([0, 0, 0]);
    expect(u.unused.text).toMatch(/gives no embedding/);
  });
});

describe('explanation', () => {
  const risk = (weights: Record<Modality, number>, reliable = true): Risk => ({
    level: 'moderate', probabilities: { low: 0.2, moderate: 0.64, high: 0.16 }, confidence: 0.64, uncertainty: 0.1, reliable, modalityWeights: { ...weights, selfReport: 0 },
  });

  it('rounds weights to whole percentages that add up to 100, largest first, absent left out', () => {
    expect(weightPercentages({ text: 0.62, voice: 0.38, face: 0 })).toEqual([['text', 62], ['voice', 38]]);
    const thirds = weightPercentages({ text: 1 / 3, voice: 1 / 3, face: 1 / 3 });
    expect(thirds.reduce((s, [, p]) => s + p, 0)).toBe(100);
    expect(thirds.map(([m]) => m).sort()).toEqual([...MODALITIES].sort());
  });

  it('lists the top emotions, the voice sentences and a summary naming a rejected modality', () => {
    const text = ok({}, [0.1, 0, 0.2, 0.05, 0.05, 0.6, 0]);
    expect(topEmotions(text)).toEqual(['sadness 60 %', 'fear 20 %', 'anger 10 %']);
    const voice: ModalityOk = { ...ok({}, null), explanation: ['You spoke slowly.'] };
    const x = explainRisk(risk({ text: 0.62, voice: 0.38, face: 0 }, false), { text, voice, face: { status: 'rejected', reason: 'no face was found' } }, { face: 'rejected: no face was found' });
    expect(x.weights).toBe('62 % text, 38 % voice');
    expect(x.topEmotions).toEqual({ text: ['sadness 60 %', 'fear 20 %', 'anger 10 %'] });
    expect(x.voice).toEqual(['You spoke slowly.']);
    expect(x.summary).toContain('Moderate burnout risk (64 % confidence), based mostly on the journal text (62 %), where sadness stood out.');
    expect(x.summary).toContain('The photo was not used: no face was found.');
    expect(x.summary).toContain('caution');
  });
});
