// Long recordings reach the speech-emotion model in equal windows of at most voice.modelWindowSec, averaged by length.
// (The analyzer with a tiny ONNX speech-emotion model on a long recording: test/models/voice-transformers.test.ts.)
import { describe, expect, it } from 'vitest';
import { analyzeInWindows, windowBounds } from '../../src/analysis/voice/model-windows.ts';
import type { AudioInput, Engine, ModalityOk, ModalityResult } from '../../src/analysis/types.ts';
import { loadConfig } from '../../src/config/load.ts';

const RATE = 16_000;

function ok(r: ModalityResult): ModalityOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}: ${r.reason}`);
  return r;
}

describe('window bounds', () => {
  it('cuts into the fewest equal windows that fit, contiguous and covering every sample', () => {
    expect(windowBounds(20 * RATE, 20 * RATE)).toEqual([{ start: 0, end: 20 * RATE }]);
    expect(windowBounds(5, 20)).toEqual([{ start: 0, end: 5 }]);
    const w = windowBounds(118 * RATE + 7, 20 * RATE);
    expect(w).toHaveLength(6);
    expect(w[0]!.start).toBe(0);
    expect(w.at(-1)!.end).toBe(118 * RATE + 7);
    for (let k = 1; k < w.length; k++) expect(w[k]!.start).toBe(w[k - 1]!.end);
    const lengths = w.map((x) => x.end - x.start);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(20 * RATE);
    expect(windowBounds(20 * RATE + 1, 20 * RATE)).toHaveLength(2);
  });
});

describe('analyzeInWindows', () => {
  it('averages the windows\' embeddings by length too, and passes on the first window that is not analysed', async () => {
    // An engine whose embedding is [window length in s, its first sample], refusing a window that starts with −1.
    const seen: number[] = [];
    const engine: Engine<AudioInput> = {
      name: 'probe', model: 'probe',
      async analyze(a) {
        seen.push(a.samples.length);
        if (a.samples[0] === -1) return { status: 'rejected', reason: 'window 3 refused' };
        return { status: 'ok', emotions: null, features: {}, embedding: [a.samples.length / RATE, a.samples[0] as number], engine: 'probe', model: 'probe', latencyMs: 1 };
      },
      async dispose() {},
    };
    const samples = new Float32Array(4 * RATE).map((_, i) => Math.floor(i / RATE));
    const r = ok(await analyzeInWindows(engine, { samples, sampleRate: RATE }, 2));
    expect(seen).toEqual([2 * RATE, 2 * RATE]);
    expect(r.embedding).toEqual([2, 1]); // windows start at samples 0 and 2 s: first samples 0 and 2, mean 1
    expect(r.emotions).toBeNull();
    expect(r.latencyMs).toBe(2);
    seen.length = 0;
    samples[2 * RATE] = -1; // the first sample of the third 1 s window
    expect(await analyzeInWindows(engine, { samples, sampleRate: RATE }, 1)).toEqual({ status: 'rejected', reason: 'window 3 refused' });
    expect(seen).toHaveLength(3);
  });

  it('refuses a window longer than two minutes or shorter than two seconds in the config', () => {
    expect(() => loadConfig({ env: { BURNOUT_VOICE_MODEL_WINDOW_SEC: '1' } })).toThrow(/voice\.modelWindowSec/);
    expect(() => loadConfig({ env: { BURNOUT_VOICE_MODEL_WINDOW_SEC: '600' } })).toThrow(/voice\.modelWindowSec/);
  });
});
