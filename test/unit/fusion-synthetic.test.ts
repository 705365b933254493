// The fusion training generator: reproducible from its seed and pool, the level prior, every input combination,
// observations on the analyzers' scales, and priors that move in the documented direction.
import { beforeAll, describe, expect, it } from 'vitest';
import { MODALITIES } from '../../src/analysis/types.ts';
import { EMOTIONS } from '../../src/emotions.ts';
import { createRng } from '../../src/ml/random.ts';
import { generateCheckIns, type SyntheticCheckIn } from '../../src/fusion/synthetic/generate.ts';
import { faceEngineOutput, type FaceEngineParams } from '../../src/fusion/synthetic/observations.ts';
import { GENERATOR_PARAMS } from '../../src/fusion/synthetic/priors.ts';
import { intensityRanks, postExcerpts, type TextPool } from '../../src/fusion/synthetic/text-pool.ts';
import { makeTestPool } from '../helpers/text-pool.ts';

let pool: TextPool;
let a: SyntheticCheckIn[];
beforeAll(async () => {
  pool = (await makeTestPool()).all;
  a = generateCheckIns({ samples: 3000, seed: 11, textPool: pool });
});

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

describe('generateCheckIns', () => {
  it('is reproducible from its seed and differs for another seed', () => {
    expect(generateCheckIns({ samples: 300, seed: 11, textPool: pool })).toEqual(a.slice(0, 300));
    expect(generateCheckIns({ samples: 300, seed: 12, textPool: pool })).not.toEqual(a.slice(0, 300));
  });

  it('draws levels from the prior (half low) and never a check-in without text, voice or photo', () => {
    const share = [0, 1, 2].map((l) => a.filter((s) => s.level === l).length / a.length);
    share.forEach((s, l) => expect(Math.abs(s - (GENERATOR_PARAMS.levelPrior[l] as number))).toBeLessThan(0.03));
    const combos = new Set(a.map((s) => MODALITIES.filter((m) => s.results[m].status === 'ok').join('+')));
    expect(combos.has('')).toBe(false);
    expect(combos.size).toBe(7);
    expect(a.some((s) => Object.keys(s.selfReport).length > 0)).toBe(true);
  });

  it('uses stressed texts for elevated levels and calm ones for low (apart from the uninformative share)', () => {
    const stressedShare = (level: number): number => {
      const t = a.filter((s) => s.level === level && s.results.text.status === 'ok').map((s) => (s.results.text as { features: Record<string, number | null> }).features.stressProbability as number);
      return mean(t);
    };
    expect(stressedShare(1)).toBeGreaterThan(stressedShare(0) + 0.2);
  });

  it('emits observations on the analyzers\' scales', () => {
    for (const s of a) {
      const v = s.results.voice;
      if (v.status === 'ok') {
        expect(v.features.pauseRatio).toBeLessThan(1);
        expect(v.features.pitchStdSemitones).toBeGreaterThanOrEqual(0.5);
        if (v.emotions) expect(Object.values(v.emotions).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
      }
      const f = s.results.face;
      if (f.status === 'ok' && f.features.detectionScore !== null) expect(f.features.detectionScore).toBeGreaterThanOrEqual(0.5);
      for (const k of ['energy', 'stress'] as const) if (s.selfReport[k] !== undefined) expect(s.selfReport[k]).toBeGreaterThanOrEqual(0);
      if (s.selfReport.stress !== undefined) expect(s.selfReport.stress).toBeLessThanOrEqual(10);
    }
  });

  it('moves the priors in the documented direction with the level', () => {
    const at = (level: number, get: (s: SyntheticCheckIn) => number | null | undefined): number =>
      mean(a.filter((s) => s.level === level).map(get).filter((x): x is number => typeof x === 'number'));
    const negFace = (s: SyntheticCheckIn) => (s.results.face.status === 'ok' && s.results.face.emotions ? s.results.face.emotions.sadness + s.results.face.emotions.anger + s.results.face.emotions.fear + s.results.face.emotions.disgust : null);
    const pitchSd = (s: SyntheticCheckIn) => (s.results.voice.status === 'ok' ? s.results.voice.features.pitchStdSemitones : null);
    expect(at(2, negFace)).toBeGreaterThan(at(0, negFace));
    expect(at(2, pitchSd)).toBeLessThan(at(0, pitchSd));
    expect(at(2, (s) => s.selfReport.stress)).toBeGreaterThan(at(0, (s) => s.selfReport.stress) + 2);
    expect(at(2, (s) => s.selfReport.energy)).toBeLessThan(at(0, (s) => s.selfReport.energy) - 2);
  });

  it('gives half of the voice check-ins a baseline: relative voice features, centred for a usual state, slower and flatter when worse than usual', () => {
    const voiced = a.filter((s) => s.results.voice.status === 'ok');
    const withBaseline = voiced.filter((s) => s.relativeVoice !== null);
    expect(Math.abs(withBaseline.length / voiced.length - GENERATOR_PARAMS.baseline.prob)).toBeLessThan(0.05);
    expect(a.filter((s) => s.results.voice.status !== 'ok').every((s) => s.relativeVoice === null)).toBe(true);
    const rel = (level: number, k: 'speechRate' | 'pitchStdSemitones') => mean(withBaseline.filter((s) => s.level === level).map((s) => s.relativeVoice![k] ?? 0));
    expect(rel(2, 'speechRate')).toBeLessThan(rel(0, 'speechRate'));
    expect(rel(2, 'pitchStdSemitones')).toBeLessThan(rel(0, 'pitchStdSemitones'));
    // On average a voice sits near its own usual (half of the people are at their usual level).
    expect(Math.abs(mean(withBaseline.map((s) => s.relativeVoice!.speechRate ?? 0)))).toBeLessThan(0.5);
  });

  it('reads a shown expression like the offline FER engine: right about two times in three, peaked outputs with its co-activations', () => {
    const rng = createRng(3);
    let right = 0;
    const top: number[] = [];
    for (let i = 0; i < 4000; i += 1) {
      const shown = EMOTIONS[i % 7]!;
      const out = faceEngineOutput(rng, shown);
      const best = EMOTIONS.reduce((b, e) => (out[e] > out[b] ? e : b));
      if (best === shown) right += 1;
      top.push(out[best]);
    }
    expect(right / 4000).toBeGreaterThan(0.58);
    expect(right / 4000).toBeLessThan(0.7);
    top.sort((x, y) => x - y);
    expect(top[2000]!).toBeGreaterThan(0.7);
    let sadnessInNeutral = 0;
    for (let i = 0; i < 500; i += 1) sadnessInNeutral += faceEngineOutput(rng, 'neutral', { ...GENERATOR_PARAMS.faceEngine, accuracy: 1 } as FaceEngineParams).sadness / 500;
    expect(sadnessInNeutral).toBeGreaterThan(0.05);
  });

  it('adds embeddings of the requested width only when asked', () => {
    const e = generateCheckIns({ samples: 30, seed: 3, textPool: pool, embeddingDims: { text: 16, voice: 8, face: 4 } });
    const ok = e.flatMap((s) => MODALITIES.flatMap((m) => (s.results[m].status === 'ok' ? [[m, s.results[m]] as const] : [])));
    for (const [m, r] of ok) expect(r.status === 'ok' && r.embedding?.length).toBe({ text: 16, voice: 8, face: 4 }[m]);
    expect(a.every((s) => MODALITIES.every((m) => s.results[m].status !== 'ok' || s.results[m].embedding === undefined))).toBe(true);
  });
});

describe('text pool helpers', () => {
  it('cuts a post into two sentences, one sentence and a short fragment, the same way every time', () => {
    const post = { id: 'p1', text: 'First one here. Second one is longer. Third comes last! And a fourth?' };
    const x = postExcerpts(post);
    expect(x.map((e) => e.variant)).toEqual(['two', 'one', 'fragment']);
    expect(postExcerpts(post)).toEqual(x);
    const frag = x.find((e) => e.variant === 'fragment')!.text.split(' ').length;
    expect(frag).toBeGreaterThanOrEqual(2);
    expect(frag).toBeLessThanOrEqual(5);
  });

  it('ranks intensities in [0, 1] and gives unknown ones 0.5', () => {
    expect(intensityRanks([3, 1, null, 2])).toEqual([1, 0, 0.5, 0.5]);
  });
});
