// Reads a number typed by a person as a plain decimal ("7", "7.5", "-1"), never as JavaScript would (0x5, 0b101,
// 1e1, "5.", " Infinity"): the server and the CLI parse self-report values with it.

const PLAIN_DECIMAL = /^-?\d{1,9}(?:\.\d{1,9})?$/;

/** The value of a plain decimal string (surrounding spaces allowed), or null for anything else. */
export function parsePlainDecimal(text: string): number | null {
  const t = text.trim();
  return PLAIN_DECIMAL.test(t) ? Number(t) : null;
}
