// ONNX Runtime session options: models.ortThreads intra-op threads (0 = one per core), one thread for a small model
// whatever the setting, and no spinning unless models.ortSpinning.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { sessionOptions } from '../../src/analysis/onnx/open-session.ts';
import { loadConfig } from '../../src/config/load.ts';

const config = (env: Record<string, string> = {}) => loadConfig({ env });

describe('sessionOptions', () => {
  it('uses one intra-op thread per core by default and models.ortThreads when set', () => {
    expect(sessionOptions(config())).toMatchObject({ executionProviders: ['cpu'], intraOpNumThreads: availableParallelism() });
    expect(sessionOptions(config({ BURNOUT_MODELS_ORT_THREADS: '3' }))).toMatchObject({ intraOpNumThreads: 3 });
  });

  it('gives a small model (BlazeFace, the fusion net) one thread whatever models.ortThreads says', () => {
    expect(sessionOptions(config(), 1)).toMatchObject({ intraOpNumThreads: 1 });
    expect(sessionOptions(config({ BURNOUT_MODELS_ORT_THREADS: '4' }), 1)).toMatchObject({ intraOpNumThreads: 1 });
  });

  it('turns spinning off unless models.ortSpinning is on', () => {
    expect(sessionOptions(config())).toMatchObject({ extra: { session: { intra_op: { allow_spinning: '0' } } } });
    expect(sessionOptions(config({ BURNOUT_MODELS_ORT_SPINNING: 'true' }))).not.toHaveProperty('extra');
  });
});
