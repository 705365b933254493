// Start-up of the `burnout` CLI as a user meets it: wall time and peak RSS of `burnout --help`, `burnout --version` and
// `burnout eval --help` (stubs only), and of `burnout trend --help` (one command file loaded), interleaved, --runs each.
// Prints figures; asserts nothing. Run: node bin/run-ts.js bench/cli-startup.ts [--runs 9]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/paths.ts';
import { median } from '../src/eval/metrics.ts';
import { numberArg } from './args.ts';

const runs = numberArg('runs', 9);
const hasTime = existsSync('/usr/bin/time');
const cases: Record<string, string[]> = {
  '--help': ['--help'],
  '--version': ['--version'],
  'eval --help': ['eval', '--help'],
  'trend --help': ['trend', '--help'],
};
const wall: Record<string, number[]> = {};
const rss: Record<string, number[]> = {};
for (let r = 0; r < runs; r += 1) {
  for (const [name, args] of Object.entries(cases)) {
    const cli = [process.execPath, join(REPO_ROOT, 'bin', 'burnout.js'), ...args];
    // Peak RSS from GNU time where it exists (its own start-up is a few ms of the wall time).
    const t0 = performance.now();
    const out = hasTime ? spawnSync('/usr/bin/time', ['-f', '%M', ...cli], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
      : spawnSync(cli[0]!, cli.slice(1), { stdio: 'ignore' });
    (wall[name] ??= []).push(performance.now() - t0);
    if (hasTime) (rss[name] ??= []).push(Number(String(out.stderr).trim().split('\n').pop()) / 1024);
  }
}
for (const name of Object.keys(cases)) {
  console.log(`burnout ${name.padEnd(13)} p50 ${(median(wall[name]!) / 1000).toFixed(2)} s, max ${(Math.max(...wall[name]!) / 1000).toFixed(2)} s, ${rss[name] ? `peak RSS ${median(rss[name]!).toFixed(0)} MB` : 'no /usr/bin/time for RSS'} (${runs} runs)`);
}
