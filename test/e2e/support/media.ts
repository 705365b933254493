// Test media the e2e tests generate themselves: a spoken WAV for the fake microphone (espeak-ng when installed,
// else a synthetic voiced signal) and, when a face image is given and ffmpeg exists, a Y4M clip for the fake camera.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { speechLikeVoice, wavBytes } from '../../helpers/audio-fixtures.ts';
import { hasCommand, hasFfmpeg } from '../../helpers/commands.ts';

const SENTENCES =
  'I worked late again today and I feel tired. The meetings never end, and I could not finish anything. ' +
  'Tomorrow I will try to take a proper break and go for a walk.';

/** Writes a speech WAV into `dir` and returns its path and how it was made. */
export function makeSpeechWav(dir: string): { path: string; source: 'espeak-ng' | 'synthetic' } {
  const path = join(dir, 'fake-mic.wav');
  if (hasCommand('espeak-ng')) {
    execFileSync('espeak-ng', ['-s', '150', '-w', path, SENTENCES]);
    return { path, source: 'espeak-ng' };
  }
  writeFileSync(path, wavBytes(speechLikeVoice(16_000, 8), 16_000));
  return { path, source: 'synthetic' };
}

/** Turns a still face image into a short 640×480 Y4M clip for the fake camera; null without ffmpeg. */
export function makeCameraClip(image: string, dir: string): string | null {
  if (!hasFfmpeg) return null;
  const path = join(dir, 'fake-camera.y4m');
  execFileSync('ffmpeg', [
    '-loglevel', 'error', '-y', '-loop', '1', '-i', image, '-t', '2', '-r', '10',
    // A face filling the frame is not found by the detectors: keep it 240 px in the middle of a grey frame.
    '-vf', 'scale=240:240:flags=lanczos,pad=640:480:200:120:gray,format=yuv420p', path,
  ]);
  return path;
}
