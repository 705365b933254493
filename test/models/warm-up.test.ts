// The start-up warm-up reaches every engine: its first check-in is accepted by all three modalities (the voice as
// speech, the face image as a crop, so the facial-emotion net runs) and its second runs the face detector; the decoding
// warm-up runs without throwing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../../src/assess.ts';
import { loadConfig } from '../../src/config/load.ts';
import { warmUp, warmUpDecoding, warmUpInputs, warmUpUploads } from '../../src/pool/warm-up.ts';
import { decodeUploads } from '../../src/service/decode-uploads.ts';
import { sniffAudio } from '../../src/media/audio/sniff.ts';

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

  it('decodes what a check-in uploads — a 48 kHz WAV (through the resampler) and a webcam-sized JPEG — without throwing', async () => {
    const uploads = await warmUpUploads();
    expect(sniffAudio(uploads.audio!)).toMatchObject({ kind: 'audio', container: 'wav' });
    expect(new DataView(uploads.audio!.buffer, uploads.audio!.byteOffset).getUint32(24, true)).toBe(48_000);
    const decoded = await decodeUploads(uploads, runtime.config);
    expect(decoded.voice?.sampleRate).toBe(16_000);
    expect(decoded.voice?.samples.length).toBe(5 * 16_000);
    expect(decoded.face).toMatchObject({ width: 640, height: 480 });
    await expect(warmUpDecoding(runtime.config)).resolves.toBeUndefined();
  });
});
