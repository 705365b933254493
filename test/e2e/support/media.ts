// Test media the e2e tests generate themselves: a spoken WAV for the fake microphone (espeak-ng when installed,
// else a synthetic voiced signal) and, when a face image is given and ffmpeg exists, a Y4M clip for the fake camera.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SENTENCES =
  'I worked late again today and I feel tired. The meetings never end, and I could not finish anything. ' +
  'Tomorrow I will try to take a proper break and go for a walk.';

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Writes mono 16-bit PCM WAV bytes. */
function writeWav(path: string, samples: Float32Array, rate: number): void {
  const buf = Buffer.alloc(44 + samples.length * 2);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + samples.length * 2, 4);
  buf.write('WAVEfmt ', 8, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(samples.length * 2, 40);
  samples.forEach((s, i) => buf.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), 44 + i * 2));
  writeFileSync(path, buf);
}

/** A voiced, syllable-modulated tone with a wandering pitch: speech-like enough for the acoustic analysis. */
function syntheticVoice(rate: number, seconds: number): Float32Array {
  const out = new Float32Array(Math.round(rate * seconds));
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const f0 = 150 + 25 * Math.sin(2 * Math.PI * 0.7 * t);
    phase += (2 * Math.PI * f0) / rate;
    const syllable = Math.max(0, Math.sin(2 * Math.PI * 4 * t)) ** 2;
    const pause = t % 3 < 2.4 ? 1 : 0;
    let v = 0;
    for (let h = 1; h <= 8; h++) v += Math.sin(h * phase) / h;
    out[i] = 0.25 * v * syllable * pause;
  }
  return out;
}

/** Writes a speech WAV into `dir` and returns its path and how it was made. */
export function makeSpeechWav(dir: string): { path: string; source: 'espeak-ng' | 'synthetic' } {
  const path = join(dir, 'fake-mic.wav');
  if (has('espeak-ng')) {
    execFileSync('espeak-ng', ['-s', '150', '-w', path, SENTENCES]);
    return { path, source: 'espeak-ng' };
  }
  writeWav(path, syntheticVoice(16_000, 8), 16_000);
  return { path, source: 'synthetic' };
}

/** Turns a still face image into a short 640×480 Y4M clip for the fake camera; null without ffmpeg. */
export function makeCameraClip(image: string, dir: string): string | null {
  if (!has('ffmpeg')) return null;
  const path = join(dir, 'fake-camera.y4m');
  execFileSync('ffmpeg', [
    '-loglevel', 'error', '-y', '-loop', '1', '-i', image, '-t', '2', '-r', '10',
    // A face filling the frame is not found by the detectors: keep it 240 px in the middle of a grey frame.
    '-vf', 'scale=240:240:flags=lanczos,pad=640:480:200:120:gray,format=yuv420p', path,
  ]);
  return path;
}
