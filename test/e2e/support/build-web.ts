// Makes sure web/dist holds a build of the current web/ sources (builds with Vite when it is missing or older).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from '../../../src/config/paths.ts';

const WEB = join(REPO_ROOT, 'web');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the dashboard unless web/dist/index.html is newer than every file under web/src and web/index.html. */
export async function ensureWebBuilt(): Promise<void> {
  const built = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newestSource(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs, statSync(join(WEB, 'vite.config.ts')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}
