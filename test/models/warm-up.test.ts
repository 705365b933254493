// The start-up warm-up reaches every engine: its first check-in is accepted by all three modalities (the voice as
// speech, the face image as a crop, so the facial-emotion net runs) and its second runs the face detector; the decoding
// warm-up runs without throwing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../../src/assess.ts';
import { loadConfig } from '../../src/config/load.ts';
import { warmUp, warmUpDecoding, warmUpInputs } from '../../src/pool/warm-up.ts';

let runtime: AssessRuntime;

beforeAll(async () => {
  const config = loadConfig({ env: { BURNOUT_TEXT_ENGINES: 'lite', BURNOUT_VOICE_ENGINES: '[]', BURNOUT_FACE_ENGINES: 'human' } });
  runtime = await loadAssessRuntime(config);
});
afterAll(async () => runtime?.dispose());

describe('warm-up', () => {
  it('runs text, voice and the facial-emotion net in its first check-in', async () => {
    const [all] = warmUpInputs(runtime.config);
    const r = await assessCheckIn(runtime, all!, {});
    expect(r.modalities.text.status).toBe('ok');
    expect(r.modalities.voice.status).toBe('ok');
    expect(r.modalities.face.status).toBe('ok');
    expect(r.modalities.face.status === 'ok' && r.modalities.face.features?.cropInput).toBe(1);
  });

  it('runs the detector on a face-less photo (rejected) and never throws', async () => {
    const [, photo] = warmUpInputs(runtime.config);
    await expect(assessCheckIn(runtime, photo!, {})).rejects.toThrow();
    await expect(warmUp(runtime)).resolves.toBe(runtime);
  });

  it('decodes an image without throwing', async () => {
    await expect(warmUpDecoding(runtime.config)).resolves.toBeUndefined();
  });
});
