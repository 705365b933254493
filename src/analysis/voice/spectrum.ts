// Hann-windowed amplitude spectrum, spectral centroid and zero-crossing count of one frame, computed exactly as meyda 5
// computes them (same window, same radix-2 FFT arithmetic) but with precomputed twiddles and reused buffers.

/**
 * Amplitude spectrum of Hann-windowed frames of one power-of-two size. Reproduces meyda's `extract` for the features
 * 'amplitudeSpectrum', 'spectralCentroid' and 'zcr' bit for bit: the window is meyda's 'hanning' (0.5 − 0.5 cos(2πi/(N−1)),
 * stored as Float32), the FFT is its decimation-in-time radix-2 with twiddles cos/sin(−2πk/n) and the same butterfly
 * operations, the amplitudes are stored as Float32, and the zero crossings are counted on the windowed frame.
 */
export class HannSpectrum {
  /** |X[k]| for k = 0…N/2 − 1 of the last frame. */
  readonly amplitude: Float32Array;
  /** Spectral centroid of the last frame in bins (NaN when the spectrum is all zeros). */
  centroidBin = Number.NaN;
  /** Sign changes between consecutive windowed samples of the last frame. */
  zeroCrossings = 0;
  private readonly size: number;
  private readonly window: Float32Array;
  private readonly reversed: Uint32Array;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(size: number) {
    const bits = Math.log2(size);
    if (!Number.isInteger(bits) || bits < 1) throw new RangeError(`FFT size must be a power of two (got ${size})`);
    this.size = size;
    this.window = new Float32Array(size);
    for (let i = 0; i < size; i++) this.window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1));
    this.reversed = new Uint32Array(size);
    for (let i = 0; i < size; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.reversed[i] = r;
    }
    // Twiddle k of a stage of length n is angle −2πk/n; with n = size/stride that equals −2π(k·stride)/size exactly
    // (scaling by a power of two is exact), so one table of size/2 angles serves every stage.
    this.cos = new Float64Array(size / 2);
    this.sin = new Float64Array(size / 2);
    for (let k = 0; k < size / 2; k++) {
      const angle = (-2 * Math.PI * k) / size;
      this.cos[k] = Math.cos(angle);
      this.sin[k] = Math.sin(angle);
    }
    this.re = new Float64Array(size);
    this.im = new Float64Array(size);
    this.amplitude = new Float32Array(size / 2);
  }

  /** Analyses x[start…start + size) (the caller keeps it inside x); results in the public fields. */
  analyse(x: Float32Array, start: number): void {
    const { size, window, reversed, re, im, cos, sin, amplitude } = this;
    let crossings = 0;
    let prev = 0;
    for (let i = 0; i < size; i++) {
      const v = (x[start + i] as number) * (window[i] as number);
      if (i > 0 && ((prev >= 0 && v < 0) || (prev < 0 && v >= 0))) crossings += 1;
      prev = v;
      re[reversed[i] as number] = v;
      im[i] = 0;
    }
    for (let half = 1; half < size; half *= 2) {
      const stride = size / (2 * half);
      for (let k = 0; k < half; k++) {
        const tr = cos[k * stride] as number;
        const ti = sin[k * stride] as number;
        for (let even = k; even < size; even += 2 * half) {
          const odd = even + half;
          const or = re[odd] as number;
          const oi = im[odd] as number;
          const pr = tr * or - ti * oi;
          const pi = tr * oi + ti * or;
          const er = re[even] as number;
          const ei = im[even] as number;
          re[odd] = er - pr;
          im[odd] = ei - pi;
          re[even] = pr + er;
          im[even] = pi + ei;
        }
      }
    }
    let weighted = 0;
    let total = 0;
    for (let k = 0; k < size / 2; k++) {
      amplitude[k] = Math.sqrt(Math.pow(re[k] as number, 2) + Math.pow(im[k] as number, 2));
      const a = amplitude[k] as number;
      weighted += k * Math.abs(a);
      total += a;
    }
    this.centroidBin = weighted / total;
    this.zeroCrossings = crossings;
  }
}
