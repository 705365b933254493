// Fusion encoders and explanations: normalisation, missing values, the self-report input, absent/rejected inputs,
// weight percentages, and summaries for unclear levels, weak inputs and safety language.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Modality, type ModalityOk, type ModalityResult } from '../../src/analysis/types.ts';
import { emotionsFromVector } from '../../src/emotions.ts';
import { explainRisk, topEmotions, weightPercentages } from '../../src/fusion/explain.ts';
import { ABSENT_FLAG, BASELINE_FLAG, encodeCheckIn, encoderInputDims, fitEncoder, type EncoderSpec, type FusionObservation } from '../../src/fusion/features.ts';
import { generateCheckIns } from '../../src/fusion/synthetic/generate.ts';
import type { FusionInput, Risk } from '../../src/fusion/types.ts';
import { makeTestPool } from '../helpers/text-pool.ts';

const dims = { text: 768, voice: 768, face: 768 };
const WIDTH = 18;
let enc: EncoderSpec;

beforeAll(async () => {
  const pool = await makeTestPool();
  enc = fitEncoder('profile', generateCheckIns({ samples: 400, seed: 5, textPool: pool.all }), dims);
});

const ok = (features: ModalityOk['features'], emotions: number[] | null): ModalityOk => ({
  status: 'ok', emotions: emotions ? emotionsFromVector(emotions) : null, features, engine: 't', model: 't', latencyMs: 0,
});
const absent = (m: Modality): ModalityResult => ({ status: 'absent', reason: `no ${m} input was given` });
const obs = (r: Partial<Record<Modality, ModalityResult>>, selfReport: FusionObservation['selfReport'] = {}): FusionObservation => ({
  results: { text: r.text ?? absent('text'), voice: r.voice ?? absent('voice'), face: r.face ?? absent('face') },
  selfReport,
});

describe('profile encoder', () => {
  it('has the documented widths: emotions + flag + features per modality (face: negative affect only), 3 values + 3 flags for the self-report', () => {
    expect(encoderInputDims(enc)).toEqual({ text: 13, voice: 18, face: 2, selfReport: 6 });
    expect(enc.inputs.voice.columns.slice(-4)).toEqual(['baselineZ(pitchStdSemitones)', 'baselineZ(speechRate)', 'baselineZ(pauseRatio)', BASELINE_FLAG]);
    expect(enc.inputs.text.columns).toContain('logit(stressProbability)');
    expect(enc.inputs.face.columns).toEqual([ABSENT_FLAG, 'logit(negativeAffect)']);
    expect(enc.inputs.voice.columns).toContain('emotion.anger');
    expect(enc.inputs.voice.columns).not.toContain('loudnessDbfs');
    expect(enc.inputs.selfReport.columns).toEqual(['energy / 10', 'stress / 10', 'work / 24', 'energyMissing', 'stressMissing', 'workMissing']);
  });

  it('normalises with the stored statistics and keeps the flag column unscaled; a sadder face has more negative affect', () => {
    const i = enc.inputs.text.columns.indexOf('negationRate');
    const rate = enc.inputs.text.mean[i]! + 2 * enc.inputs.text.std[i]!;
    const t = encodeCheckIn(enc, obs({ text: ok({ tokenCount: 40, wordCount: 40, negationRate: rate }, [0, 0, 0, 0, 1, 0, 0]) }), WIDTH);
    expect(t.x[i]).toBeCloseTo(2, 4);
    const e = encodeCheckIn(enc, obs({ face: ok({ detectionScore: 0.9 }, [0, 0, 0, 1, 0, 0, 0]) }), WIDTH);
    expect(e.x[2 * WIDTH + enc.inputs.face.columns.indexOf(ABSENT_FLAG)]).toBe(0);
    const sad = encodeCheckIn(enc, obs({ face: ok({ detectionScore: 0.9 }, [0.1, 0, 0.1, 0.1, 0.1, 0.6, 0]) }), WIDTH);
    const neg = enc.inputs.face.columns.indexOf('logit(negativeAffect)');
    expect(sad.x[2 * WIDTH + neg]!).toBeGreaterThan(e.x[2 * WIDTH + neg]!);
    expect(e.mask).toEqual([0, 0, 1, 0]);
    expect(e.unused.selfReport).toBe('no self-report was given');
  });

  it('reads the voice against the baseline when there is one and flags it missing when not', () => {
    const voice = ok({ pitchStdSemitones: 3, speechRate: 4.4, pauseRatio: 0.1, jitterLocal: 0.02, shimmerLocal: 0.1, hnrDb: 11 }, null);
    const cols = enc.inputs.voice.columns;
    const at = (name: string) => WIDTH + cols.indexOf(name);
    const none = encodeCheckIn(enc, obs({ voice }), WIDTH);
    expect(none.x[at(BASELINE_FLAG)]).toBe(1);
    expect(none.x[at('baselineZ(speechRate)')]).toBe(0);
    const slower = encodeCheckIn(enc, { ...obs({ voice }), relativeVoice: { speechRate: -2, pitchStdSemitones: 0, pauseRatio: 0 } }, WIDTH);
    expect(slower.x[at(BASELINE_FLAG)]).toBe(0);
    expect(slower.x[at('baselineZ(speechRate)')]!).toBeLessThan(-0.5);
    // A model trained before the baseline (no relative columns) reads the same voice by column name.
    const old: EncoderSpec = { ...enc, inputs: { ...enc.inputs, voice: { columns: cols.slice(0, -4), mean: enc.inputs.voice.mean.slice(0, -4), std: enc.inputs.voice.std.slice(0, -4) } } };
    const before = encodeCheckIn(old, obs({ voice }), WIDTH);
    expect(Array.from(before.x.subarray(WIDTH, WIDTH + cols.length - 4))).toEqual(Array.from(none.x.subarray(WIDTH, WIDTH + cols.length - 4)));
  });

  it('encodes a partial self-report with missing flags, and a higher stress as a higher value', () => {
    const lo = encodeCheckIn(enc, obs({ text: ok({ tokenCount: 10 }, [0, 0, 0, 0, 1, 0, 0]) }, { stress: 2 }), WIDTH);
    const hi = encodeCheckIn(enc, obs({ text: ok({ tokenCount: 10 }, [0, 0, 0, 0, 1, 0, 0]) }, { stress: 9 }), WIDTH);
    expect(lo.mask).toEqual([1, 0, 0, 1]);
    const row = 3 * WIDTH;
    expect(hi.x[row + 1]!).toBeGreaterThan(lo.x[row + 1]!);
    expect([lo.x[row], lo.x[row + 3], lo.x[row + 4], lo.x[row + 5]]).toEqual([0, 1, 0, 1]);
  });

  it('turns a missing feature into the mean (0) and absent emotions into 0 with the flag set', () => {
    const features = { tokenCount: null, firstPersonRate: 0.05, absolutistRate: null, negationRate: 0.02, stressProbability: null };
    const e = encodeCheckIn(enc, obs({ text: ok(features, null) }), WIDTH);
    const cols = enc.inputs.text.columns;
    expect(e.x[cols.indexOf('log1p(tokenCount)')]).toBe(0);
    expect(e.x[cols.indexOf('logit(stressProbability)')]).toBe(0);
    for (let k = 0; k < 7; k += 1) expect(e.x[k]).toBe(0);
    expect(e.x[cols.indexOf(ABSENT_FLAG)]).toBe(1);
    expect(Array.from(e.x).every(Number.isFinite)).toBe(true);
  });

  it('leaves a weak input out when a stronger one is given, and keeps it when it is alone', () => {
    const acoustic = ok({ pitchStdSemitones: 2, speechRate: 4 }, null);
    const text = ok({ tokenCount: 30, wordCount: 30, stressProbability: 0.8 }, [0.1, 0, 0.1, 0.1, 0.4, 0.3, 0]);
    const both = encodeCheckIn(enc, obs({ text, voice: acoustic }), WIDTH);
    expect(both.mask).toEqual([1, 0, 0, 0]);
    expect(both.weakLeftOut).toEqual(['voice']);
    expect(both.unused.voice).toBe('left out: acoustic features only, no emotion estimate, and stronger inputs were given');
    expect(Array.from(both.x.subarray(WIDTH, 2 * WIDTH)).every((v) => v === 0)).toBe(true);
    const alone = encodeCheckIn(enc, obs({ voice: acoustic }), WIDTH);
    expect(alone.mask).toEqual([0, 1, 0, 0]);
    expect(alone.weakLeftOut).toEqual([]);
    const withReport = encodeCheckIn(enc, obs({ text: ok({ wordCount: 1 }, [0, 0, 0, 1, 0, 0, 0]) }, { stress: 8 }), WIDTH);
    expect(withReport.mask).toEqual([0, 0, 0, 1]);
    expect(withReport.weakLeftOut).toEqual(['text']);
  });

  it('masks rejected modalities and says why; the embedding representation needs embeddings', async () => {
    const rejected: ModalityResult = { status: 'rejected', reason: 'no face was found' };
    const e = encodeCheckIn(enc, obs({ text: ok({}, [0, 0, 0, 0, 1, 0, 0]), face: rejected }), WIDTH);
    expect(e.mask).toEqual([1, 0, 0, 0]);
    expect(e.unused.face).toBe('rejected: no face was found');
    expect(Array.from(e.x.subarray(2 * WIDTH, 3 * WIDTH)).every((v) => v === 0)).toBe(true);
    const pool = await makeTestPool();
    const small = { text: 4, voice: 4, face: 4 };
    const embed = fitEncoder('embedding', generateCheckIns({ samples: 30, seed: 2, textPool: pool.all, embeddingDims: small }), small);
    const u = encodeCheckIn(embed, obs({ text: ok({}, [0, 0, 0, 0, 1, 0, 0]) }), 6);
    expect(u.mask).toEqual([0, 0, 0, 0]);
    expect(u.unused.text).toMatch(/gives no embedding/);
  });
});

describe('explanation', () => {
  const risk = (weights: Partial<Record<FusionInput, number>>, extra: Partial<Risk> = {}): Risk => ({
    level: 'moderate', probabilities: { low: 0.2, moderate: 0.64, high: 0.16 }, confidence: 0.64, uncertainty: 0.1, reliable: true,
    modalityWeights: { text: 0, voice: 0, face: 0, selfReport: 0, ...weights }, ...extra,
  });
  const text = ok({ stressProbability: 0.81 }, [0.1, 0, 0.2, 0.05, 0.05, 0.6, 0]);

  it('rounds weights to whole percentages that add up to 100, largest first, absent left out', () => {
    expect(weightPercentages({ text: 0.62, voice: 0.38, face: 0, selfReport: 0 })).toEqual([['text', 62], ['voice', 38]]);
    const quarters = weightPercentages({ text: 1 / 3, voice: 1 / 3, face: 1 / 6, selfReport: 1 / 6 });
    expect(quarters.reduce((s, [, p]) => s + p, 0)).toBe(100);
  });

  it('lists the top emotions, names a rejected modality and the stress language of the lead text', () => {
    expect(topEmotions(text)).toEqual(['sadness 60 %', 'fear 20 %', 'anger 10 %']);
    const x = explainRisk(risk({ text: 0.55, selfReport: 0.45 }, { reliable: false }), { text, voice: absent('voice'), face: { status: 'rejected', reason: 'no face was found' } }, { unused: { face: 'rejected: no face was found' } });
    expect(x.weights).toBe('55 % text, 45 % self-report');
    expect(x.summary).toContain('Moderate burnout risk (64 % confidence), based mostly on the journal text (55 %), whose wording reads as stressed (81 % stress language).');
    expect(x.summary).toContain('The photo was not used: no face was found.');
    expect(x.summary).toContain('caution');
  });

  it('never says the estimate rests on an acoustic-only voice, and says that it counts little', () => {
    const voice: ModalityOk = { ...ok({}, null), explanation: ['You spoke slowly.'] };
    const x = explainRisk(risk({ voice: 0.6, selfReport: 0.4 }), { text: absent('text'), voice, face: absent('face') }, { weak: { voice: 'acoustic features only, no emotion estimate' } });
    expect(x.summary).toMatch(/based mostly on your self-report \(40 %\)/);
    expect(x.summary).not.toMatch(/based mostly on the voice/);
    expect(x.summary).toContain('The voice recording counts little: acoustic features only, no emotion estimate.');
    expect(x.voice).toEqual(['You spoke slowly.']);
  });

  it('names two inputs when the lead text points the other way than the level', () => {
    const x = explainRisk(risk({ text: 0.54, selfReport: 0.46 }, { level: 'low', probabilities: { low: 0.64, moderate: 0.31, high: 0.05 }, confidence: 0.64 }), { text, voice: absent('voice'), face: absent('face') });
    expect(x.summary).toContain('Low burnout risk (64 % confidence), based on the journal text (54 %) and your self-report (46 %).');
    expect(x.summary).toContain("The journal text's wording reads as stressed (81 % stress language), but the other inputs outweigh it.");
  });

  it('explains an unclear level with its reason and the most likely level, and leads with help for safety language', () => {
    const x = explainRisk(risk({ text: 1 }, { level: 'unclear', reliable: false, unclearReason: 'no level is likely enough (the most likely, Moderate, has 44 %)' }), { text, voice: absent('voice'), face: absent('face') }, { safetyLanguage: true });
    expect(x.summary).toMatch(/^Your journal mentions thoughts of suicide or self-harm/);
    expect(x.summary).toContain('Unclear: not enough evidence for an estimate — no level is likely enough');
    expect(x.summary).toContain('The most likely level would be Moderate (64 %)');
  });
});
