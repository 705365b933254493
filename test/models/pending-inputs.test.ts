// A check-in whose media are still decoding (the analysis workers start each modality as soon as its input is there):
// the same result as with decoded inputs, a decoding error fails the check-in with that error, and a rejection nobody
// awaited (the check-in refused before any decode finished) is not reported as unhandled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../../src/assess.ts';
import { loadConfig } from '../../src/config/load.ts';
import { decodeUploads, startDecoding } from '../../src/service/decode-uploads.ts';
import { speechLikeVoice, wavBytes } from '../helpers/audio-fixtures.ts';

const config = loadConfig({ env: { BURNOUT_TEXT_ENGINES: '[lite]', BURNOUT_VOICE_ENGINES: '[]', BURNOUT_FACE_ENGINES: '[human]' } });
let runtime: AssessRuntime;
const raw = { text: 'A long week; I slept badly but the project is done.', audio: wavBytes(speechLikeVoice(48_000, 2), 48_000) };

beforeAll(async () => {
  runtime = await loadAssessRuntime(config);
}, 120_000);
afterAll(() => runtime?.dispose());

describe('inputs still decoding', () => {
  it('give the same assessment as decoded inputs', async () => {
    const decoded = await assessCheckIn(runtime, await decodeUploads(raw, config), { stress: 6 });
    const pending = await assessCheckIn(runtime, startDecoding(raw, config), { stress: 6 });
    expect(pending.modalities.voice.status).toBe('ok');
    expect(pending.modalities).toEqual(withoutLatency(decoded.modalities, pending.modalities));
    expect(pending.risk.level).toBe(decoded.risk.level);
  });

  it('fail the check-in with the decoder\'s error', async () => {
    const broken = { ...raw, image: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]) };
    await expect(assessCheckIn(runtime, startDecoding(broken, config), {})).rejects.toMatchObject({ code: 'MEDIA_UNDECODABLE' });
  });

  it('leave no unhandled rejection when the check-in is refused before decoding ends', async () => {
    const unhandled: unknown[] = [];
    const listener = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', listener);
    try {
      const broken = { text: raw.text, audio: new Uint8Array([82, 73, 70, 70, 1, 2]) };
      await expect(assessCheckIn(runtime, startDecoding(broken, config), { stress: 42 })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});

/** `a` with each modality's latencyMs taken from `b` (timings differ run to run; everything else must not). */
function withoutLatency<T extends Record<string, unknown>>(a: T, b: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    const other = b[k] as { latencyMs?: number } | undefined;
    out[k] = v && typeof v === 'object' && 'latencyMs' in v ? { ...v, latencyMs: other?.latencyMs } : v;
  }
  return out as T;
}
