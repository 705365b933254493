// Cheap checks before costly work: a WAV's rate, channels and duration are refused from its header (microseconds, not
// seconds), compressed audio goes to ffmpeg with a forced demuxer (the HLS-in-ID3 trick reads nothing), ffmpeg's own
// words stay out of messages, and MP4 input leaves nothing in the private temp folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeAudio } from '../../src/media/audio/decode.ts';
import { privateTempRoot, threadTempDir } from '../../src/media/temp-dir.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { encodeWav, tone, wavHeaderOnly } from '../helpers/audio-fixtures.ts';
import { hasFfmpeg } from '../helpers/commands.ts';

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; ms: number }> {
  const t0 = performance.now();
  const e = await p.then(() => null, (err: unknown) => err);
  const ms = performance.now() - t0;
  if (!isBurnoutError(e)) throw new Error(`expected a BurnoutError, got ${String(e)}`);
  return { code: e.code, message: e.message, ms };
}

describe('WAV header checks', () => {
  it('refuses rates outside 8–96 kHz from the header (the 76-byte 767,999 Hz file)', async () => {
    const tiny = wavHeaderOnly(767_999, 32);
    expect(tiny.length).toBe(76);
    const e = await failure(decodeAudio(tiny));
    expect(e.code).toBe('MEDIA_UNSUPPORTED');
    expect(e.message).toMatch(/767,999 Hz is not supported: use 8–96 kHz/);
    for (const rate of [1_000, 7_999, 96_001]) expect((await failure(decodeAudio(wavHeaderOnly(rate, 1000)))).code).toBe('MEDIA_UNSUPPORTED');
  });

  it('refuses a recording longer than the limit from its header, before decoding', async () => {
    // 25 MB of 8-bit audio at 8 kHz is 3,277 s; the same at 1 kHz is refused for its rate first.
    const long = wavHeaderOnly(8_000, 25 * 1024 * 1024);
    const e = await failure(decodeAudio(long, { maxDurationSec: 120 }));
    expect(e.code).toBe('MEDIA_TOO_LARGE');
    expect(e.message).toMatch(/too long: 3276\.8 s, the limit is 120 s/);
    expect((await failure(decodeAudio(wavHeaderOnly(1_000, 25 * 1024 * 1024), { maxDurationSec: 120 }))).code).toBe('MEDIA_UNSUPPORTED');
  });

  it('still decodes every accepted rate, odd ones included, to 16 kHz', async () => {
    for (const rate of [8_000, 11_025, 22_050, 44_100, 95_999, 96_000]) {
      const decoded = await decodeAudio(encodeWav([tone(440, 0.5, rate)], { sampleRate: rate, encoding: 'int16' }), { maxDurationSec: 120 });
      expect(decoded.sampleRate).toBe(16_000);
      expect(Math.abs(decoded.samples.length - 8_000), String(rate)).toBeLessThanOrEqual(1);
    }
  });
});

describe.skipIf(!hasFfmpeg)('ffmpeg hardening', () => {
  const dir = mkdtempSync(join(tmpdir(), 'burnout-ffmpeg-hard-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an ID3 tag followed by an HLS playlist naming a local MP3, with no ffmpeg text in the message', async () => {
    const secret = join(dir, 'secret.mp3');
    execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=f=440:d=2', '-c:a', 'libmp3lame', secret]);
    const playlist = `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:${secret}\n#EXT-X-ENDLIST\n`;
    const evil = new Uint8Array([...new TextEncoder().encode('ID3'), 4, 0, 0, 0, 0, 0, 0, ...new TextEncoder().encode(playlist)]);
    // Probing ffmpeg on a file (what the server used to run) decodes the local MP3 the upload only names:
    writeFileSync(join(dir, 'evil.mp3'), evil);
    const probed = spawnSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-i', join(dir, 'evil.mp3'), '-f', 'f32le', 'pipe:1']);
    expect(probed.stdout.length).toBeGreaterThan(0);
    const e = await failure(decodeAudio(evil));
    expect(e.code).toBe('MEDIA_UNDECODABLE');
    expect(e.message).not.toMatch(/0x[0-9a-f]{6,}|@|\[mp3|Invalid|pipe:/i);
    expect(e.message).toMatch(/MP3 file could not be decoded/);
  });

  it('decodes M4A through a private file and leaves nothing behind', async () => {
    const m4a = join(dir, 'clip.m4a');
    execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=f=300:d=1', '-c:a', 'aac', m4a]);
    const decoded = await decodeAudio(new Uint8Array(readFileSync(m4a)));
    expect(decoded.container).toBe('m4a');
    expect(Math.abs(decoded.samples.length - 16_000)).toBeLessThan(1_600);
    expect(readdirSync(threadTempDir())).toEqual([]);
    expect(privateTempRoot()).toContain(tmpdir());
  });

  it('refuses compressed audio longer than the limit', async () => {
    const ogg = join(dir, 'long.ogg');
    execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=f=300:d=4', '-c:a', 'libopus', ogg]);
    const e = await failure(decodeAudio(new Uint8Array(readFileSync(ogg)), { maxDurationSec: 2 }));
    expect(e.code).toBe('MEDIA_TOO_LARGE');
  });
});
