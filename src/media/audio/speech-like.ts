// A synthetic speech-like signal that the voice analysis accepts as speech: used to warm the voice engines up at
// start-up, and by the tests and benchmarks as a voice recording made in code.

/**
 * A speech-like voiced signal: a harmonic tone with a wandering pitch (≈120–180 Hz), amplitude-modulated into
 * syllables of about 4 per second with short pauses, so that the acoustic analysis finds voiced speech.
 */
export function speechLikeVoice(sampleRate: number, seconds: number, seed = 1): Float32Array {
  const out = new Float32Array(Math.round(sampleRate * seconds));
  let phase = 0;
  let noise = seed;
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const f0 = 150 + 25 * Math.sin(2 * Math.PI * 0.7 * t) + 5 * Math.sin(2 * Math.PI * 5.3 * t);
    phase += (2 * Math.PI * f0) / sampleRate;
    const syllable = Math.max(0, Math.sin(2 * Math.PI * 4 * t)) ** 0.6;
    const phrase = (t % 2.5) < 2.1 ? 1 : 0;
    noise = (noise * 1103515245 + 12345) % 2147483648;
    const breath = (noise / 2147483648 - 0.5) * 0.01;
    let v = 0;
    for (let h = 1; h <= 8; h++) v += Math.sin(h * phase) / h;
    out[i] = 0.3 * v * syllable * phrase + breath;
  }
  return out;
}
