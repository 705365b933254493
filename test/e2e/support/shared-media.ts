// Picks one voice clip and one face image from ../shared/data (RAVDESS and FER-2013, for tests only) by label.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA } from '../../../src/config/paths.ts';

/** The first file of a manifest (path column `file`, label column `label`) with the given label, or null. */
function pick(folder: string, label: string): string | null {
  const manifest = join(SHARED_DATA, folder, 'manifest.csv');
  if (!existsSync(manifest)) return null;
  const [header, ...rows] = readFileSync(manifest, 'utf8').trim().split('\n');
  const cols = (header ?? '').split(',');
  const fileAt = cols.indexOf('file');
  const labelAt = cols.indexOf('label');
  for (const row of rows) {
    const cells = row.split(',');
    const file = cells[fileAt];
    if (cells[labelAt] === label && file && existsSync(join(SHARED_DATA, folder, file))) return join(SHARED_DATA, folder, file);
  }
  return null;
}

/** A sad RAVDESS clip and a sad FER-2013 face, or nulls when ../shared/data is absent. */
export function sharedMedia(): { voice: string | null; face: string | null } {
  return { voice: pick('voice', 'sad'), face: pick('face', 'sad') };
}
