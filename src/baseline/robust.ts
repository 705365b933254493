// Robust location and spread: the median and the median absolute deviation (MAD), and the robust z of a value against
// them. 1.4826 · MAD estimates the standard deviation of normal data, so a robust z of 1 is "one usual spread".

/** Scales the MAD to a standard-deviation estimate for normal data. */
export const MAD_TO_SD = 1.4826;

/** The median of finite values (NaN for none). */
export function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

/** The median absolute deviation from the median. */
export function mad(values: readonly number[], center = median(values)): number {
  return median(values.map((v) => Math.abs(v - center)));
}

/** Robust z: (value − median) / max(1.4826 · MAD, minScale), clipped to ±maxZ. */
export function robustZ(value: number, stat: { median: number; mad: number }, minScale: number, maxZ = 10): number {
  const scale = Math.max(MAD_TO_SD * stat.mad, minScale);
  return Math.max(-maxZ, Math.min(maxZ, (value - stat.median) / scale));
}
