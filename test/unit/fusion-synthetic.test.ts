// The synthetic check-in generator: reproducible from its seed, all modality combinations, analyzer-like scales.
import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../../src/analysis/types.ts';
import { generateCheckIns } from '../../src/fusion/synthetic.ts';

describe('generateCheckIns', () => {
  const a = generateCheckIns({ samples: 1200, seed: 11 });

  it('is reproducible from its seed and differs for another seed', () => {
    expect(generateCheckIns({ samples: 1200, seed: 11 })).toEqual(a);
    expect(generateCheckIns({ samples: 1200, seed: 12 })).not.toEqual(a);
  });

  it('balances the levels and keeps the level consistent with the severity', () => {
    const counts = [0, 0, 0];
    for (const s of a) {
      counts[s.level]! += 1;
      expect(Math.floor(s.severity * 3)).toBe(s.level);
    }
    expect(counts).toEqual([400, 400, 400]);
  });

  it('produces every one of the 7 non-empty modality combinations and never an empty one', () => {
    const combos = new Set(a.map((s) => MODALITIES.filter((m) => s.results[m].status === 'ok').join('+')));
    expect(combos.has('')).toBe(false);
    expect(combos.size).toBe(7);
  });

  it('emits features on the analyzers\' scales', () => {
    for (const s of a) {
      const t = s.results.text;
      if (t.status === 'ok') {
        for (const k of ['firstPersonRate', 'absolutistRate', 'negationRate']) expect(t.features[k]).toBeGreaterThanOrEqual(0);
        for (const k of ['firstPersonRate', 'absolutistRate', 'negationRate']) expect(t.features[k]).toBeLessThanOrEqual(1);
        expect(t.features.tokenCount).toBeGreaterThanOrEqual(1);
      }
      const v = s.results.voice;
      if (v.status === 'ok') {
        expect(v.features.loudnessDbfs).toBeGreaterThanOrEqual(-60);
        expect(v.features.loudnessDbfs).toBeLessThanOrEqual(-8);
        expect(v.features.pauseRatio).toBeLessThan(1);
        if (v.features.pitchStdSemitones !== null) expect(v.features.pitchStdSemitones).toBeGreaterThanOrEqual(0.5);
        if (v.emotions) expect(Object.values(v.emotions).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
      }
      const f = s.results.face;
      if (f.status === 'ok' && f.features.detectionScore !== null) expect(f.features.detectionScore).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('moves the priors in the documented direction with severity', () => {
    const mean = (level: number, get: (s: (typeof a)[number]) => number | null | undefined): number => {
      const v = a.filter((s) => s.level === level).map(get).filter((x): x is number => typeof x === 'number');
      return v.reduce((x, y) => x + y, 0) / v.length;
    };
    const sadness = (s: (typeof a)[number]) => (s.results.text.status === 'ok' ? s.results.text.emotions?.sadness : null);
    const pitchSd = (s: (typeof a)[number]) => (s.results.voice.status === 'ok' ? s.results.voice.features.pitchStdSemitones : null);
    expect(mean(2, sadness)).toBeGreaterThan(mean(0, sadness));
    expect(mean(2, pitchSd)).toBeLessThan(mean(0, pitchSd));
  });

  it('adds embeddings of the requested width only when asked', () => {
    const e = generateCheckIns({ samples: 30, seed: 3, embeddingDims: { text: 16, voice: 8, face: 4 } });
    const ok = e.flatMap((s) => MODALITIES.flatMap((m) => (s.results[m].status === 'ok' ? [[m, s.results[m]] as const] : [])));
    for (const [m, r] of ok) expect(r.status === 'ok' && r.embedding?.length).toBe({ text: 16, voice: 8, face: 4 }[m]);
    expect(a.every((s) => MODALITIES.every((m) => s.results[m].status !== 'ok' || s.results[m].embedding === undefined))).toBe(true);
  });
});
