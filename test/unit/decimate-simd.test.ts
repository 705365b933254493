// Decimation on WebAssembly SIMD gives bit for bit the JavaScript loop's values, for any split of the output range,
// when two decimations take turns with the thread's one kernel memory, and for inputs too long to keep that memory.
import { describe, expect, it } from 'vitest';
import { seededNoise } from '../helpers/audio-fixtures.ts';
import { prepareSymmetricDecimation } from '../../src/analysis/voice/decimate-simd.ts';
import { decimateSymmetricInto, symmetricDecimation } from '../../src/analysis/voice/dsp.ts';

/** Noise-like float32 samples (seededNoise, rounded to float32). */
function noise(length: number, seed: number): Float32Array {
  return Float32Array.from(seededNoise(length, seed));
}

function taps(reach: number): Float64Array {
  return Float64Array.from({ length: reach + 1 }, (_, d) => Math.cos(0.7 * d) / (d + 1));
}

function reference(input: Float32Array, factor: number, h: Float64Array): Float32Array {
  const out = new Float32Array(Math.floor(input.length / factor));
  decimateSymmetricInto(out, 0, out.length, input, factor, h);
  return out;
}

/** Positions whose float32 bits differ. */
function differing(a: Float32Array, b: Float32Array): number[] {
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) out.push(i);
  return out;
}

describe('symmetric decimation on WebAssembly SIMD', () => {
  it('runs the interior on WebAssembly (this Node has SIMD) and leaves only the edges to JavaScript', () => {
    const input = noise(48_000, 7);
    let jsOutputs = 0;
    const fill = prepareSymmetricDecimation(input, 3, taps(150), (out, from, to, ...rest) => {
      jsOutputs += to - from;
      decimateSymmetricInto(out, from, to, ...rest);
    });
    const out = new Float32Array(16_000);
    fill(out, 0, out.length);
    expect(jsOutputs).toBeGreaterThan(0);
    expect(jsOutputs).toBeLessThan(120); // 50 outputs at each edge and the last block's remainder
    expect(differing(out, reference(input, 3, taps(150)))).toEqual([]);
  });

  it('equals the JavaScript loop bit for bit for several factors, filter lengths and range splits', () => {
    for (const [factor, reach, length] of [[3, 150, 48_000], [2, 24, 10_007], [4, 48, 20_011], [5, 33, 9_999], [3, 7, 4_000]] as const) {
      const input = noise(length, factor * 1_000 + reach);
      const h = taps(reach);
      const want = reference(input, factor, h);
      for (const slice of [want.length, 1_777, 333, 8]) {
        const got = new Float32Array(want.length);
        const fill = symmetricDecimation(input, factor, h);
        for (let from = 0; from < got.length; from += slice) fill(got, from, Math.min(got.length, from + slice));
        expect(differing(got, want), `factor ${factor}, ${reach} taps a side, slices of ${slice}`).toEqual([]);
      }
    }
  });

  it('gives each of two interleaved decimations its own values (the shared kernel memory is rewritten on a switch)', () => {
    const a = noise(30_000, 1);
    const b = noise(24_000, 2);
    const fa = symmetricDecimation(a, 3, taps(150));
    const fb = symmetricDecimation(b, 2, taps(24));
    const outA = new Float32Array(10_000);
    const outB = new Float32Array(12_000);
    for (let i = 0; i < 4; i++) {
      fa(outA, i * 2_500, (i + 1) * 2_500);
      fb(outB, i * 3_000, (i + 1) * 3_000);
    }
    expect(differing(outA, reference(a, 3, taps(150)))).toEqual([]);
    expect(differing(outB, reference(b, 2, taps(24)))).toEqual([]);
  });

  it('handles an input too long for the kept memory (its own memory) and inputs too short for the kernel', () => {
    const long = noise(1_200_000, 3); // 9.6 MB of float64 phases: above the 8 MB kept between calls
    const h = taps(150);
    const got = new Float32Array(400_000);
    symmetricDecimation(long, 3, h)(got, 0, got.length);
    expect(differing(got, reference(long, 3, h))).toEqual([]);
    for (const length of [0, 1, 10, 400, 1_000]) {
      const short = noise(length, length + 5);
      const out = new Float32Array(Math.floor(length / 3));
      symmetricDecimation(short, 3, h)(out, 0, out.length);
      expect(differing(out, reference(short, 3, h)), `${length} samples`).toEqual([]);
    }
  });
});
