// Macro-F1 under the multi-label scoring rule, and per-class logit offsets tuned to maximise it (pure, no I/O).

/** Prediction per row from logits plus per-class offsets. */
export function predictWithBias(rowLogits: readonly Float32Array[], bias: ArrayLike<number>): number[] {
  return rowLogits.map((z) => {
    let best = 0;
    let bestV = -Infinity;
    for (let k = 0; k < z.length; k++) {
      const v = (z[k] as number) + (bias[k] as number);
      if (v > bestV) { bestV = v; best = k; }
    }
    return best;
  });
}

/**
 * Macro-F1 over `classes` class indices where a row counts as correct when the prediction is any of its labels
 * (truth = prediction then, otherwise the first label), averaged over classes present in truth or prediction.
 */
export function macroF1AnyLabel(labels: ReadonlyArray<readonly number[]>, predicted: readonly number[], classes: number): number {
  const tp = new Float64Array(classes);
  const fp = new Float64Array(classes);
  const fn = new Float64Array(classes);
  predicted.forEach((p, i) => {
    const l = labels[i] as readonly number[];
    const t = l.includes(p) ? p : (l[0] as number);
    if (t === p) tp[p] = (tp[p] as number) + 1;
    else { fp[p] = (fp[p] as number) + 1; fn[t] = (fn[t] as number) + 1; }
  });
  let sum = 0;
  let used = 0;
  for (let k = 0; k < classes; k++) {
    const denom = 2 * (tp[k] as number) + (fp[k] as number) + (fn[k] as number);
    if (denom === 0) continue;
    used += 1;
    sum += (2 * (tp[k] as number)) / denom;
  }
  return used ? sum / used : 0;
}

/**
 * Coordinate ascent on per-class logit offsets (grid of ±range in `step`s, a few sweeps) maximising macroF1AnyLabel.
 * Offsets are centred to mean 0 (a common shift does not change predictions).
 */
export function tuneClassBias(
  rowLogits: readonly Float32Array[],
  labels: ReadonlyArray<readonly number[]>,
  classes: number,
  opts: { range?: number; step?: number; sweeps?: number } = {},
): { bias: Float32Array; macroF1: number } {
  const { range = 2, step = 0.05, sweeps = 3 } = opts;
  const bias = new Float32Array(classes);
  let best = macroF1AnyLabel(labels, predictWithBias(rowLogits, bias), classes);
  for (let s = 0; s < sweeps; s++) {
    let improved = false;
    for (let k = 0; k < classes; k++) {
      const keep = bias[k] as number;
      let bestV = keep;
      for (let v = -range; v <= range + 1e-9; v += step) {
        bias[k] = v;
        const f = macroF1AnyLabel(labels, predictWithBias(rowLogits, bias), classes);
        if (f > best + 1e-12) { best = f; bestV = v; improved = true; }
      }
      bias[k] = bestV;
    }
    if (!improved) break;
  }
  const mean = bias.reduce((a, b) => a + b, 0) / classes;
  return { bias: bias.map((b) => b - mean), macroF1: best };
}
