// A private temporary folder for media that must touch the disk (MP4/M4A needs a seekable input for ffmpeg):
// <tmpdir>/burnout-<uid>/ (mode 0700, owned by this user), one sub-folder per process and thread. Start-up removes
// the folders of processes that are gone, and the worker pool removes a recycled worker's folder, so a crash or a
// killed worker never leaves a recording behind for long.
import { lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { BurnoutError } from '../errors.ts';

/** The private root shared by every process of this user (created 0700; refused when not a private folder). */
export function privateTempRoot(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const root = join(tmpdir(), `burnout-${uid}`);
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const st = lstatSync(root);
  if (!st.isDirectory() || (typeof process.getuid === 'function' && st.uid !== uid) || (st.mode & 0o077) !== 0) {
    throw new BurnoutError('INTERNAL', `the temporary folder ${root} is not a private folder of this user`);
  }
  return root;
}

/** This process's and thread's folder inside the private root: `<pid>-<threadId>`. */
export function threadTempDir(pid = process.pid, thread = threadId): string {
  const dir = join(privateTempRoot(), `${pid}-${thread}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/**
 * Writes `bytes` to a fresh file (mode 0600) in this thread's private folder, runs `fn` on its path and removes it
 * again, whatever `fn` does.
 */
export async function withPrivateFile<T>(bytes: Uint8Array, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(threadTempDir(), 'media-'));
  try {
    const file = join(dir, 'input');
    await writeFile(file, bytes, { mode: 0o600 });
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Removes one thread's folder (the pool calls it when it recycles a worker). */
export function removeThreadTempDir(pid: number, thread: number): void {
  rmSync(join(privateTempRoot(), `${pid}-${thread}`), { recursive: true, force: true });
}

/** True when a process with this id is running (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders of processes that are no longer running; returns how many were removed. Called at start-up. */
export function cleanStaleTempDirs(): number {
  const root = privateTempRoot();
  let removed = 0;
  for (const name of readdirSync(root)) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) continue;
    if (pid === process.pid) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}
