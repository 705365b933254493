// Reads a labelled-media manifest (DIR/manifest.csv with at least `file` and `ekman` columns), shared by eval face/voice.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMOTIONS, type Emotion } from '../emotions.ts';
import { BurnoutError } from '../errors.ts';

/** One manifest row: the media file (relative to DIR), its canonical label and every column by name. */
export interface ManifestRow {
  file: string;
  label: Emotion;
  columns: Record<string, string>;
}

/**
 * Reads DIR/manifest.csv: a header row naming at least `file` and `ekman`, plain comma-separated cells
 * (double-quoted cells are unquoted; the shared data sets have no commas inside cells).
 */
export async function readLabelledManifest(dir: string): Promise<ManifestRow[]> {
  const path = join(dir, 'manifest.csv');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new BurnoutError('DATA_MISSING', `cannot read ${path}`, { hint: 'give --data a folder holding manifest.csv' });
  });
  const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = splitCells(header);
  if (!names.includes('file') || !names.includes('ekman')) {
    throw new BurnoutError('INPUT_INVALID', `${path} needs the columns file and ekman`);
  }
  return lines.map((line, i) => {
    const cells = splitCells(line);
    const columns = Object.fromEntries(names.map((n, j) => [n, cells[j] ?? '']));
    const file = columns.file ?? '';
    const label = columns.ekman as Emotion;
    if (!file || !EMOTIONS.includes(label)) {
      throw new BurnoutError('INPUT_INVALID', `${path} line ${i + 2}: needs a file and an ekman label (one of ${EMOTIONS.join(', ')})`);
    }
    return { file, label, columns };
  });
}

function splitCells(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}
