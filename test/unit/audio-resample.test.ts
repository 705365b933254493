// The resampler keeps the speech band and removes what would alias above the new Nyquist frequency.
import { describe, expect, it } from 'vitest';
import { resample, resampleYielding } from '../../src/media/audio/resample.ts';
import { tone } from '../helpers/audio-fixtures.ts';

function rms(x: Float32Array, edge = 300): number {
  let s = 0;
  for (let i = edge; i < x.length - edge; i++) s += (x[i] as number) ** 2;
  return Math.sqrt(s / (x.length - 2 * edge));
}

describe('resample', () => {
  it('passes 100 Hz – 7 kHz with unit gain when going 48 kHz → 16 kHz', () => {
    for (const hz of [100, 1000, 3000, 7000]) {
      const out = resample(tone(hz, 1, 48_000, 0.5), 48_000, 16_000);
      expect(out.length).toBe(16_000);
      expect(rms(out) / (0.5 / Math.SQRT2), `${hz} Hz`).toBeCloseTo(1, 2);
    }
  });

  it('attenuates content above 8 kHz by at least 60 dB instead of folding it back', () => {
    for (const [from, hz] of [[48_000, 9_000], [48_000, 12_000], [48_000, 20_000], [44_100, 10_000], [22_050, 8_500]] as const) {
      const input = tone(hz, 1, from, 0.5);
      const out = resample(input, from, 16_000);
      const attenuationDb = 20 * Math.log10(rms(out) / rms(input));
      expect(attenuationDb, `${hz} Hz from ${from} Hz`).toBeLessThan(-60);
    }
  });

  it('keeps the frequency of a tone (zero crossings) for awkward ratios, and upsamples', () => {
    for (const from of [44_100, 22_050, 11_025, 8_000, 47_999]) {
      const out = resample(tone(440, 1, from, 0.5), from, 16_000);
      let crossings = 0;
      for (let i = 1; i < out.length; i++) if ((out[i - 1] as number) < 0 && (out[i] as number) >= 0) crossings += 1;
      expect(Math.abs(crossings - 440), `${from} Hz`).toBeLessThanOrEqual(1);
    }
  });

  it('returns the input unchanged when the rates match and rejects impossible rates', () => {
    const x = tone(200, 0.1);
    expect(resample(x, 16_000, 16_000)).toBe(x);
    expect(() => resample(x, 0, 16_000)).toThrow(RangeError);
  });
});

describe('resampleYielding', () => {
  it('gives resample’s values bit for bit, in any number of slices, for integer and fractional ratios', async () => {
    const input = Float32Array.from({ length: 48_007 }, (_, i) => 0.4 * Math.sin(i / 9) + 0.2 * Math.sin(i / 2.1) + ((i * 7919) % 101) / 1000);
    for (const [from, to] of [[48_000, 16_000], [44_100, 16_000], [8_000, 16_000], [96_000, 16_000]] as const) {
      const whole = resample(input, from, to);
      for (const slices of [1, 3, 4, 7]) {
        const sliced = await resampleYielding(input, from, to, slices);
        expect(sliced.length).toBe(whole.length);
        expect(sliced.every((v, i) => Object.is(v, whole[i])), `${from} → ${to} in ${slices}`).toBe(true);
      }
    }
    expect(await resampleYielding(input, 16_000, 16_000)).toBe(input);
  });

  it('lets the event loop run between its slices', async () => {
    const input = tone(440, 2, 48_000, 0.5);
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    await resampleYielding(input, 48_000, 16_000, 4).then(() => order.push('resampled'));
    expect(order).toEqual(['other work', 'resampled']);
  });
});
