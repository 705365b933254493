// Reads a file the user named as an input (a recording, a photo, a journal text) and says plainly why it cannot be read:
// no such file, a folder, no permission — one message for the CLI's every input.
import { readFile } from 'node:fs/promises';
import { BurnoutError } from '../errors.ts';

/** Why a file cannot be read, in plain words, from its errno code. */
function whyUnreadable(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  return 'it cannot be read';
}

/**
 * The bytes of `path`; DATA_MISSING naming the kind of input (`what`, e.g. "audio file") and why it cannot be read.
 */
export async function readInputFile(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new BurnoutError('DATA_MISSING', `cannot read ${what} ${path}: ${whyUnreadable((e as NodeJS.ErrnoException).code)}`);
  }
}

/**
 * A journal text file as a string; INPUT_INVALID when it holds binary data (a recording or a photo given by mistake),
 * which would otherwise be read as thousands of garbled characters.
 */
export async function readTextInputFile(path: string): Promise<string> {
  const bytes = await readInputFile(path, 'text file');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const head = bytes.subarray(0, 4096);
  if (head.includes(0) || (text.match(/\uFFFD/g)?.length ?? 0) > Math.max(8, text.length / 100)) {
    throw new BurnoutError('INPUT_INVALID', `${path} is not a text file (it holds binary data, e.g. a recording or a photo)`, {
      hint: 'give a recording with --audio, a photo with --image, and a UTF-8 text with --text-file',
    });
  }
  return text;
}
