// Reads a secret from standard input (`--password-stdin`): the whole input, without its final line break.
import { BurnoutError } from '../errors.ts';

/** The text piped to standard input, one trailing newline removed; INPUT_INVALID when stdin is a terminal or empty. */
export async function readSecretFromStdin(what: string): Promise<string> {
  if (process.stdin.isTTY) throw new BurnoutError('INPUT_INVALID', `--password-stdin expects the ${what} on standard input (e.g. printf '%s' "$PW" | burnout …)`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (!text) throw new BurnoutError('INPUT_INVALID', `no ${what} on standard input`);
  return text;
}
