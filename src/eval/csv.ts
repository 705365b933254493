// RFC 4180 CSV reading: quoted cells (with commas, quotes and line breaks inside), CRLF or LF rows, a header row.
import { readFile } from 'node:fs/promises';
import { BurnoutError } from '../errors.ts';

/** Splits CSV text into rows of cells. Quoted cells may hold commas, doubled quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 1; } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows.filter((r) => !(r.length === 1 && r[0]?.trim() === ''));
}

/** A CSV file's header names and its records keyed by those names. */
export interface CsvTable {
  path: string;
  columns: string[];
  records: Array<Record<string, string>>;
}

/**
 * Reads a CSV file with a header row. Throws DATA_MISSING when the file cannot be read and INPUT_INVALID naming the
 * first missing column of `required`.
 */
export async function readCsvTable(path: string, required: readonly string[] = []): Promise<CsvTable> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new BurnoutError('DATA_MISSING', `cannot read ${path}`);
  });
  const [header = [], ...rows] = parseCsv(text);
  const columns = header.map((h) => h.trim());
  const missing = required.find((c) => !columns.includes(c));
  if (missing) throw new BurnoutError('INPUT_INVALID', `${path} has no column "${missing}" (needs ${required.join(', ')})`);
  const records = rows.map((cells) => Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])));
  return { path, columns, records };
}
