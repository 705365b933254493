// Builds request bodies for app.inject: multipart/form-data through the platform's FormData encoder.

/** A multipart part: a plain value, or a file with bytes (the declared type is deliberately free). */
export type FormValue = string | { bytes: Uint8Array; filename: string; type?: string };

/** Encodes fields (repeatable) as multipart/form-data; returns the payload and its content-type header. */
export async function multipart(fields: Array<[string, FormValue]>): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([new Uint8Array(value.bytes)], { type: value.type ?? 'application/octet-stream' }), value.filename);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  };
}

/** Mono 16-bit PCM WAV bytes for `samples` in [-1, 1]. */
export function wavBytes(samples: Float32Array, sampleRate: number): Uint8Array {
  const buf = Buffer.alloc(44 + samples.length * 2);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + samples.length * 2, 4);
  buf.write('WAVEfmt ', 8, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(samples.length * 2, 40);
  samples.forEach((s, i) => buf.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), 44 + i * 2));
  return new Uint8Array(buf);
}

/**
 * A speech-like voiced signal: a harmonic tone with a wandering pitch (≈120–180 Hz), amplitude-modulated into
 * syllables of about 4 per second with short pauses, so that the acoustic analysis finds voiced speech.
 */
export function syntheticVoice(sampleRate: number, seconds: number, seed = 1): Float32Array {
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
