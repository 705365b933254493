// Which group an evaluated item belongs to: a column of the data (manifest or CSV) or the derived `length` bucket.
import { BurnoutError } from '../errors.ts';

/** The derived column every text evaluation offers: the text's length in words, bucketed. */
export const LENGTH_COLUMN = 'length';

/** Word-count buckets of the `length` column (upper bounds inclusive; the last is open). */
const LENGTH_BUCKETS: ReadonlyArray<[number, string]> = [
  [10, '1-10 words'],
  [30, '11-30 words'],
  [80, '31-80 words'],
  [Infinity, '81+ words'],
];

/** The `length` bucket of a text (words are runs of non-space characters). */
export function lengthBucket(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return (LENGTH_BUCKETS.find(([max]) => words <= max) as [number, string])[1];
}

/**
 * The group of each row under `column`: the derived length bucket when `column` is `length` and the rows have a text,
 * else the row's own column (an empty cell becomes "(blank)"). Throws INPUT_INVALID naming the columns that exist.
 */
export function groupKeys(rows: ReadonlyArray<{ columns: Readonly<Record<string, string>>; text?: string }>, column: string): string[] {
  const first = rows[0];
  if (column === LENGTH_COLUMN && first && first.text !== undefined && !(column in first.columns)) {
    return rows.map((r) => lengthBucket(r.text ?? ''));
  }
  if (first && !(column in first.columns)) {
    const offered = [...Object.keys(first.columns), ...(first.text !== undefined ? [LENGTH_COLUMN] : [])];
    throw new BurnoutError('INPUT_INVALID', `no column "${column}" to group by (use one of ${offered.join(', ')})`);
  }
  return rows.map((r) => (r.columns[column] ?? '').trim() || '(blank)');
}
