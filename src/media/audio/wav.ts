// WAV (RIFF/RF64) decoder: walks every chunk in any order and turns integer or float PCM into mono float samples.
import { BurnoutError } from '../../errors.ts';

/** Decoded PCM at the file's own rate, already mixed to mono (average of all channels), in [-1, 1]. */
export interface PcmAudio {
  samples: Float32Array;
  sampleRate: number;
  /** Channels in the file (before mixing). */
  channels: number;
  /** Bits per sample in the file, with `float` for IEEE float data. */
  bits: number;
  float: boolean;
}

/** The `fmt ` chunk fields this decoder needs. */
export interface WavFormat {
  tag: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bits: number;
}

const FORMAT_PCM = 1;
const FORMAT_FLOAT = 3;
const FORMAT_EXTENSIBLE = 0xfffe;
const UNKNOWN_SIZE = 0xffffffff;

/** Thrown for WAV encodings this decoder does not handle (ADPCM, µ-law, …); the caller may try ffmpeg instead. */
export class UnsupportedWavError extends BurnoutError {
  constructor(message: string) {
    super('MEDIA_UNSUPPORTED', message, { hint: 'install ffmpeg, or save the recording as 16-bit PCM WAV' });
  }
}

function undecodable(message: string): BurnoutError {
  return new BurnoutError('MEDIA_UNDECODABLE', message);
}

/** Sample rates accepted (Hz): telephone speech to studio audio. Anything else is refused before any work. */
export const MIN_SAMPLE_RATE = 8_000;
export const MAX_SAMPLE_RATE = 96_000;

/** What the header says, read without touching the samples. */
export interface WavHeader {
  format: WavFormat;
  data: { offset: number; size: number };
  /** Sample frames in the data chunk (for PCM and float data; 0 for other codecs, whose frames ffmpeg counts). */
  frames: number;
}

/**
 * Reads a RIFF/WAVE (or RF64) header: walks every chunk in any order (RAVDESS puts FLLR before `data` and
 * LIST/bext/_PMX after it) and returns the format and where the audio data is. Costs a few microseconds whatever
 * the header claims, so every limit it reveals (rate, channels, duration) is checked before decoding.
 * Throws MEDIA_UNDECODABLE for a broken or truncated file.
 */
export function readWavHeader(bytes: Uint8Array): WavHeader {
  if (bytes.length < 12) throw undecodable('the WAV file is truncated: it ends inside its header');
  const h = walkChunks(bytes, false);
  if (!h.format) throw undecodable('not a usable WAV file: it has no format (fmt) chunk');
  if (!h.data) throw undecodable('the WAV file has no audio data chunk (it may be truncated)');
  return withFrames(h.format, h.data);
}

/**
 * The header as far as `prefix` (the first bytes of an upload still arriving) shows it, with the data size the
 * header declares; null when the prefix does not reach the data chunk. Lets the server refuse a file from its
 * first kilobytes, before the rest is read.
 */
export function readWavHeaderPrefix(prefix: Uint8Array): WavHeader | null {
  if (prefix.length < 12) return null;
  const h = walkChunks(prefix, true);
  return h.format && h.data ? withFrames(h.format, h.data) : null;
}

function withFrames(format: WavFormat, data: { offset: number; size: number }): WavHeader {
  const plain = (format.tag === FORMAT_PCM || format.tag === FORMAT_FLOAT) && format.blockAlign > 0;
  return { format, data, frames: plain ? Math.floor(data.size / format.blockAlign) : 0 };
}

/** Walks the chunks; `partial`: the bytes are a prefix, so a data chunk running past the end is not an error. */
function walkChunks(bytes: Uint8Array, partial: boolean): { format: WavFormat | null; data: { offset: number; size: number } | null } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isRf64 = String.fromCharCode(...bytes.subarray(0, 4)) === 'RF64';
  let format: WavFormat | null = null;
  let data: { offset: number; size: number } | null = null;
  let ds64DataSize: number | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    let size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'ds64' && size >= 16 && body + 16 <= bytes.length) ds64DataSize = Number(view.getBigUint64(body + 8, true));
    if (id === 'fmt ') {
      if (partial && body + 16 > bytes.length) break;
      format = readFormat(view, body, size);
    }
    if (id === 'data') {
      const unknown = size === UNKNOWN_SIZE;
      if (unknown) size = isRf64 && ds64DataSize !== null ? ds64DataSize : partial ? 0 : bytes.length - body;
      if (!partial && body + size > bytes.length) {
        throw undecodable(`the WAV file is truncated: its audio data should be ${size} bytes but only ${bytes.length - body} are present`);
      }
      data = { offset: body, size };
      if (format || unknown) break;
    }
    if (size === UNKNOWN_SIZE) break;
    offset = body + size + (size % 2);
  }
  return { format, data };
}

/**
 * Checks what the header declares: 1–64 channels and a rate of 8–96 kHz (MEDIA_UNSUPPORTED otherwise, before
 * any sample is read or resampled).
 */
export function checkWavHeader(h: WavHeader): void {
  const f = h.format;
  if (f.channels < 1 || f.channels > 64) throw undecodable(`the WAV file declares ${f.channels} channels`);
  if (f.sampleRate < MIN_SAMPLE_RATE || f.sampleRate > MAX_SAMPLE_RATE) {
    throw new BurnoutError('MEDIA_UNSUPPORTED', `the WAV file's sample rate of ${f.sampleRate.toLocaleString('en')} Hz is not supported: use 8–96 kHz`, {
      hint: 'record at 16, 44.1 or 48 kHz',
    });
  }
}

/**
 * Decodes a RIFF/WAVE (or RF64) file (header checked as readWavHeader and checkWavHeader say). Supports 8/16/24/32-bit
 * integer and 32/64-bit float PCM, WAVE_FORMAT_EXTENSIBLE and any channel count up to 64. Throws MEDIA_UNDECODABLE
 * for a broken or truncated file, MEDIA_UNSUPPORTED for a rate outside 8–96 kHz, UnsupportedWavError for other codecs.
 */
export function decodeWav(bytes: Uint8Array, header: WavHeader = readWavHeader(bytes)): PcmAudio {
  checkWavHeader(header);
  return decodePcm(bytes.subarray(header.data.offset, header.data.offset + header.data.size), header.format);
}

function readFormat(view: DataView, at: number, size: number): WavFormat {
  if (size < 16 || at + 16 > view.byteLength) throw undecodable('the WAV file has a broken format (fmt) chunk');
  let tag = view.getUint16(at, true);
  const f: WavFormat = {
    tag,
    channels: view.getUint16(at + 2, true),
    sampleRate: view.getUint32(at + 4, true),
    blockAlign: view.getUint16(at + 12, true),
    bits: view.getUint16(at + 14, true),
  };
  if (tag === FORMAT_EXTENSIBLE) {
    if (size < 40 || at + 26 > view.byteLength) throw undecodable('the WAV file has a broken extensible format chunk');
    tag = view.getUint16(at + 24, true); // first two bytes of the sub-format GUID are the format tag
    f.tag = tag;
  }
  return f;
}

function decodePcm(raw: Uint8Array, f: WavFormat): PcmAudio {
  if (f.tag !== FORMAT_PCM && f.tag !== FORMAT_FLOAT) {
    throw new UnsupportedWavError(`this WAV file uses an encoding that is not plain PCM (format tag ${f.tag})`);
  }
  const width = f.blockAlign / f.channels;
  const isFloat = f.tag === FORMAT_FLOAT;
  const okWidth = isFloat ? width === 4 || width === 8 : width >= 1 && width <= 4 && Number.isInteger(width);
  if (!okWidth || f.bits > width * 8) {
    throw new UnsupportedWavError(`this WAV file stores ${f.bits}-bit ${isFloat ? 'float' : 'integer'} samples in ${f.blockAlign}-byte frames, which is not supported`);
  }
  const frames = Math.floor(raw.length / f.blockAlign);
  if (frames === 0) throw undecodable('the WAV file contains no audio samples');
  const read = sampleReader(new DataView(raw.buffer, raw.byteOffset, raw.byteLength), width, isFloat);
  const out = new Float32Array(frames);
  const scale = 1 / f.channels;
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    const base = i * f.blockAlign;
    for (let c = 0; c < f.channels; c++) sum += read(base + c * width);
    out[i] = sum * scale;
  }
  return { samples: out, sampleRate: f.sampleRate, channels: f.channels, bits: isFloat ? width * 8 : f.bits, float: isFloat };
}

/** A reader for one sample at a byte offset, scaled to [-1, 1]. Integer data is scaled by its container width. */
function sampleReader(v: DataView, width: number, isFloat: boolean): (at: number) => number {
  if (isFloat) return width === 4 ? (at) => v.getFloat32(at, true) : (at) => v.getFloat64(at, true);
  switch (width) {
    case 1: return (at) => (v.getUint8(at) - 128) / 128;
    case 2: return (at) => v.getInt16(at, true) / 32768;
    case 3: return (at) => ((v.getUint8(at) | (v.getUint8(at + 1) << 8) | (v.getInt8(at + 2) << 16)) / 8388608);
    default: return (at) => v.getInt32(at, true) / 2147483648;
  }
}
