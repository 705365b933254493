// Compressed audio through ffmpeg: OGG/Opus, WebM/Opus and MP3 made here decode to 16 kHz mono; no ffmpeg → FFMPEG_MISSING.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAcoustics } from '../../src/analysis/voice/features.ts';
import { decodeAudio } from '../../src/media/audio/decode.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { encodeWav, syntheticVoice } from '../helpers/audio-fixtures.ts';
import { hasFfmpeg } from '../helpers/commands.ts';

if (!hasFfmpeg) console.warn('audio-ffmpeg: ffmpeg is not installed, skipping the compressed-format tests (apt-get install ffmpeg)');

describe('audio without ffmpeg', () => {
  it('says FFMPEG_MISSING, with a hint, when a compressed format needs ffmpeg', async () => {
    const ogg = new TextEncoder().encode('OggS\0\x02 not really an ogg stream');
    const e = await decodeAudio(ogg, { ffmpegPath: join(tmpdir(), 'no-such-ffmpeg-here') }).catch((err: unknown) => err);
    expect(isBurnoutError(e, 'FFMPEG_MISSING')).toBe(true);
    expect((e as Error).message).toMatch(/OGG file needs ffmpeg/);
    expect((e as { hint?: string }).hint).toMatch(/install ffmpeg/);
  });
});

describe.skipIf(!hasFfmpeg)('audio through ffmpeg', () => {
  let dir = '';
  const voice = syntheticVoice({ f0: 180, seconds: 2, padSeconds: 0.3, syllableRate: 4 });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'burnout-ffmpeg-test-'));
    await writeFile(join(dir, 'in.wav'), encodeWav([voice], { sampleRate: 16_000, encoding: 'int16' }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function encode(name: string, args: string[]): Promise<Uint8Array> {
    execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-i', join(dir, 'in.wav'), ...args, join(dir, name)]);
    return new Uint8Array(await readFile(join(dir, name)));
  }

  it('decodes OGG/Opus, WebM/Opus and MP3 to 16 kHz mono with the voice intact', async () => {
    const cases: Array<[string, string[], string]> = [
      ['clip.ogg', ['-c:a', 'libopus', '-ar', '48000'], 'ogg'],
      ['clip.webm', ['-c:a', 'libopus', '-ar', '48000'], 'webm'],
      ['clip.mp3', ['-c:a', 'libmp3lame', '-ar', '44100', '-ac', '2'], 'mp3'],
    ];
    for (const [name, args, container] of cases) {
      const decoded = await decodeAudio(await encode(name, args));
      expect(decoded.container).toBe(container);
      expect(decoded.sampleRate).toBe(16_000);
      expect(Math.abs(decoded.samples.length / 16_000 - voice.length / 16_000), name).toBeLessThan(0.1);
      const pitch = analyzeAcoustics(decoded).features.pitchMeanHz as number;
      expect(Math.abs(pitch / 180 - 1), name).toBeLessThan(0.02);
    }
  });

  it('gives MEDIA_UNDECODABLE for a broken compressed file', async () => {
    const webm = await encode('broken.webm', ['-c:a', 'libopus']);
    const broken = webm.slice(0, 60);
    const e = await decodeAudio(broken).catch((err: unknown) => err);
    expect(isBurnoutError(e, 'MEDIA_UNDECODABLE'), String(e)).toBe(true);
    expect((e as Error).message).toMatch(/WebM file could not be decoded|no audio samples/);
  });
});
