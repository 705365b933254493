// Entry point of audio decoding: bytes or a file → 16 kHz mono Float32 PCM (the AudioInput every voice engine takes).
import { readInputFile } from '../read-input-file.ts';
import type { AudioInput } from '../../analysis/types.ts';
import { BurnoutError, isBurnoutError } from '../../errors.ts';
import { decodeWithFfmpeg } from './ffmpeg.ts';
import { resampleYielding } from './resample.ts';
import { sniffAudio, type AudioContainer } from './sniff.ts';
import { checkWavHeader, decodeWav, readWavHeader, readWavHeaderPrefix, UnsupportedWavError } from './wav.ts';

/** The sample rate every decoded clip is converted to. */
export const TARGET_SAMPLE_RATE = 16_000;

/** Options for decoding. */
export interface DecodeOptions {
  /**
   * Longest recording accepted: a WAV whose header declares more is refused before decoding (MEDIA_TOO_LARGE);
   * compressed formats stop decoding just after it and are refused when they reach it.
   */
  maxDurationSec?: number;
  /** ffmpeg executable to use for non-WAV containers. */
  ffmpegPath?: string;
  /** ffmpeg is killed after this many milliseconds (default 60 s). */
  ffmpegTimeoutMs?: number;
}

/** A decoded clip plus facts about the source file. */
export interface DecodedAudio extends AudioInput {
  container: AudioContainer;
  /** Sample rate of the source (undefined when ffmpeg decoded it). */
  sourceSampleRate?: number;
  /** Channels in the source (undefined when ffmpeg decoded it). */
  sourceChannels?: number;
}

const NAMES: Record<AudioContainer, string> = {
  wav: 'WAV file', rf64: 'RF64 WAV file', rifx: 'big-endian WAV file', ogg: 'OGG file', webm: 'WebM file',
  mp3: 'MP3 file', m4a: 'M4A/MP4 file', aac: 'AAC file', flac: 'FLAC file', aiff: 'AIFF file', caf: 'CAF file',
};

/**
 * Decodes audio bytes, recognised by their magic bytes (never by file name): WAV in-process, any other container
 * through ffmpeg. Returns mono PCM at 16 kHz. Throws MEDIA_UNSUPPORTED for bytes that are not a known audio container,
 * MEDIA_UNDECODABLE for empty, truncated or corrupt audio and FFMPEG_MISSING when a compressed format needs ffmpeg and
 * it is not installed.
 */
export async function decodeAudio(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedAudio> {
  if (bytes.length === 0) throw new BurnoutError('MEDIA_UNDECODABLE', 'the audio file is empty (0 bytes)');
  const sniffed = sniffAudio(bytes);
  if (sniffed.kind === 'other') throw new BurnoutError('MEDIA_UNSUPPORTED', `this is not audio: the file looks like ${sniffed.what}`);
  if (sniffed.kind === 'unknown') {
    throw new BurnoutError('MEDIA_UNSUPPORTED', 'this is not a recognised audio file (expected WAV, WebM, OGG, MP3, M4A, FLAC, CAF or AIFF)');
  }
  const container = sniffed.container;
  if (container === 'wav' || container === 'rf64') {
    // Cheap checks first: rate, channels and duration come from the header, before any sample is read or resampled.
    const header = readWavHeader(bytes);
    checkWavHeader(header);
    checkDuration(header.frames / header.format.sampleRate, options.maxDurationSec);
    try {
      const pcm = decodeWav(bytes, header);
      const samples = await resampleYielding(sanitize(pcm.samples), pcm.sampleRate, TARGET_SAMPLE_RATE);
      return { samples, sampleRate: TARGET_SAMPLE_RATE, container, sourceSampleRate: pcm.sampleRate, sourceChannels: pcm.channels };
    } catch (e) {
      if (!(e instanceof UnsupportedWavError)) throw e;
      return viaFfmpeg(bytes, container, options, e);
    }
  }
  return viaFfmpeg(bytes, container, options);
}

/**
 * Refuses, from the first bytes of an upload that is still arriving, a WAV whose header breaks a limit (rate outside
 * 8–96 kHz, channels, declared duration over `maxDurationSec`): microseconds instead of reading 25 MB first. A prefix
 * that does not show the whole header, and every other container, passes (decodeAudio checks again).
 */
export function precheckAudioPrefix(prefix: Uint8Array, options: Pick<DecodeOptions, 'maxDurationSec'> = {}): void {
  const sniffed = sniffAudio(prefix);
  if (sniffed.kind !== 'audio' || (sniffed.container !== 'wav' && sniffed.container !== 'rf64')) return;
  const header = readWavHeaderPrefix(prefix);
  if (!header) return;
  checkWavHeader(header);
  checkDuration(header.frames / header.format.sampleRate, options.maxDurationSec);
}

/** Reads and decodes an audio file. A missing file is DATA_MISSING; everything else as decodeAudio. */
export async function readAudioFile(path: string, options: DecodeOptions = {}): Promise<DecodedAudio> {
  const bytes = await readInputFile(path, 'audio file');
  return decodeAudio(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
}

async function viaFfmpeg(bytes: Uint8Array, container: AudioContainer, options: DecodeOptions, wavError?: UnsupportedWavError): Promise<DecodedAudio> {
  const what = NAMES[container];
  try {
    const samples = await decodeWithFfmpeg(bytes, container, what, {
      sampleRate: TARGET_SAMPLE_RATE,
      maxSeconds: options.maxDurationSec !== undefined ? options.maxDurationSec + 1 : undefined,
      ffmpegPath: options.ffmpegPath,
      timeoutMs: options.ffmpegTimeoutMs,
    });
    checkDuration(samples.length / TARGET_SAMPLE_RATE, options.maxDurationSec);
    return { samples: sanitize(samples), sampleRate: TARGET_SAMPLE_RATE, container };
  } catch (e) {
    // A WAV with an unusual codec: say what it is rather than only that ffmpeg is missing.
    if (wavError && isBurnoutError(e, 'FFMPEG_MISSING')) {
      throw new BurnoutError('FFMPEG_MISSING', `${wavError.message}; decoding it needs ffmpeg, which is not installed`, { hint: e.hint });
    }
    throw e;
  }
}

/** Refuses a recording longer than the limit (MEDIA_TOO_LARGE), with the same words as the voice analyzer. */
function checkDuration(seconds: number, maxSec: number | undefined): void {
  if (maxSec === undefined || seconds <= maxSec) return;
  throw new BurnoutError('MEDIA_TOO_LARGE', `the recording is too long: ${seconds.toFixed(1)} s, the limit is ${maxSec} s (config voice.maxDurationSec)`, {
    hint: 'record a shorter clip',
  });
}

/** Replaces NaN/Infinity (possible in float WAV data) with 0. Works in place and returns the array. */
function sanitize(samples: Float32Array): Float32Array {
  for (let i = 0; i < samples.length; i++) if (!Number.isFinite(samples[i] as number)) samples[i] = 0;
  return samples;
}
