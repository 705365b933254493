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
interface WavFormat {
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

/**
 * Decodes a RIFF/WAVE (or RF64) file. The chunk walker accepts any chunk order (RAVDESS puts FLLR before `data`
 * and LIST/bext/_PMX after it). Supports 8/16/24/32-bit integer and 32/64-bit float PCM, WAVE_FORMAT_EXTENSIBLE
 * and any channel count. Throws MEDIA_UNDECODABLE for a broken or truncated file, UnsupportedWavError for other codecs.
 */
export function decodeWav(bytes: Uint8Array): PcmAudio {
  if (bytes.length < 12) throw undecodable('the WAV file is truncated: it ends inside its header');
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
    if (id === 'ds64' && size >= 16) ds64DataSize = Number(view.getBigUint64(body + 8, true));
    if (id === 'fmt ') format = readFormat(view, body, size);
    if (id === 'data') {
      if (size === UNKNOWN_SIZE) size = isRf64 && ds64DataSize !== null ? ds64DataSize : bytes.length - body;
      if (body + size > bytes.length) {
        throw undecodable(`the WAV file is truncated: its audio data should be ${size} bytes but only ${bytes.length - body} are present`);
      }
      data = { offset: body, size };
      if (format) break;
    }
    if (size === UNKNOWN_SIZE) break;
    offset = body + size + (size % 2);
  }
  if (!format) throw undecodable('not a usable WAV file: it has no format (fmt) chunk');
  if (!data) throw undecodable('the WAV file has no audio data chunk (it may be truncated)');
  return decodePcm(bytes.subarray(data.offset, data.offset + data.size), format);
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
  if (f.channels < 1 || f.channels > 64) throw undecodable(`the WAV file declares ${f.channels} channels`);
  if (f.sampleRate < 1000 || f.sampleRate > 768_000) throw undecodable(`the WAV file declares an unusable sample rate of ${f.sampleRate} Hz`);
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
