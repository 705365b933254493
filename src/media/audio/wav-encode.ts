// Writes RIFF/WAVE files from float samples: the start-up warm-up's 48 kHz recording (src/pool/warm-up.ts), and the
// tests' and benchmarks' WAV fixtures in every encoding the decoder reads (re-exported by test/helpers/audio-fixtures.ts).

/** Sample encodings the WAV writer supports. */
export type WavEncoding = 'int8' | 'int16' | 'int24' | 'int32' | 'float32';

/** Options of encodeWav. */
export interface WavOptions {
  sampleRate: number;
  encoding: WavEncoding;
  /** WAVE_FORMAT_EXTENSIBLE header instead of the plain one. */
  extensible?: boolean;
  /** Extra chunks written between `fmt ` and `data`, and after `data` (ids of 4 ASCII characters). */
  before?: Array<{ id: string; bytes: number }>;
  after?: Array<{ id: string; bytes: number }>;
}

/** Writes a RIFF/WAVE file from one Float32Array per channel (values in [-1, 1]). */
export function encodeWav(channels: readonly Float32Array[], o: WavOptions): Uint8Array {
  const width = { int8: 1, int16: 2, int24: 3, int32: 4, float32: 4 }[o.encoding];
  const frames = channels[0]?.length ?? 0;
  const block = width * channels.length;
  const fmtSize = o.extensible ? 40 : 16;
  const extra = (list?: Array<{ id: string; bytes: number }>) => (list ?? []).reduce((s, c) => s + 8 + c.bytes + (c.bytes % 2), 0);
  const dataSize = frames * block;
  const total = 12 + 8 + fmtSize + extra(o.before) + 8 + dataSize + (dataSize % 2) + extra(o.after);
  const buf = new Uint8Array(total);
  const v = new DataView(buf.buffer);
  let at = 0;
  const ascii = (s: string) => { for (const ch of s) buf[at++] = ch.charCodeAt(0); };
  const u32 = (n: number) => { v.setUint32(at, n, true); at += 4; };
  const u16 = (n: number) => { v.setUint16(at, n, true); at += 2; };
  const chunks = (list?: Array<{ id: string; bytes: number }>) => {
    for (const c of list ?? []) {
      ascii(c.id);
      u32(c.bytes);
      for (let i = 0; i < c.bytes; i++) buf[at++] = (i * 7) & 0xff;
      at += c.bytes % 2;
    }
  };
  const tag = o.encoding === 'float32' ? 3 : 1;
  ascii('RIFF'); u32(total - 8); ascii('WAVE');
  ascii('fmt '); u32(fmtSize);
  u16(o.extensible ? 0xfffe : tag); u16(channels.length); u32(o.sampleRate); u32(o.sampleRate * block); u16(block); u16(width * 8);
  if (o.extensible) {
    u16(22); u16(width * 8); u32(0);
    u16(tag); for (const b of [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71]) buf[at++] = b;
  }
  chunks(o.before);
  ascii('data'); u32(dataSize);
  for (let i = 0; i < frames; i++) {
    for (const ch of channels) {
      const s = Math.max(-1, Math.min(1, ch[i] as number));
      switch (o.encoding) {
        case 'int8': v.setUint8(at, Math.round(s * 127) + 128); break;
        case 'int16': v.setInt16(at, Math.round(s * 32767), true); break;
        case 'int24': { const n = Math.round(s * 8388607); v.setUint8(at, n & 0xff); v.setUint8(at + 1, (n >> 8) & 0xff); v.setInt8(at + 2, n >> 16); break; }
        case 'int32': v.setInt32(at, Math.round(s * 2147483647), true); break;
        case 'float32': v.setFloat32(at, s, true); break;
      }
      at += width;
    }
  }
  at += dataSize % 2;
  chunks(o.after);
  return buf;
}

/** Mono 16-bit PCM WAV bytes for `samples` in [-1, 1] (the common case of encodeWav). */
export function wavBytes(samples: Float32Array, sampleRate: number): Uint8Array {
  return encodeWav([samples], { sampleRate, encoding: 'int16' });
}
