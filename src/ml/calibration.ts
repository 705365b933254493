// Calibration maths on plain arrays: temperature-scaled MC-dropout probabilities, uncertainty, NLL, ECE,
// reliability bins and the NLL-minimising temperature.

/**
 * MC-dropout logits of one sample: `passes` rows of `classes` logits, row-major.
 */
export interface McLogits {
  passes: number;
  classes: number;
  values: Float32Array | number[];
}

/** Predictive distribution of one sample: mean of the temperature-scaled softmax over the MC passes. */
export function mcProbabilities(logits: McLogits, temperature: number): number[] {
  return mcSummary(logits, temperature).probabilities;
}

/**
 * Mean probabilities of one sample and the mutual information between the prediction and the dropout mask
 * (BALD: entropy of the mean minus the mean entropy of the passes), divided by ln(classes) so that it lies in
 * [0, 1]. It is 0 when every pass agrees (e.g. dropout off) and grows as the passes disagree.
 */
export function mcSummary(logits: McLogits, temperature: number): { probabilities: number[]; mutualInformation: number } {
  const { passes, classes, values } = logits;
  const mean = new Array<number>(classes).fill(0);
  let meanEntropy = 0;
  const p = new Array<number>(classes);
  for (let r = 0; r < passes; r += 1) {
    let max = -Infinity;
    for (let k = 0; k < classes; k += 1) max = Math.max(max, (values[r * classes + k] as number) / temperature);
    let sum = 0;
    for (let k = 0; k < classes; k += 1) {
      p[k] = Math.exp((values[r * classes + k] as number) / temperature - max);
      sum += p[k] as number;
    }
    for (let k = 0; k < classes; k += 1) {
      const q = (p[k] as number) / sum;
      mean[k] = (mean[k] as number) + q / passes;
      if (q > 0) meanEntropy -= (q * Math.log(q)) / passes;
    }
  }
  const entropy = -mean.reduce((s, q) => (q > 0 ? s + q * Math.log(q) : s), 0);
  // Rounding leaves ~1e-16 when every pass is identical: treat anything below 1e-12 as exact agreement.
  const raw = entropy - meanEntropy;
  const mi = raw < 1e-12 ? 0 : raw;
  return { probabilities: mean, mutualInformation: Math.min(1, mi / Math.log(classes)) };
}

/**
 * The reported uncertainty: mutual information relative to the model's reference (the 99th percentile over its
 * validation split), halved and capped at 1 — so 0.5 means "the MC passes disagree as much as in the 1 % most
 * disputed validation check-ins". 0 when the passes agree. A reference ≤ 0 leaves the mutual information as is.
 */
export function scaleUncertainty(mutualInformation: number, reference: number): number {
  return reference > 0 ? Math.min(1, mutualInformation / (2 * reference)) : mutualInformation;
}

/** Mean negative log-likelihood of the true labels. */
export function nll(probabilities: readonly number[][], labels: readonly number[]): number {
  let s = 0;
  probabilities.forEach((p, i) => (s -= Math.log(Math.max(1e-12, p[labels[i] as number] as number))));
  return s / Math.max(1, labels.length);
}

/** One confidence bin of a reliability diagram. */
export interface ReliabilityBin {
  lo: number;
  hi: number;
  count: number;
  /** Mean confidence in the bin (NaN when empty). */
  confidence: number;
  /** Accuracy in the bin (NaN when empty). */
  accuracy: number;
}

/** Confidence (max probability) bins with their accuracy. */
export function reliabilityBins(probabilities: readonly number[][], labels: readonly number[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, b) => ({ lo: b / bins, hi: (b + 1) / bins, count: 0, confidence: 0, accuracy: 0 }));
  probabilities.forEach((p, i) => {
    const pred = argmax(p);
    const conf = p[pred] as number;
    const bin = out[Math.min(bins - 1, Math.floor(conf * bins))] as ReliabilityBin;
    bin.count += 1;
    bin.confidence += conf;
    bin.accuracy += pred === labels[i] ? 1 : 0;
  });
  for (const b of out) {
    b.confidence = b.count ? b.confidence / b.count : NaN;
    b.accuracy = b.count ? b.accuracy / b.count : NaN;
  }
  return out;
}

/** Expected calibration error: count-weighted mean |accuracy − confidence| over equal-width confidence bins. */
export function ece(probabilities: readonly number[][], labels: readonly number[], bins = 15): number {
  const n = labels.length;
  return reliabilityBins(probabilities, labels, bins).reduce((s, b) => (b.count ? s + (b.count / n) * Math.abs(b.accuracy - b.confidence) : s), 0);
}

/** Index of the largest value. */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i += 1) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

/**
 * The temperature that minimises the validation NLL of the MC-averaged probabilities (golden-section search on
 * log T over [0.05, 20]; NLL is unimodal in T for the single-pass case and in practice for the MC mean).
 */
export function fitTemperature(logits: readonly McLogits[], labels: readonly number[]): number {
  const loss = (logT: number): number => nll(logits.map((l) => mcProbabilities(l, Math.exp(logT))), labels);
  let a = Math.log(0.05);
  let b = Math.log(20);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = loss(c);
  let fd = loss(d);
  for (let i = 0; i < 40; i += 1) {
    if (fc < fd) {
      b = d; d = c; fd = fc;
      c = b - g * (b - a); fc = loss(c);
    } else {
      a = c; c = d; fc = fd;
      d = a + g * (b - a); fd = loss(d);
    }
  }
  return Math.exp((a + b) / 2);
}
