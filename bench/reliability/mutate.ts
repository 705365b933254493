// Seeded mutators for the reliability fuzz: bit flips, interesting bytes and 32-bit values written over header
// fields, truncation, duplicated and deleted runs, inserted junk — the mutations that find parser bugs.
import type { Rng } from '../../src/ml/random.ts';

/** Values that break size and rate arithmetic (0, −1, 2^31−1, odd rates, huge sizes). */
const INTERESTING32 = [0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 767_999, 1_000, 96_001, 7_999, 65_535, 5000 << 16 | 5000];
const INTERESTING8 = [0, 1, 0x7f, 0x80, 0xff];

/** One mutation of `input`, chosen and placed at random (headers are hit often: half the edits land in the first 64 bytes). */
export function mutate(input: Uint8Array, r: Rng): Uint8Array {
  const at = (len: number) => (r.next() < 0.5 ? r.int(Math.min(64, len)) : r.int(len));
  const b = new Uint8Array(input);
  switch (r.int(8)) {
    case 0: { // flip 1–8 bits
      for (let i = 0, n = 1 + r.int(8); i < n; i++) { const p = at(b.length); b[p] = b[p]! ^ (1 << r.int(8)); }
      return b;
    }
    case 1: { // interesting byte
      b[at(b.length)] = INTERESTING8[r.int(INTERESTING8.length)]!;
      return b;
    }
    case 2: { // interesting 32-bit value, little or big endian
      const p = Math.min(at(b.length), Math.max(0, b.length - 4));
      new DataView(b.buffer).setUint32(p, INTERESTING32[r.int(INTERESTING32.length)]! >>> 0, r.next() < 0.5);
      return b;
    }
    case 3: // truncate
      return b.subarray(0, r.int(b.length));
    case 4: { // delete a run
      const p = r.int(b.length);
      const n = 1 + r.int(Math.min(256, b.length - p));
      return new Uint8Array([...b.subarray(0, p), ...b.subarray(p + n)]);
    }
    case 5: { // duplicate a run
      const p = r.int(b.length);
      const n = 1 + r.int(Math.min(512, b.length - p));
      return new Uint8Array([...b.subarray(0, p + n), ...b.subarray(p, p + n), ...b.subarray(p + n)]);
    }
    case 6: { // insert junk
      const p = r.int(b.length);
      const junk = Uint8Array.from({ length: 1 + r.int(64) }, () => r.int(256));
      return new Uint8Array([...b.subarray(0, p), ...junk, ...b.subarray(p)]);
    }
    default: { // zero a run
      const p = at(b.length);
      b.fill(0, p, p + 1 + r.int(32));
      return b;
    }
  }
}

const FIELD_VALUES = ['', ' ', '5', '10', '11', '-1', '0x5', '0b101', '5.', '1e1', 'NaN', 'Infinity', '５', '\u0000', '9'.repeat(400), '{"text":true}', 'text,voice,face', 'everything', '=SUM(A1)', '\u202e\u200b=1'];
const FIELD_NAMES = ['text', 'energy', 'stress', 'work', 'consent', 'mood', '__proto__', 'constructor', 'text[]', ''];

/** A random set of form fields (text and self-report, sometimes unknown, repeated or odd). */
export function mutateFields(r: Rng): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  if (r.next() < 0.8) fields.push(['text', r.next() < 0.1 ? 'x'.repeat(9_000 + r.int(2_000)) : `Long day ${'é😀\u0301\t\r\n'.slice(0, r.int(8))} at work.`]);
  for (let i = 0, n = r.int(5); i < n; i++) {
    const name = r.next() < 0.8 ? FIELD_NAMES[r.int(5)]! : FIELD_NAMES[r.int(FIELD_NAMES.length)]!;
    fields.push([name, FIELD_VALUES[r.int(FIELD_VALUES.length)]!]);
  }
  return fields;
}
