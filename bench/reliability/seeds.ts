// Valid seed inputs for the reliability fuzz, made here: a short speech-like WAV, WebM/Opus and OGG/Opus of it
// (ffmpeg), a JPEG and a PNG face (the committed test face, shrunk to a crop), and the probe files of issue 12.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { speechLikeVoice, wavBytes } from '../../test/helpers/audio-fixtures.ts';

export { wavHeaderOnly } from '../../test/helpers/audio-fixtures.ts';

/** A format the fuzz mutates, with its form field. */
export interface Seed {
  format: 'wav' | 'jpeg' | 'png' | 'webm' | 'ogg';
  field: 'audio' | 'image';
  bytes: Uint8Array;
}

function encode(wav: Uint8Array, format: 'webm' | 'ogg'): Uint8Array | null {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'wav', '-i', 'pipe:0', '-c:a', 'libopus', '-f', format, 'pipe:1'], { input: wav });
  return r.status === 0 ? new Uint8Array(r.stdout) : null;
}

/** The seeds (WebM/OGG only when ffmpeg is installed). */
export async function makeSeeds(): Promise<Seed[]> {
  const wav = wavBytes(speechLikeVoice(16_000, 1.5), 16_000);
  const face = sharp(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'face', 'astronaut.jpg'))).resize(128, 128);
  const seeds: Seed[] = [
    { format: 'wav', field: 'audio', bytes: wav },
    { format: 'jpeg', field: 'image', bytes: new Uint8Array(await face.clone().jpeg({ quality: 85 }).toBuffer()) },
    { format: 'png', field: 'image', bytes: new Uint8Array(await face.clone().png().toBuffer()) },
  ];
  for (const format of ['webm', 'ogg'] as const) {
    const bytes = encode(wav, format);
    if (bytes) seeds.push({ format, field: 'audio', bytes });
    else console.warn(`reliability: ffmpeg missing or failed — no ${format} seed`);
  }
  return seeds;
}

/** A small JPEG whose header claims `side` × `side` pixels. */
export async function jpegClaiming(side: number): Promise<Uint8Array> {
  const b = new Uint8Array(await sharp({ create: { width: 64, height: 64, channels: 3, background: '#886644' } }).jpeg().toBuffer());
  for (let i = 0; i < b.length - 9; i++) {
    if (b[i] === 0xff && (b[i + 1] === 0xc0 || b[i + 1] === 0xc2)) {
      b[i + 5] = side >> 8; b[i + 6] = side & 255; b[i + 7] = side >> 8; b[i + 8] = side & 255;
      break;
    }
  }
  return b;
}

/** An ID3 tag followed by an HLS playlist naming a local MP3 (ffmpeg used to follow it), or null without ffmpeg. */
export function hlsInId3(dir: string): Uint8Array | null {
  const secret = join(dir, 'secret.mp3');
  const r = spawnSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=f=440:d=2', '-c:a', 'libmp3lame', secret]);
  if (r.status !== 0) return null;
  const playlist = `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:${secret}\n#EXT-X-ENDLIST\n`;
  return new Uint8Array([...new TextEncoder().encode('ID3'), 4, 0, 0, 0, 0, 0, 0, ...new TextEncoder().encode(playlist)]);
}
