// Audio fixtures made in code for the voice, server and browser tests and the bench: tones, a glottal pulse train,
// a speech-like harmonic signal with syllables and pauses, and the WAV writer (src/media/audio/wav-encode.ts).

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

/**
 * Noise-like samples with a slowly varying level (a fixed linear congruential sequence, so every run sees the same
 * input): the SIMD kernels' tests compare their output with the JavaScript loops' on it.
 */
export function seededNoise(length: number, seed: number, levelPeriod = 37): Float64Array {
  const x = new Float64Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 16_807) % 2_147_483_647;
    x[i] = (s / 2_147_483_647 - 0.5) * (1 + Math.sin(i / levelPeriod));
  }
  return x;
}

export { encodeWav, wavBytes, type WavEncoding, type WavOptions } from '../../src/media/audio/wav-encode.ts';

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
