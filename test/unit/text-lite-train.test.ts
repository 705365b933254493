// Training pieces of the lite text model on tiny generated data: hashing, learning, seeded reproducibility, offset tuning.
import { describe, expect, it } from 'vitest';
import { EMOTIONS, type Emotion } from '../../src/emotions.ts';
import { featurize, modelTokens } from '../../src/analysis/text/lite-features.ts';
import { fitLiteModel } from '../../src/analysis/text/lite-fit.ts';
import { predictText, argmax } from '../../src/analysis/text/lite-model.ts';
import { macroF1AnyLabel, tuneClassBias } from '../../src/analysis/text/lite-tune.ts';

const features = { buckets: 1 << 12, wordNgramMax: 2, charNgramMin: 2, charNgramMax: 4, charWeight: 1 };
const cfg = { epochs: 6, batchSize: 8, learningRate: 0.05, l2: 1e-5, classWeightPower: 0, seed: 7 };
const words: Partial<Record<Emotion, string[]>> = {
  joy: ['happy', 'glad', 'delighted', 'wonderful'],
  sadness: ['sad', 'crying', 'lonely', 'grief'],
  anger: ['furious', 'angry', 'hate', 'rage'],
};

function rows(n: number, seed: number): Array<{ text: string; labels: Emotion[] }> {
  const out: Array<{ text: string; labels: Emotion[] }> = [];
  const keys = Object.keys(words) as Emotion[];
  for (let i = 0; i < n; i++) {
    const e = keys[(i + seed) % keys.length] as Emotion;
    const list = words[e] as string[];
    const multi = i % 10 === 0 ? (keys[(i + seed + 1) % keys.length] as Emotion) : null;
    const extra = multi ? ` and ${(words[multi] as string[])[0]}` : '';
    out.push({ text: `today I felt ${list[(i * 7 + seed) % list.length]} about work${extra}`, labels: multi ? [e, multi] : [e] });
  }
  return out;
}

describe('lite features', () => {
  it('are deterministic, sorted and L2-normalised per block', () => {
    const a = featurize('I am SO tired!', features);
    const b = featurize('i am so tired !', features);
    expect(Array.from(a.idx)).toEqual(Array.from(b.idx));
    expect(Array.from(a.idx)).toEqual([...a.idx].sort((x, y) => x - y));
    const norm2 = a.val.reduce((s, v) => s + v * v, 0);
    expect(norm2).toBeGreaterThan(1); // two blocks of norm 1 that may overlap in buckets
    expect(norm2).toBeLessThan(4.01);
    expect(modelTokens('Wow!! [NAME] 😀')).toEqual(['wow', '!', '!', 'name', '😀']);
  });
});

describe('fitLiteModel', () => {
  it('learns separable emotions, sums to 1, and is identical for the same seed', () => {
    const train = rows(120, 0);
    const dev = rows(30, 1);
    const a = fitLiteModel(train, dev, features, cfg);
    const b = fitLiteModel(train, dev, features, cfg);
    expect(a.devMetrics.macroF1).toBeGreaterThan(0.9);
    expect(a.history).toHaveLength(cfg.epochs);
    expect(Array.from(a.model.weights.w)).toEqual(Array.from(b.model.weights.w));
    const p = predictText(a.model, 'I feel so lonely and sad');
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(EMOTIONS[argmax(p)]).toBe('sadness');
  });
});

describe('tuneClassBias', () => {
  it('raises macro-F1 when logits favour one class', () => {
    // truth alternates 0/1; logits always favour class 0 by 1, but class 1 rows have a smaller gap
    const labels = Array.from({ length: 40 }, (_, i) => [i % 2]);
    const z = labels.map(([t]) => Float32Array.from(t === 0 ? [2, 0.5] : [1.5, 1]));
    const before = macroF1AnyLabel(labels, z.map((v) => argmax(v)), 2);
    const tuned = tuneClassBias(z, labels, 2);
    expect(before).toBeLessThan(0.5);
    expect(tuned.macroF1).toBe(1);
    expect(Math.abs((tuned.bias[0] as number) + (tuned.bias[1] as number))).toBeLessThan(1e-6);
  });
});
