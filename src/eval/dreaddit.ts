// Reads the Dreaddit stress data set (Turcan & McKeown 2019): a CSV whose columns are read by name (the train and
// test files order them differently), keeping the post text, the binary stress label and a few descriptive columns.
import { BurnoutError } from '../errors.ts';
import { readCsvTable } from './csv.ts';

/** One labelled Dreaddit post. */
export interface DreadditPost {
  /** The data set's `id` column (unique per post segment). */
  id: string;
  subreddit: string;
  text: string;
  /** 1 = stress, 0 = not stress. */
  label: 0 | 1;
  /** Annotator agreement (0.5–1), when the column exists. */
  confidence: number | null;
  /** Every column by name (e.g. LIWC scores), for grouping. */
  columns: Record<string, string>;
}

/** Reads a Dreaddit CSV; throws DATA_MISSING / INPUT_INVALID naming the file, the row and what is wrong. */
export async function readDreaddit(path: string): Promise<DreadditPost[]> {
  const table = await readCsvTable(path, ['text', 'label']);
  return table.records.map((r, i) => {
    const label = Number(r.label);
    if (label !== 0 && label !== 1) throw new BurnoutError('INPUT_INVALID', `${path} row ${i + 2}: label must be 0 or 1 (got "${r.label}")`);
    const confidence = r.confidence !== undefined && r.confidence !== '' ? Number(r.confidence) : null;
    return {
      id: r.id || String(i + 1),
      subreddit: r.subreddit ?? '',
      text: r.text ?? '',
      label,
      confidence: Number.isFinite(confidence) ? confidence : null,
      columns: r,
    };
  });
}
