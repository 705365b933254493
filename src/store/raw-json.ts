// Splices JSON text that is already stored (e.g. a row's *_json column) into a larger JSON document without
// parsing and re-serialising it: the stored text stands in the value tree as a placeholder string, and the
// serialised output has each quoted placeholder replaced by the text it stands for.
import { randomBytes } from 'node:crypto';

// Per-process random marker: user text (a journal entry) cannot contain it by accident or on purpose.
const MARK = `@raw-${randomBytes(12).toString('hex')}-`;
const PLACEHOLDER = new RegExp(`"${MARK}(\\d+)"`, 'g');

/** Collects stored JSON fragments for one document; create one per document. */
export interface RawJsonSplicer {
  /**
   * A placeholder for `text` (valid JSON, e.g. written by JSON.stringify) to put where the parsed value would go.
   * Typed as the parsed value so it can fill a typed field; it is only meaningful to `stringify` of this splicer.
   */
  ref: <T>(text: string) => T;
  /** JSON.stringify(value) with every placeholder replaced by its stored text. */
  stringify(value: unknown): string;
}

/** A new splicer. JSON written by JSON.stringify comes out byte for byte as parse-then-stringify would give it. */
export function rawJsonSplicer(): RawJsonSplicer {
  const parts: string[] = [];
  return {
    ref: <T>(text: string): T => {
      parts.push(text);
      return `${MARK}${parts.length - 1}` as T;
    },
    stringify(value: unknown): string {
      const json = JSON.stringify(value);
      return parts.length === 0 ? json : json.replace(PLACEHOLDER, (_m, i: string) => parts[Number(i)]!);
    },
  };
}
