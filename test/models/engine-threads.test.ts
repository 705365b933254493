// models.engineThreads: each modality's engine loads and runs in a thread of its own and gives the same results as the
// engines in the calling thread; a thread's engine statuses come back, and disposing ends the threads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeInputs, loadEngineSet, type EngineSet } from '../../src/analysis/engine-set.ts';
import { loadConfig } from '../../src/config/load.ts';
import { warmUpInputs } from '../../src/pool/warm-up.ts';

const offline = { BURNOUT_TEXT_ENGINES: 'lite', BURNOUT_VOICE_ENGINES: '[]', BURNOUT_FACE_ENGINES: 'human' };
let inThread: EngineSet;
let threaded: EngineSet;

beforeAll(async () => {
  inThread = await loadEngineSet(loadConfig({ env: offline }));
  threaded = await loadEngineSet(loadConfig({ env: { ...offline, BURNOUT_MODELS_ENGINE_THREADS: 'true' } }));
}, 120_000);
afterAll(async () => {
  await inThread?.dispose();
  await threaded?.dispose();
});

describe('engine threads', () => {
  it('report the same engine statuses', () => {
    expect(threaded.statuses).toEqual(inThread.statuses);
  });

  it('give the same results as the engines in this thread', async () => {
    const inputs = warmUpInputs(loadConfig({ env: offline }))[0]!;
    const [a, b] = [await analyzeInputs(inThread, inputs), await analyzeInputs(threaded, inputs)];
    for (const m of ['text', 'voice', 'face'] as const) {
      expect(b[m].status, m).toBe('ok');
      expect(a[m].status === 'ok' && b[m].status === 'ok' && b[m].emotions).toEqual(a[m].status === 'ok' && a[m].emotions);
    }
  });
});
