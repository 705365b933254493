// Reader for GoEmotions-style TSV files (`text \t label ids \t id`, labels from labels.txt beside the file).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EMOTIONS, type Emotion } from '../emotions.ts';
import { BurnoutError } from '../errors.ts';

/** One labelled text; `labels` keep the file's order (the first is the row's primary label). */
export interface LabelledText {
  text: string;
  labels: Emotion[];
  id: string;
}

/** The rows of one file plus the label names read from labels.txt. */
export interface LabelledTextSet {
  file: string;
  labelNames: Emotion[];
  rows: LabelledText[];
}

/**
 * Reads a GoEmotions TSV. Lines are split on TAB only (texts contain raw `"`); label ids are comma-separated,
 * 0-based into labels.txt, whose names must all be canonical emotions. Throws DATA_MISSING when a file is absent
 * and INPUT_INVALID (naming the line) on a malformed row.
 */
export function readGoEmotionsTsv(file: string): LabelledTextSet {
  if (!existsSync(file)) throw new BurnoutError('DATA_MISSING', `data file not found: ${file}`);
  const labelsFile = join(dirname(file), 'labels.txt');
  if (!existsSync(labelsFile)) throw new BurnoutError('DATA_MISSING', `labels.txt not found beside ${file}`);
  const labelNames = parseLabelNames(readFileSync(labelsFile, 'utf8'), labelsFile);
  return { file, labelNames, rows: parseGoEmotionsTsv(readFileSync(file, 'utf8'), labelNames, file) };
}

/** Parses labels.txt content: one canonical emotion name per line. */
export function parseLabelNames(content: string, source = 'labels.txt'): Emotion[] {
  const names = content.split(/\r?\n/).map((s) => s.trim()).filter((s) => s.length > 0);
  for (const n of names) {
    if (!(EMOTIONS as readonly string[]).includes(n)) {
      throw new BurnoutError('INPUT_INVALID', `${source}: "${n}" is not one of the canonical emotions (${EMOTIONS.join(', ')})`);
    }
  }
  if (names.length === 0) throw new BurnoutError('INPUT_INVALID', `${source} lists no labels`);
  return names as Emotion[];
}

/** Parses TSV content against the label names (see readGoEmotionsTsv). Empty lines are skipped. */
export function parseGoEmotionsTsv(content: string, labelNames: readonly Emotion[], source = 'tsv'): LabelledText[] {
  const rows: LabelledText[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.length === 0) return;
    const cols = line.split('\t');
    if (cols.length < 2) throw new BurnoutError('INPUT_INVALID', `${source} line ${i + 1}: expected text<TAB>labels<TAB>id`);
    const [text = '', ids = '', id = String(i + 1)] = cols;
    const labels = ids.split(',').map((s) => {
      const name = labelNames[Number(s.trim())];
      if (!/^\d+$/.test(s.trim()) || name === undefined) {
        throw new BurnoutError('INPUT_INVALID', `${source} line ${i + 1}: label id "${s}" is not in labels.txt`);
      }
      return name;
    });
    rows.push({ text, labels, id });
  });
  return rows;
}
