// Reads a labelled-media manifest (DIR/manifest.csv with at least `file` and `ekman` columns), shared by eval face/voice/risk.
import { join } from 'node:path';
import { EMOTIONS, type Emotion } from '../emotions.ts';
import { BurnoutError, isBurnoutError } from '../errors.ts';
import { readCsvTable } from './csv.ts';

/** One manifest row: the media file (relative to DIR), its canonical label and every column by name. */
export interface ManifestRow {
  file: string;
  label: Emotion;
  columns: Record<string, string>;
}

/** Reads DIR/manifest.csv (RFC 4180 CSV, a header naming at least `file` and `ekman`). */
export async function readLabelledManifest(dir: string): Promise<ManifestRow[]> {
  const path = join(dir, 'manifest.csv');
  const table = await readCsvTable(path, ['file', 'ekman']).catch((e: unknown) => {
    if (isBurnoutError(e, 'DATA_MISSING')) throw new BurnoutError('DATA_MISSING', `cannot read ${path}`, { hint: 'give --data a folder holding manifest.csv' });
    throw e;
  });
  return table.records.map((columns, i) => {
    const file = (columns.file ?? '').trim();
    const label = (columns.ekman ?? '').trim() as Emotion;
    if (!file || !EMOTIONS.includes(label)) {
      throw new BurnoutError('INPUT_INVALID', `${path} row ${i + 2}: needs a file and an ekman label (one of ${EMOTIONS.join(', ')})`);
    }
    return { file, label, columns };
  });
}
