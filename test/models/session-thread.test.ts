// The ONNX Runtime thread (src/analysis/onnx/): a session there gives the same outputs as one in the calling thread,
// moves the buffers it is told to, leaves this thread's event loop free while a model runs (a session here blocks
// it), sends a `first` session's runs ahead, reports load errors and refuses runs after release.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalSession } from '../../src/analysis/onnx/local-session.ts';
import { openRemoteSession, type RemoteSession, type WireTensor } from '../../src/analysis/onnx/session-thread.ts';
import { GraphBuilder, randomWeights, seededRandom } from '../helpers/onnx/graph-builder.ts';
import { tinyAudioOnnx } from '../helpers/onnx/tiny-audio-model.ts';

const options = { executionProviders: ['cpu'], intraOpNumThreads: 1 };
let dir: string;

/** A model slow enough to watch the event loop during a run: 36 chained [256×512]·[512×512] products. */
function slowOnnx(): Uint8Array {
  const g = new GraphBuilder('slow');
  let x = g.input('x', 'float', [256, 512]);
  const w = g.floats('w', [512, 512], randomWeights(seededRandom(3), 512 * 512, 0.04));
  for (let i = 0; i < 36; i++) x = g.node('MatMul', [x, w], {}, i === 35 ? 'y' : undefined);
  g.output('y', 'float', [256, 512]);
  return g.toBytes();
}

function voiceFeed(): Record<string, WireTensor> {
  const data = Float32Array.from({ length: 8000 }, (_, i) => Math.sin(i / 7) * 0.3);
  return { input_values: { type: 'float32', data, dims: [1, data.length] } };
}

/** Event-loop turns (setInterval ticks every 2 ms) that happen while `run` is pending. */
async function ticksDuring(run: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => { ticks += 1; }, 2);
  await new Promise((r) => setTimeout(r, 5));
  ticks = 0;
  await run();
  clearInterval(timer);
  return ticks;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'burnout-session-thread-'));
  writeFileSync(join(dir, 'voice.onnx'), tinyAudioOnnx(5));
  writeFileSync(join(dir, 'slow.onnx'), slowOnnx());
  writeFileSync(join(dir, 'damaged.onnx'), tinyAudioOnnx(5).subarray(0, 40));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ONNX Runtime thread', () => {
  let remote: RemoteSession;
  let local: RemoteSession;
  beforeAll(async () => {
    remote = await openRemoteSession(join(dir, 'voice.onnx'), options);
    local = await openLocalSession(join(dir, 'voice.onnx'), options);
  });
  afterAll(async () => {
    await remote?.release();
    await local?.release();
  });

  it('gives the same logits as a session in this thread', async () => {
    expect(remote.inputNames).toEqual(['input_values']);
    expect(remote.outputNames).toEqual(['logits']);
    const [a, b] = [await remote.run(voiceFeed()), await local.run(voiceFeed())];
    expect(a.logits?.dims).toEqual([1, 4]);
    expect(Array.from(a.logits!.data as Float32Array)).toEqual(Array.from(b.logits!.data as Float32Array));
  });

  it('copies the feeds unless told to move them', async () => {
    const kept = voiceFeed();
    await remote.run(kept);
    expect(kept.input_values!.data.length).toBe(8000);
    const moved = voiceFeed();
    await remote.run(moved, { transfer: true });
    expect(moved.input_values!.data.length).toBe(0);
  });

  it('leaves the event loop free while a model runs (a session in this thread blocks it)', async () => {
    const slowRemote = await openRemoteSession(join(dir, 'slow.onnx'), options);
    const slowLocal = await openLocalSession(join(dir, 'slow.onnx'), options);
    try {
      const x = () => ({ x: { type: 'float32' as const, data: new Float32Array(256 * 512).fill(0.01), dims: [256, 512] } });
      await slowRemote.run(x());
      await slowLocal.run(x());
      const here = await ticksDuring(() => slowLocal.run(x()));
      const there = await ticksDuring(() => slowRemote.run(x()));
      expect(here).toBeLessThanOrEqual(1);
      expect(there).toBeGreaterThanOrEqual(3);
    } finally {
      await slowRemote.release();
      await slowLocal.release();
    }
  });

  it("sends a `first` session's runs ahead of the runs asked in the same turn", async () => {
    const slow = await openRemoteSession(join(dir, 'slow.onnx'), options);
    const quick = await openRemoteSession(join(dir, 'voice.onnx'), options, { first: true });
    try {
      const x = () => ({ x: { type: 'float32' as const, data: new Float32Array(256 * 512).fill(0.01), dims: [256, 512] } });
      const order: string[] = [];
      // The first run goes to the idle thread at once; the next two wait for the end of this turn, `first` ahead.
      await Promise.all([
        slow.run(x()).then(() => order.push('slow 1')),
        slow.run(x()).then(() => order.push('slow 2')),
        quick.run(voiceFeed()).then(() => order.push('quick')),
      ]);
      expect(order).toEqual(['slow 1', 'quick', 'slow 2']);
    } finally {
      await slow.release();
      await quick.release();
    }
  });

  it("rejects a damaged file with ONNX Runtime's message, and runs after release", async () => {
    await expect(openRemoteSession(join(dir, 'damaged.onnx'), options)).rejects.toThrow(/protobuf|parse|load/i);
    const s = await openRemoteSession(join(dir, 'voice.onnx'), options);
    await s.release();
    await expect(s.run(voiceFeed())).rejects.toThrow(/released/);
    // The thread is still there for the other sessions.
    expect((await remote.run(voiceFeed())).logits?.dims).toEqual([1, 4]);
  });
});
