// Lagged products on WebAssembly SIMD give bit for bit the JavaScript loop's values: for lag counts that are and are not
// multiples of four, longer than the kernel's output area, when two signals take turns with the thread's one kernel
// memory, and (on JavaScript alone) for signals too short to copy.
import { describe, expect, it } from 'vitest';
import { seededNoise } from '../helpers/audio-fixtures.ts';
import { laggedProducts, laggedProductsOn } from '../../src/analysis/voice/dsp.ts';
import { prepareLaggedProducts } from '../../src/analysis/voice/lagged-simd.ts';

const noise = (length: number, seed: number): Float64Array => seededNoise(length, seed, 29);

function reference(x: Float64Array, a: number, b: number, w: number, count: number): Float64Array {
  const out = new Float64Array(count);
  laggedProducts(x, a, b, w, count, out);
  return out;
}

/** Lags whose float64 bits differ. */
function differing(p: Float64Array, q: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.length; i++) if (!Object.is(p[i], q[i])) out.push(i);
  return out;
}

/**
 * One call of laggedProducts over x through prepareLaggedProducts: how many lags its JavaScript part computed, and the
 * lags whose bits differ from the JavaScript loop's.
 */
function countedCall(x: Float64Array, a: number, b: number, w: number, count: number): { jsLags: number; differ: number[] } {
  let jsLags = 0;
  const products = prepareLaggedProducts(x, (...args) => {
    jsLags += args[4];
    laggedProducts(...args);
  });
  const out = new Float64Array(count);
  products(a, b, w, count, out);
  return { jsLags, differ: differing(out, reference(x, a, b, w, count)) };
}

const CASES = [
  [0, 1, 200, 4], [100, 117, 200, 17], [5_000, 5_016, 213, 23], [30, 30, 1, 8], [2_000, 2_010, 64, 3],
  [0, 0, 500, 600], [39_000, 39_100, 300, 9],
] as const;

describe('lagged products on WebAssembly SIMD', () => {
  it('computes whole blocks of four lags on WebAssembly (this Node has SIMD) and the rest on JavaScript', () => {
    expect(countedCall(noise(40_000, 3), 1_000, 1_020, 200, 23)).toEqual({ jsLags: 3, differ: [] });
  });

  it('equals the JavaScript loop bit for bit, whatever the lag count, window and offsets', () => {
    const x = noise(40_000, 11);
    const products = laggedProductsOn(x);
    for (const [a, b, w, count] of CASES) {
      const out = new Float64Array(count);
      products(a, b, w, count, out);
      expect(differing(out, reference(x, a, b, w, count)), `a ${a}, b ${b}, w ${w}, count ${count}`).toEqual([]);
    }
  });

  it('two prepared signals taking turns each get their own values', () => {
    const x = noise(20_000, 5);
    const y = noise(30_000, 9);
    const px = laggedProductsOn(x);
    const py = laggedProductsOn(y);
    for (let round = 0; round < 3; round++) {
      for (const [signal, products] of [[x, px], [y, py]] as const) {
        const out = new Float64Array(12);
        products(700 + round, 760, 250, 12, out);
        expect(differing(out, reference(signal, 700 + round, 760, 250, 12))).toEqual([]);
      }
    }
  });

  it('a short signal stays on JavaScript with the same values', () => {
    expect(countedCall(noise(600, 13), 10, 40, 100, 16)).toEqual({ jsLags: 16, differ: [] });
  });
});
