// Which external programs this machine has, for tests that need one (ffmpeg, espeak-ng) and skip without it.
import { spawnSync } from 'node:child_process';

/** True when `name` is an executable on PATH. */
export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$0"', name]).status === 0;
}

/** True when ffmpeg is installed (compressed audio, RF64 and CAF decode through it). */
export const hasFfmpeg = hasCommand('ffmpeg');
