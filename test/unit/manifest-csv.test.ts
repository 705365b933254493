// The labelled-media manifest (eval face/voice/risk): quoted cells keep their commas, quotes and line breaks; a bad
// row or a broken quote is refused naming the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLabelledManifest } from '../../src/eval/manifest-csv.ts';

describe('readLabelledManifest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'burnout-manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (text: string) => writeFileSync(join(dir, 'manifest.csv'), text);

  it('keeps quoted commas in file names and other columns', async () => {
    write('file,ekman,speaker,note\r\n"clips/a, take 2.wav",sadness,"Doe, J.","said ""fine""\nthen sighed"\nb.wav,joy,S2,\n');
    const rows = await readLabelledManifest(dir);
    expect(rows).toEqual([
      { file: 'clips/a, take 2.wav', label: 'sadness', columns: { file: 'clips/a, take 2.wav', ekman: 'sadness', speaker: 'Doe, J.', note: 'said "fine"\nthen sighed' } },
      { file: 'b.wav', label: 'joy', columns: { file: 'b.wav', ekman: 'joy', speaker: 'S2', note: '' } },
    ]);
  });

  it('refuses a row without a known label, and a quote that never closes', async () => {
    write('file,ekman\n"a, b.wav",sad\n');
    await expect(readLabelledManifest(dir)).rejects.toThrow(/row 2: needs a file and an ekman label/);
    write('file,ekman\n"a.wav,joy\n');
    await expect(readLabelledManifest(dir)).rejects.toThrow(/not valid CSV/);
  });
});
