// Personal baseline: appears after N analysed inputs over at least 3 days in the reference window, never from the most
// recent days (a worsening person is compared with how they were before), median/MAD robust to one odd day, robust z
// with a least spread, the sentences ("quieter and slower than usual"), and the relative voice the fusion reads.
import { describe, expect, it } from 'vitest';
import type { ModalityResult } from '../../src/analysis/types.ts';
import { compareToBaseline, relativeVoice } from '../../src/baseline/compare.ts';
import { baselineAsOf, referenceWindow, type BaselineSource } from '../../src/baseline/reference.ts';
import { mad, median, robustZ } from '../../src/baseline/robust.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1, 18);
const absent = { status: 'absent', reason: 'x' } as const;
/** A voice check-in on day `d` (and an hour `h`) with loudness `db` and speech rate `rate`. */
function voice(d: number, db: number, rate: number, h = 0): BaselineSource {
  const ok: ModalityResult = {
    status: 'ok', emotions: null, engine: 'acoustic', model: 'm', latencyMs: 1,
    features: { loudnessDbfs: db, pitchMeanHz: 200, pitchStdSemitones: 3, speechRate: rate, pauseRatio: 0.1, spectralCentroidHz: 1500, spectralFlux: 0.2 },
  };
  return { at: new Date(T0 + d * DAY + h * 3_600_000).toISOString(), modalities: { text: absent, voice: ok, face: absent } };
}
const settings = { minCheckIns: 5, minDays: 3, lagDays: 7, windowDays: 90, timeZone: 'UTC' };
const at = (d: number) => new Date(T0 + d * DAY).toISOString();

describe('robust statistics', () => {
  it('median, MAD and a robust z with a least spread', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
    expect(robustZ(10, { median: 4, mad: 2 }, 0.1)).toBeCloseTo(6 / (1.4826 * 2), 12);
    expect(robustZ(10, { median: 4, mad: 0 }, 1.5)).toBe(4);
    expect(robustZ(1000, { median: 4, mad: 0 }, 1)).toBe(10);
  });
});

describe('reference window', () => {
  it('ends lagDays before the check-in\'s day and reaches back windowDays', () => {
    expect(referenceWindow('2026-10-20T12:00:00Z', settings)).toEqual({ fromDay: '2026-07-22', toDay: '2026-10-12' });
  });

  it('exists after 5 check-ins over 3 days in the window, not with 4, not on 2 days', () => {
    const history = [voice(0, -30, 4.5), voice(0, -31, 4.4, 1), voice(1, -29, 4.6), voice(2, -30, 4.5), voice(2, -30, 4.5, 1)];
    expect(baselineAsOf(history.slice(0, 4), at(20), settings)).toBeNull();
    const b = baselineAsOf(history, at(20), settings);
    expect(b?.modalities.voice).toMatchObject({ checkIns: 5, days: 3, firstDay: '2026-10-01', lastDay: '2026-10-03' });
    expect(b?.modalities.voice?.features.loudnessDbfs?.median).toBe(-30);
    expect(b?.modalities.text).toBeUndefined();
    const twoDays = [voice(0, -30, 4.5), voice(0, -30, 4.5, 1), voice(0, -30, 4.5, 2), voice(1, -30, 4.5), voice(1, -30, 4.5, 1)];
    expect(baselineAsOf(twoDays, at(20), settings)).toBeNull();
  });

  it('leaves the most recent lagDays out: a worsening week does not become the usual', () => {
    const usual = [0, 1, 2, 3, 4, 5].map((d) => voice(d, -30, 4.5));
    const worse = [13, 14, 15, 16, 17, 18, 19].map((d) => voice(d, -42, 3.2));
    const b = baselineAsOf([...usual, ...worse], at(20), settings)!;
    expect(b.modalities.voice?.features.loudnessDbfs?.median).toBe(-30);
    expect(b.modalities.voice?.checkIns).toBe(6);
    // Without the lag, the worse week would be the majority of the reference and the median would follow it.
    const noLag = baselineAsOf([...usual, ...worse], at(20), { ...settings, lagDays: 0 })!;
    expect(noLag.modalities.voice?.features.loudnessDbfs?.median).toBe(-42);
  });

  it('one odd day inside the window does not move the median', () => {
    const history = [voice(0, -30, 4.5), voice(1, -31, 4.5), voice(2, -29, 4.5), voice(3, -30, 4.5), voice(4, -5, 9)];
    expect(baselineAsOf(history, at(20), settings)?.modalities.voice?.features.loudnessDbfs?.median).toBe(-30);
  });
});

describe('comparison', () => {
  const history = [voice(0, -30, 4.5), voice(1, -31, 4.6), voice(2, -29, 4.4), voice(3, -30, 4.5), voice(4, -30.5, 4.5)];
  const b = baselineAsOf(history, at(20), settings)!;

  it('gives robust z per feature and says "quieter and slower than usual" only past sayAboveZ', () => {
    const now = voice(20, -40, 3.5).modalities;
    const c = compareToBaseline(b, now, 1.5)!;
    expect(c.modalities.voice?.features.loudnessDbfs?.z).toBeLessThan(-1.5);
    expect(c.modalities.voice?.features.speechRate?.z).toBeLessThan(-1.5);
    expect(c.modalities.voice?.features.pitchStdSemitones?.z).toBe(0);
    expect(c.sentences).toEqual(['Compared with your usual voice (5 recordings, 2026-10-01 to 2026-10-05): your voice was quieter and slower than usual.']);
    expect(relativeVoice(c)).toEqual({ pitchStdSemitones: 0, speechRate: c.modalities.voice!.features.speechRate!.z, pauseRatio: 0 });
    const same = compareToBaseline(b, voice(20, -30, 4.5).modalities, 1.5)!;
    expect(same.sentences).toEqual([]);
  });

  it('is null for a check-in without a modality that has a baseline', () => {
    expect(compareToBaseline(b, { text: absent, voice: absent, face: absent }, 1.5)).toBeNull();
    expect(relativeVoice(null)).toBeNull();
  });
});
