// CLI output helpers: one-line error reports with exit codes, JSON printing and plain tables.
import { EXIT_CODES, toBurnoutError } from '../errors.ts';

/**
 * Prints an error to stderr and returns the exit code for it: one line (plus hint), or with `json` one object
 * `{ "error": { code, message, hint } }` for scripts. Never prints a stack.
 */
export function reportError(e: unknown, options: { json?: boolean } = {}): number {
  const err = toBurnoutError(e);
  if (options.json) {
    process.stderr.write(JSON.stringify({ error: { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}) } }) + '\n');
  } else {
    console.error(`error [${err.code}]: ${err.message}`);
    if (err.hint) console.error(`hint: ${err.hint}`);
  }
  if (err.code === 'INTERNAL' && process.env.BURNOUT_DEBUG) console.error(err.cause);
  return EXIT_CODES[err.code];
}

/** Prints a value as one JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Formats rows as an aligned plain-text table. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  return cells
    .map((r, ri) => {
      const line = r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ').trimEnd();
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** Short numeric formatting for tables: integers as is, others with 3 significant decimals. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}

/** The not-a-diagnosis notice every human-readable output carries (defined in src/notice.ts). */
export { NOTICE } from '../notice.ts';
