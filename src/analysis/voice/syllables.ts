// Syllable nuclei after de Jong & Wempe (2009): voiced intensity peaks above the silence threshold with a ≥ 2 dB dip after them.

/** Least intensity dip (dB) between a peak and the next one for the peak to count (de Jong & Wempe: 2 dB). */
export const MIN_DIP_DB = 2;

/**
 * Counts syllable nuclei. `db` is a smooth intensity contour (one value per frame), `thresholdDb` the silence threshold,
 * `f0` the pitch track (0 = unvoiced) and `speechMask` the frames inside speech intervals. A nucleus is a local
 * intensity maximum that (1) lies in speech and above the threshold, (2) is followed by a dip of more than 2 dB before
 * the next peak (for the last peak: before the end of its speech interval), and (3) is voiced (F0 defined within
 * ±1 frame). Returns the frame index of every nucleus.
 */
export function syllableNuclei(db: Float64Array, thresholdDb: number, f0: Float32Array, speechMask: Uint8Array): number[] {
  const n = db.length;
  const peaks: number[] = [];
  for (let i = 1; i < n - 1; i++) {
    const v = db[i] as number;
    if (speechMask[i] && v > thresholdDb && v > (db[i - 1] as number) && v >= (db[i + 1] as number)) peaks.push(i);
  }
  const nuclei: number[] = [];
  for (let k = 0; k < peaks.length; k++) {
    const p = peaks[k] as number;
    let end = peaks[k + 1];
    if (end === undefined) {
      end = p;
      while (end + 1 < n && speechMask[end + 1]) end += 1;
    }
    let dip = db[p] as number;
    for (let i = p; i <= end; i++) dip = Math.min(dip, db[i] as number);
    if ((db[p] as number) - dip <= MIN_DIP_DB) continue;
    if (isVoicedNear(f0, p)) nuclei.push(p);
  }
  return nuclei;
}

function isVoicedNear(f0: Float32Array, i: number): boolean {
  for (let k = Math.max(0, i - 1); k <= Math.min(f0.length - 1, i + 1); k++) if ((f0[k] as number) > 0) return true;
  return false;
}
