// Audio fixtures made in code for the voice, server and browser tests and the bench: tones, a glottal pulse train,
// a speech-like harmonic signal with syllables and pauses, and a WAV writer.

/** A pure sine tone. */
export function tone(hz: number, seconds: number, sampleRate = 16_000, amplitude = 0.3): Float32Array {
  return Float32Array.from({ length: Math.round(seconds * sampleRate) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate));
}

/** Options of syntheticVoice. */
export interface VoiceOptions {
  f0: number;
  seconds: number;
  sampleRate?: number;
  /** Relative SD of each period (0.01 = 1 % Gaussian period noise). */
  jitter?: number;
  /** Relative SD of each pulse amplitude. */
  shimmer?: number;
  /** SD of added white noise (full scale = 1). */
  noise?: number;
  /** Syllable-like loudness modulation rate in Hz (0 = steady). */
  syllableRate?: number;
  /** Peak pulse amplitude. */
  amplitude?: number;
  /** Intonation: F0 glides ± this many semitones (0.8 Hz), as speech does; 0 = a held pitch (which the speech gate refuses). */
  intonation?: number;
  /** Silence before and after, in seconds. */
  padSeconds?: number;
  seed?: number;
}

/**
 * A deterministic vowel-like signal: one damped two-formant response (700 and 1200 Hz) per glottal period, placed at
 * exact (fractional) times so that jitter and shimmer are only what is asked for; optional syllable modulation and noise.
 */
export function syntheticVoice(o: VoiceOptions): Float32Array {
  const fs = o.sampleRate ?? 16_000;
  const pad = o.padSeconds ?? 0.5;
  const x = new Float32Array(Math.round(fs * (o.seconds + 2 * pad)));
  let seed = o.seed ?? 1;
  const rnd = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  let t = pad * fs;
  while (t < (pad + o.seconds) * fs) {
    const glide = o.intonation ? 2 ** ((o.intonation * Math.sin(2 * Math.PI * 0.8 * (t / fs - pad))) / 12) : 1;
    const period = (fs / (o.f0 * glide)) * (1 + (o.jitter ?? 0) * gauss());
    const envelope = o.syllableRate ? 0.55 + 0.45 * Math.sin((2 * Math.PI * o.syllableRate * (t / fs - pad)) - Math.PI / 2) : 1;
    const amp = (o.amplitude ?? 0.3) * envelope * (1 + (o.shimmer ?? 0) * gauss());
    const first = Math.ceil(t);
    for (let k = 0; k < period * 3 && first + k < x.length; k++) {
      const tt = (first + k - t) / fs;
      x[first + k] = (x[first + k] as number) + amp * Math.exp(-tt * 400) * (Math.sin(2 * Math.PI * 700 * tt) + 0.5 * Math.sin(2 * Math.PI * 1200 * tt));
    }
    t += period;
  }
  if (o.noise) for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) + o.noise * gauss();
  return x;
}

export { speechLikeVoice } from '../../src/media/audio/speech-like.ts';

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

/**
 * A 44-byte PCM WAV header claiming `rate` Hz, `channels` and `bits`, followed by `dataBytes` of silence: for the
 * header checks (the claimed rate and duration are what matters, not the samples).
 */
export function wavHeaderOnly(rate: number, dataBytes: number, bits = 8, channels = 1): Uint8Array {
  const b = new Uint8Array(44 + dataBytes);
  const v = new DataView(b.buffer);
  b.set(new TextEncoder().encode('RIFF'), 0);
  v.setUint32(4, 36 + dataBytes, true);
  b.set(new TextEncoder().encode('WAVEfmt '), 8);
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, channels, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, (rate * channels * bits) / 8, true);
  v.setUint16(32, (channels * bits) / 8, true);
  v.setUint16(34, bits, true);
  b.set(new TextEncoder().encode('data'), 36);
  v.setUint32(40, dataBytes, true);
  b.fill(bits === 8 ? 128 : 0, 44);
  return b;
}
