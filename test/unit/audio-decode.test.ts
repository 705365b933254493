// Audio decoding: WAV variants made here decode to the same signal; corrupt input gives MEDIA_UNDECODABLE, non-audio MEDIA_UNSUPPORTED; magic bytes, not names.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAudio, readAudioFile } from '../../src/media/audio/decode.ts';
import { sniffAudio } from '../../src/media/audio/sniff.ts';
import { decodeWav } from '../../src/media/audio/wav.ts';
import { isBurnoutError, type ErrorCode } from '../../src/errors.ts';
import { encodeWav, syntheticVoice, tone, type WavEncoding } from '../helpers/audio-fixtures.ts';

async function expectCode(p: Promise<unknown>, code: ErrorCode, message?: RegExp): Promise<void> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(isBurnoutError(e, code), `expected ${code}, got ${String(e)}`).toBe(true);
  if (message) expect((e as Error).message).toMatch(message);
}

/** Largest absolute difference between two signals over their common length (ignoring `edge` samples at each end). */
function maxDiff(a: Float32Array, b: Float32Array, edge = 0): number {
  let m = 0;
  for (let i = edge; i < Math.min(a.length, b.length) - edge; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

describe('WAV decoding', () => {
  const signal = syntheticVoice({ f0: 160, seconds: 1, padSeconds: 0.1, amplitude: 0.25, noise: 0.001 });

  it('decodes 8/16/24/32-bit integer and 32-bit float PCM at 16 kHz to the same signal', async () => {
    const reference = (await decodeAudio(encodeWav([signal], { sampleRate: 16_000, encoding: 'float32' }))).samples;
    expect(maxDiff(reference, signal)).toBeLessThan(1e-6);
    const tolerance: Record<WavEncoding, number> = { int8: 1.5 / 127, int16: 1.5 / 32767, int24: 1e-6, int32: 1e-6, float32: 1e-7 };
    for (const encoding of Object.keys(tolerance) as WavEncoding[]) {
      const decoded = await decodeAudio(encodeWav([signal], { sampleRate: 16_000, encoding }));
      expect(decoded.sampleRate).toBe(16_000);
      expect(decoded.samples.length).toBe(signal.length);
      expect(maxDiff(decoded.samples, reference), encoding).toBeLessThan(tolerance[encoding]);
    }
  });

  it('walks any chunk layout (filler before data, metadata after) and the extensible format header', async () => {
    const plain = (await decodeAudio(encodeWav([signal], { sampleRate: 16_000, encoding: 'int16' }))).samples;
    const layouts = [
      { before: [{ id: 'FLLR', bytes: 4044 }], after: [{ id: 'LIST', bytes: 26 }, { id: 'bext', bytes: 603 }, { id: '_PMX', bytes: 5401 }] },
      { before: [{ id: 'JUNK', bytes: 27 }], after: [], extensible: true },
    ];
    for (const layout of layouts) {
      const decoded = await decodeAudio(encodeWav([signal], { sampleRate: 16_000, encoding: 'int16', ...layout }));
      expect(maxDiff(decoded.samples, plain)).toBe(0);
    }
    const ext24 = await decodeAudio(encodeWav([signal], { sampleRate: 16_000, encoding: 'int24', extensible: true }));
    expect(maxDiff(ext24.samples, plain)).toBeLessThan(1e-4);
  });

  it('mixes any number of channels to mono by averaging', async () => {
    const quiet = signal.map((v) => v * 0.5);
    const stereo = await decodeAudio(encodeWav([signal, quiet], { sampleRate: 16_000, encoding: 'float32' }));
    expect(stereo.sourceChannels).toBe(2);
    expect(maxDiff(stereo.samples, signal.map((v) => v * 0.75))).toBeLessThan(1e-6);
    const silent = new Float32Array(signal.length);
    const four = await decodeAudio(encodeWav([signal, silent, silent, signal], { sampleRate: 16_000, encoding: 'int16' }));
    expect(maxDiff(four.samples, signal.map((v) => v * 0.5))).toBeLessThan(1e-4);
  });

  it('resamples 44.1 kHz and 48 kHz files to 16 kHz, matching a 16 kHz recording of the same sound', async () => {
    const at16 = tone(440, 1, 16_000, 0.3);
    for (const rate of [44_100, 48_000, 8_000]) {
      const decoded = await decodeAudio(encodeWav([tone(440, 1, rate, 0.3)], { sampleRate: rate, encoding: 'float32' }));
      expect(decoded.sourceSampleRate).toBe(rate);
      expect(decoded.sampleRate).toBe(16_000);
      expect(Math.abs(decoded.samples.length - 16_000)).toBeLessThanOrEqual(1);
      expect(maxDiff(decoded.samples, at16, 200), `${rate} Hz`).toBeLessThan(0.003);
    }
  });

  it('reads RF64-style unknown data sizes to the end of the file', () => {
    const bytes = encodeWav([signal], { sampleRate: 16_000, encoding: 'int16' });
    const view = new DataView(bytes.buffer);
    view.setUint32(40, 0xffffffff, true); // data chunk size = "unknown" (streaming writers)
    expect(decodeWav(bytes).samples.length).toBe(signal.length);
  });
});

describe('bad audio input', () => {
  const good = encodeWav([tone(200, 0.5)], { sampleRate: 16_000, encoding: 'int16' });

  it('rejects empty, truncated and header-only bytes with MEDIA_UNDECODABLE, non-audio with MEDIA_UNSUPPORTED', async () => {
    await expectCode(decodeAudio(new Uint8Array(0)), 'MEDIA_UNDECODABLE', /empty/);
    await expectCode(decodeAudio(good.subarray(0, good.length - 1000)), 'MEDIA_UNDECODABLE', /truncated/);
    await expectCode(decodeAudio(good.subarray(0, 30)), 'MEDIA_UNDECODABLE');
    await expectCode(decodeAudio(good.subarray(0, 8)), 'MEDIA_UNDECODABLE', /truncated/);
    await expectCode(decodeAudio(new TextEncoder().encode('hello, this is a journal entry, not a recording')), 'MEDIA_UNSUPPORTED', /not a recognised audio file/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectCode(decodeAudio(png), 'MEDIA_UNSUPPORTED', /PNG image/);
    const noData = encodeWav([new Float32Array(0)], { sampleRate: 16_000, encoding: 'int16' });
    await expectCode(decodeAudio(noData), 'MEDIA_UNDECODABLE', /no audio samples/);
  });

  it('sniffs containers by magic bytes, not by name', () => {
    expect(sniffAudio(good)).toEqual({ kind: 'audio', container: 'wav' });
    expect(sniffAudio(new TextEncoder().encode('OggS\0\x02'))).toEqual({ kind: 'audio', container: 'ogg' });
    expect(sniffAudio(Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 1]))).toEqual({ kind: 'audio', container: 'webm' });
    expect(sniffAudio(new TextEncoder().encode('ID3\x04\0'))).toEqual({ kind: 'audio', container: 'mp3' });
    expect(sniffAudio(new TextEncoder().encode('\0\0\0\x20ftypM4A '))).toEqual({ kind: 'audio', container: 'm4a' });
    expect(sniffAudio(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ kind: 'other', what: 'a JPEG image' });
  });

  describe('files', () => {
    let dir = '';
    beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'burnout-audio-test-')); });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('reads a WAV saved under a misleading name, and reports a missing file as DATA_MISSING', async () => {
      const file = join(dir, 'recording.mp3');
      await writeFile(file, good);
      const decoded = await readAudioFile(file);
      expect(decoded.container).toBe('wav');
      expect(decoded.samples.length).toBe(8000);
      await expectCode(readAudioFile(join(dir, 'nope.wav')), 'DATA_MISSING', /no such file/);
      await writeFile(join(dir, 'empty.wav'), new Uint8Array(0));
      await expectCode(readAudioFile(join(dir, 'empty.wav')), 'MEDIA_UNDECODABLE', /empty/);
    });
  });
});
