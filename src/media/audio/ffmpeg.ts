// Decodes compressed audio (WebM/Opus, OGG, MP3, M4A, FLAC, …) by running the system `ffmpeg` into 16 kHz mono float PCM.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BurnoutError } from '../../errors.ts';

/** Options for an ffmpeg decode. */
export interface FfmpegOptions {
  /** Output sample rate (Hz). */
  sampleRate: number;
  /** Stop decoding after this many seconds (keeps a long file from filling memory); undefined = whole file. */
  maxSeconds?: number;
  /** The ffmpeg executable (default `ffmpeg` on PATH). */
  ffmpegPath?: string;
}

const INSTALL_HINT = 'install ffmpeg (Debian/Ubuntu: apt-get install ffmpeg) or record as WAV';

/**
 * Decodes `bytes` with ffmpeg (written to a private temporary file first, because MP4/M4A needs a seekable input),
 * mixing to mono and resampling to `sampleRate` with ffmpeg's own band-limited resampler.
 * Throws FFMPEG_MISSING when ffmpeg is not installed and MEDIA_UNDECODABLE when it cannot decode the bytes.
 */
export async function decodeWithFfmpeg(bytes: Uint8Array, what: string, options: FfmpegOptions): Promise<Float32Array> {
  const dir = await mkdtemp(join(tmpdir(), 'burnout-audio-'));
  const file = join(dir, 'input');
  try {
    await writeFile(file, bytes, { mode: 0o600 });
    const args = ['-nostdin', '-hide_banner', '-loglevel', 'error', '-i', file, '-map', '0:a:0', '-vn', '-ac', '1', '-ar', String(options.sampleRate)];
    if (options.maxSeconds !== undefined) args.push('-t', String(options.maxSeconds));
    args.push('-f', 'f32le', 'pipe:1');
    const pcm = await run(options.ffmpegPath ?? 'ffmpeg', args, what);
    const usable = pcm.length - (pcm.length % 4);
    if (usable === 0) throw new BurnoutError('MEDIA_UNDECODABLE', `the ${what} contains no audio samples`);
    const aligned = new Uint8Array(usable);
    aligned.set(pcm.subarray(0, usable));
    return new Float32Array(aligned.buffer);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs ffmpeg and returns its stdout; maps a missing binary and decoding failures to BurnoutErrors. */
function run(command: string, args: string[], what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      reject(missing(what, e));
      return;
    }
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => { if (err.length < 4000) err += d.toString(); });
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' ? missing(what, e) : new BurnoutError('MEDIA_UNDECODABLE', `ffmpeg could not be run: ${e.message}`));
    });
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const first = err.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? `exit code ${code}`;
      reject(new BurnoutError('MEDIA_UNDECODABLE', `the ${what} could not be decoded: ${first.replace(/^.*input: /, '')}`));
    });
  });
}

function missing(what: string, cause: unknown): BurnoutError {
  return new BurnoutError('FFMPEG_MISSING', `decoding ${what} needs ffmpeg, which is not installed`, { hint: INSTALL_HINT, cause });
}
