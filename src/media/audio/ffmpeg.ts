// Decodes compressed audio (WebM/Opus, OGG, MP3, M4A, FLAC, …) by running the system `ffmpeg` into 16 kHz mono float
// PCM. Hardened: the input format is forced from the sniffed container (no probing, so no playlist or concat demuxer
// can be reached), only the one protocol needed is allowed, input goes through a pipe (a private temporary file only
// for MP4/M4A, which needs seeking), ffmpeg is killed after a time limit, and its stderr is kept for the server log,
// never put in a message.
import { spawn } from 'node:child_process';
import { BurnoutError } from '../../errors.ts';
import { withPrivateFile } from '../temp-dir.ts';
import type { AudioContainer } from './sniff.ts';

/** Options for an ffmpeg decode. */
export interface FfmpegOptions {
  /** Output sample rate (Hz). */
  sampleRate: number;
  /** Stop decoding after this many seconds (keeps a long file from filling memory); undefined = whole file. */
  maxSeconds?: number;
  /** The ffmpeg executable (default `ffmpeg` on PATH). */
  ffmpegPath?: string;
  /** ffmpeg is killed after this many milliseconds (default 60 s). */
  timeoutMs?: number;
}

const INSTALL_HINT = 'install ffmpeg (Debian/Ubuntu: apt-get install ffmpeg) or record as WAV';

/** The ffmpeg demuxer for each container this project sends to ffmpeg. */
const DEMUXER: Record<AudioContainer, string> = {
  wav: 'wav', rf64: 'wav', rifx: 'wav', ogg: 'ogg', webm: 'matroska', mp3: 'mp3', m4a: 'mov', aac: 'aac',
  flac: 'flac', aiff: 'aiff', caf: 'caf',
};
/** Containers whose demuxer needs a seekable input (MP4 may keep its index at the end). */
const NEEDS_FILE = new Set<AudioContainer>(['m4a']);

/**
 * Decodes `bytes` of the given (sniffed) container with ffmpeg, mixing to mono and resampling to `sampleRate` with
 * ffmpeg's own band-limited resampler. Throws FFMPEG_MISSING when ffmpeg is not installed and MEDIA_UNDECODABLE when
 * it cannot decode the bytes (ffmpeg's own words are in the error's `cause`, for the log only).
 */
export async function decodeWithFfmpeg(bytes: Uint8Array, container: AudioContainer, what: string, options: FfmpegOptions): Promise<Float32Array> {
  const viaFile = NEEDS_FILE.has(container);
  const decode = async (input: string) => {
    const args = [
      '-nostdin', '-hide_banner', '-loglevel', 'error',
      '-protocol_whitelist', viaFile ? 'file' : 'pipe',
      '-f', DEMUXER[container],
      '-i', input,
      '-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(options.sampleRate),
    ];
    if (options.maxSeconds !== undefined) args.push('-t', String(options.maxSeconds));
    args.push('-f', 'f32le', 'pipe:1');
    return run(options.ffmpegPath ?? 'ffmpeg', args, what, viaFile ? null : bytes, options.timeoutMs ?? 60_000);
  };
  const pcm = viaFile ? await withPrivateFile(bytes, (file) => decode(`file:${file}`)) : await decode('pipe:0');
  const usable = pcm.length - (pcm.length % 4);
  if (usable === 0) throw new BurnoutError('MEDIA_UNDECODABLE', `the ${what} contains no audio samples`);
  const aligned = new Uint8Array(usable);
  aligned.set(pcm.subarray(0, usable));
  return new Float32Array(aligned.buffer);
}

/** Runs ffmpeg (stdin from `input` when given) and returns its stdout; maps failures to BurnoutErrors. */
function run(command: string, args: string[], what: string, input: Uint8Array | null, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(command, args, { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    } catch (e) {
      reject(missing(what, e));
      return;
    }
    const out: Buffer[] = [];
    let err = '';
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => { if (err.length < 4000) err += d.toString(); });
    if (input && child.stdin) {
      // ffmpeg may stop reading early (bad data, -t reached): a closed pipe is not an error of ours.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' ? missing(what, e) : new BurnoutError('MEDIA_UNDECODABLE', `the ${what} could not be decoded`, { cause: e }));
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const detail = new Error(`ffmpeg ${signal ? `killed by ${signal}` : `exit ${code}`}: ${err.trim().slice(0, 2000)}`);
      const message = signal ? `the ${what} took too long to decode` : `the ${what} could not be decoded (it is damaged or not really a ${what})`;
      reject(new BurnoutError('MEDIA_UNDECODABLE', message, { cause: detail }));
    });
  });
}

function missing(what: string, cause: unknown): BurnoutError {
  return new BurnoutError('FFMPEG_MISSING', `decoding ${what} needs ffmpeg, which is not installed`, { hint: INSTALL_HINT, cause });
}
