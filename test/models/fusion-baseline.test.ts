// The committed fusion model reads the voice against the person's baseline: the same clip against a usual that was much
// livelier and faster (now slower, flatter, more pauses) gets another estimate than against a usual it matches, and the
// explanation says how it differs; without a baseline the result has none. (Which way the estimate moves is what the
// generator taught it — docs/fusion-priors.md, "Personal baseline" — not asserted here.) The voice is given alone: an
// acoustic-only voice beside a text is left out of the estimate (docs/fusion.md), baseline or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModalityOk } from '../../src/analysis/types.ts';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../../src/assess.ts';
import { BASELINE_FEATURES } from '../../src/baseline/features.ts';
import type { Baseline } from '../../src/baseline/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { speechLikeVoice } from '../helpers/audio-fixtures.ts';

let runtime: AssessRuntime;
const voice = { samples: speechLikeVoice(16_000, 6, 3), sampleRate: 16_000 };

beforeAll(async () => {
  runtime = await loadAssessRuntime(loadConfig({ env: { BURNOUT_TEXT_ENGINES: '[lite]', BURNOUT_VOICE_ENGINES: '[]' } }), { modalities: ['text', 'voice'] });
});
afterAll(async () => runtime?.dispose());

/** A voice baseline whose medians are the clip's own values moved by `shift` (per feature), with small spreads. */
function baselineAround(ok: ModalityOk, shift: Record<string, number>): Baseline {
  const features = Object.fromEntries(BASELINE_FEATURES.voice.flatMap((f) => {
    const v = f.read(ok);
    return v === null ? [] : [[f.name, { median: v + (shift[f.name] ?? 0), mad: f.minScale, n: 10 }]];
  }));
  return { asOf: '', window: { fromDay: '2026-10-01', toDay: '2026-10-20' }, modalities: { voice: { checkIns: 10, days: 8, firstDay: '2026-10-01', lastDay: '2026-10-20', features } } };
}

describe('fusion with a personal baseline', () => {
  it('reads the voice against the usual when it is slower, flatter and pausing more than usual, and says so', async () => {
    const none = await assessCheckIn(runtime, { voice }, {});
    expect(none.baseline).toBeUndefined();
    expect(none.explanation.baseline).toBeUndefined();
    const ok = none.modalities.voice as ModalityOk;
    expect(ok.status).toBe('ok');
    const same = await assessCheckIn(runtime, { voice }, {}, { baseline: baselineAround(ok, {}) });
    const livelierBefore = await assessCheckIn(runtime, { voice }, {}, {
      baseline: baselineAround(ok, { speechRate: 1.5, pitchStdSemitones: 1.5, pauseRatio: -0.15 }),
    });
    const elevated = (r: typeof none) => r.risk.probabilities.moderate + r.risk.probabilities.high;
    expect(Math.abs(elevated(livelierBefore) - elevated(same))).toBeGreaterThan(0.005);
    expect(Math.abs(elevated(same) - elevated(none))).toBeGreaterThan(0.005);
    expect(livelierBefore.baseline?.modalities.voice?.features.speechRate?.z).toBeLessThan(-1.5);
    expect(livelierBefore.explanation.baseline?.[0]).toMatch(/^Compared with your usual voice \(10 recordings, 2026-10-01 to 2026-10-20\): your voice was .*slower.* than usual/);
    expect(same.explanation.baseline).toBeUndefined();
    expect(same.baseline?.sentences).toEqual([]);
  });
});
