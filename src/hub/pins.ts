// Pinned hub models: the commit each model is downloaded from and the SHA-256 of every file (config models.pins),
// the check of a file against its pin (a mismatching file is removed), and the pin of an unpinned pull in YAML.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { BurnoutError } from '../errors.ts';

/** One model's pin: the hub commit and the SHA-256 (hex) of each file path in the repository. */
export interface ModelPin {
  revision: string;
  files: Readonly<Record<string, string>>;
}

/** The SHA-256 of a file, in lower-case hex. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Checks that the file at `path` (`label`: the model id and file, for the message) has the SHA-256 `expected`. On a
 * mismatch the file is removed and MODEL_INTEGRITY names the file and both hashes. `actual` skips re-reading a file
 * whose hash was computed while it was written.
 */
export async function verifyFile(path: string, label: string, expected: string, actual?: string): Promise<void> {
  const got = actual ?? await sha256File(path);
  if (got === expected.toLowerCase()) return;
  await rm(path, { force: true });
  throw new BurnoutError('MODEL_INTEGRITY', `${label} does not match its pinned SHA-256 (expected ${expected}, got ${got}); the file was removed`, {
    hint: 'pull again; if it happens again, the hub no longer serves the pinned file: check models.pins in config.yaml',
  });
}

/** The expected SHA-256 of `file` under `pin`, or MODEL_INTEGRITY when the pin does not list the file. */
export function pinnedHash(id: string, pin: ModelPin, file: string): string {
  const hash = pin.files[file];
  if (!hash) {
    throw new BurnoutError('MODEL_INTEGRITY', `${id}/${file} has no SHA-256 in models.pins (revision ${pin.revision})`, {
      hint: `add the file's hash under models.pins["${id}"].files in config.yaml, or remove the pin to pull and print a new one`,
    });
  }
  return hash;
}

/** The YAML lines that pin `id` at `revision` with `files` (to paste under `models.pins:` in config.yaml). */
export function pinYaml(id: string, pin: ModelPin): string {
  const files = Object.entries(pin.files).sort(([a], [b]) => a.localeCompare(b)).map(([f, h]) => `        ${f}: ${h}`);
  return [`    ${id}:`, `      revision: ${pin.revision}`, '      files:', ...files].join('\n');
}
