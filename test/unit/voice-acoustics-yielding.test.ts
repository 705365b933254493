// The acoustic features computed in parts with event-loop turns between them: the same features as in one go, and
// other work on the thread (a callback that arrived meanwhile) runs before the computation ends.
import { describe, expect, it } from 'vitest';
import { analyzeAcoustics, analyzeAcousticsYielding } from '../../src/analysis/voice/features.ts';
import { syntheticVoice } from '../helpers/audio-fixtures.ts';

const RATE = 16_000;

describe('analyzeAcousticsYielding', () => {
  it('gives exactly analyzeAcoustics\' features for voiced, silent and short clips', async () => {
    const clips = [syntheticVoice({ f0: 140, seconds: 3 }), syntheticVoice({ f0: 220, seconds: 1 }), new Float32Array(RATE), new Float32Array(100)];
    for (const samples of clips) {
      const audio = { samples, sampleRate: RATE };
      expect(await analyzeAcousticsYielding(audio)).toEqual(analyzeAcoustics(audio));
    }
  });

  it('lets callbacks queued on the thread run between its parts', async () => {
    const audio = { samples: syntheticVoice({ f0: 160, seconds: 3 }), sampleRate: RATE };
    const order: string[] = [];
    const running = analyzeAcousticsYielding(audio).then(() => order.push('features'));
    setImmediate(() => order.push('other work'));
    await running;
    expect(order).toEqual(['other work', 'features']);
  });
});
