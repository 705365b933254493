// Progress reporting for long work (training, downloads, evaluation): a terminal bar on stderr, or nothing in --json mode and servers.
import cliProgress from 'cli-progress';

/** A minimal progress reporter that long-running library code can accept without knowing about terminals. */
export interface Progress {
  start(total: number, label?: string): void;
  update(value: number, info?: string): void;
  stop(): void;
}

/** A progress reporter that does nothing (tests, JSON output, servers). */
export const silentProgress: Progress = { start() {}, update() {}, stop() {} };

/** A terminal progress bar on stderr; falls back to a line per 10 % when stderr is not a TTY. */
export function createProgressBar(enabled = true): Progress {
  if (!enabled) return silentProgress;
  if (!process.stderr.isTTY) return lineProgress();
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{label} [{bar}] {percentage}% | {value}/{total} {info}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let label = '';
  return {
    start(total, l = '') { label = l; bar.start(total, 0, { label, info: '' }); },
    update(value, info = '') { bar.update(value, { label, info }); },
    stop() { bar.stop(); },
  };
}

function lineProgress(): Progress {
  let total = 0;
  let label = '';
  let lastDecile = -1;
  return {
    start(t, l = '') { total = t; label = l; lastDecile = -1; },
    update(value, info = '') {
      const decile = total > 0 ? Math.floor((value / total) * 10) : 10;
      if (decile > lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${label} ${Math.min(100, decile * 10)}% (${value}/${total}) ${info}\n`);
      }
    },
    stop() {},
  };
}
