// Launches Debian's Chromium through playwright-core with fake media devices (a WAV as the microphone, a Y4M
// video or Chromium's test pattern as the camera) in a throw-away profile directory.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Chromium lives: $CHROMIUM_PATH, or Debian's /usr/bin/chromium. Null when neither exists. */
export function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

/** Fake capture devices for the browser. */
export interface FakeMedia {
  /** WAV file Chromium plays as the microphone (looped). */
  audioWav: string;
  /** Optional Y4M/MJPEG file used as the camera; without it Chromium shows its moving test pattern. */
  videoFile?: string;
}

/** A running browser context and how to close it (removing its profile directory). */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with fake media devices and a fresh user-data-dir (`extraArgs`: more command-line flags). */
export async function launchBrowser(media: FakeMedia, downloadsDir: string, extraArgs: readonly string[] = []): Promise<TestBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found (apt-get install chromium)');
  const profile = mkdtempSync(join(tmpdir(), 'burnout-e2e-profile-'));
  const args = [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-audio-capture=${media.audioWav}`,
  ];
  if (media.videoFile) args.push(`--use-file-for-fake-video-capture=${media.videoFile}`);
  args.push(...extraArgs);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: { width: 1280, height: 900 },
    permissions: ['microphone', 'camera'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
