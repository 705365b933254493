// RFC 4180 CSV reading with csv-parse: quoted cells (with commas, quotes and line breaks inside), CRLF or LF rows, a
// header row.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { BurnoutError } from '../errors.ts';

/**
 * Splits CSV text into rows of cells (csv-parse): quoted cells may hold commas, doubled quotes ("") and line breaks;
 * CRLF, LF or CR rows (mixed too); a BOM and blank lines are skipped; rows may differ in length. An unclosed quote is
 * INPUT_INVALID.
 */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new BurnoutError('INPUT_INVALID', `not valid CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
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
