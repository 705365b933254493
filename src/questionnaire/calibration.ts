// Few-shot personal calibration: a monotone map from the model's daily risk (0 Low … 1 High) to the person's own CBI
// band, fitted on their paired questionnaires and shrunk towards the population map. The map is a cumulative-logit
// (proportional-odds) model P(band ≥ k | r) = σ(slope · (r − c_k)) with c_moderate < c_high and slope > 0, so the
// expected band and the most likely band never go down as the risk goes up. Fitted by maximum a posteriori with
// Gaussian priors centred on the population map: with few questionnaires it stays close to the model's own levels,
// each questionnaire pulls it towards the person's pattern (docs/questionnaire.md gives K and the prior widths).
import { CBI_BANDS, type CbiBand } from './cbi-score.ts';
import type { CbiPair } from './pairing.ts';

/** The map's parameters: thresholds on the daily risk (0–1) and a slope. */
export interface CalibrationParams {
  /** Risk at which Moderate becomes as likely as Low (in the cumulative sense). */
  moderateFrom: number;
  /** Risk at which High becomes as likely as Low-or-Moderate. */
  highFrom: number;
  /** Steepness of each threshold (per unit of daily risk). */
  slope: number;
}

/**
 * The population map: the model's own levels read from its daily risk (a day's expected level: Low 0, Moderate 0.5,
 * High 1), so Moderate from 0.25 and High from 0.75, softened by a slope of 8 (0.1 past a threshold ≈ 69 %).
 */
export const POPULATION_MAP: CalibrationParams = { moderateFrom: 0.25, highFrom: 0.75, slope: 8 };

/** Prior standard deviations around the population map: the first threshold, log of the gap, log of the slope. */
export const PRIOR_SD = { moderateFrom: 0.15, logGap: 0.5, logSlope: 0.5 } as const;

/** The band probabilities and the most likely band at a daily risk. */
export interface CalibratedLevel {
  band: CbiBand;
  probabilities: Record<CbiBand, number>;
}

/** A fitted personal calibration. */
export interface PersonalCalibration {
  /** Questionnaires it was fitted on. */
  n: number;
  /** The minimum it needs (config questionnaire.calibrationMin). */
  k: number;
  params: CalibrationParams;
  population: CalibrationParams;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** P(low), P(moderate), P(high) at daily risk `r` under `p`. */
export function bandProbabilities(p: CalibrationParams, r: number): Record<CbiBand, number> {
  const atLeastModerate = sigmoid(p.slope * (r - p.moderateFrom));
  const high = sigmoid(p.slope * (r - p.highFrom));
  return { low: 1 - atLeastModerate, moderate: Math.max(0, atLeastModerate - high), high };
}

/** The calibrated level at daily risk `r`: the band probabilities and the most likely band (ties: the lower band). */
export function calibratedLevel(p: CalibrationParams, r: number): CalibratedLevel {
  const probabilities = bandProbabilities(p, r);
  let band: CbiBand = 'low';
  for (const b of CBI_BANDS) if (probabilities[b] > probabilities[band]) band = b;
  return { band, probabilities };
}

type Theta = [number, number, number];

const toParams = ([c1, logGap, logSlope]: Theta): CalibrationParams => ({ moderateFrom: c1, highFrom: c1 + Math.exp(logGap), slope: Math.exp(logSlope) });
const THETA0: Theta = [POPULATION_MAP.moderateFrom, Math.log(POPULATION_MAP.highFrom - POPULATION_MAP.moderateFrom), Math.log(POPULATION_MAP.slope)];
const SDS: Theta = [PRIOR_SD.moderateFrom, PRIOR_SD.logGap, PRIOR_SD.logSlope];

/** Log-posterior (up to a constant) of the parameters given the pairs. */
function logPosterior(theta: Theta, pairs: readonly CbiPair[]): number {
  const p = toParams(theta);
  let sum = 0;
  for (const x of pairs) sum += Math.log(Math.max(1e-12, bandProbabilities(p, x.risk)[x.band]));
  for (let i = 0; i < 3; i += 1) sum -= 0.5 * (((theta[i] as number) - (THETA0[i] as number)) / (SDS[i] as number)) ** 2;
  return sum;
}

/** Maximises the log-posterior by gradient ascent (central differences, backtracking); deterministic. */
function fitTheta(pairs: readonly CbiPair[]): Theta {
  let theta: Theta = [...THETA0];
  let f = logPosterior(theta, pairs);
  let step = 0.05;
  for (let iter = 0; iter < 5000; iter += 1) {
    const grad = theta.map((_, i) => {
      const h = 1e-6;
      const up = [...theta] as Theta;
      const down = [...theta] as Theta;
      up[i] = (up[i] as number) + h;
      down[i] = (down[i] as number) - h;
      return (logPosterior(up, pairs) - logPosterior(down, pairs)) / (2 * h);
    });
    const norm = Math.hypot(...grad);
    if (norm < 1e-7) break;
    let moved = false;
    while (step > 1e-10) {
      const next = theta.map((v, i) => v + (step * (grad[i] as number)) / norm) as Theta;
      const fn = logPosterior(next, pairs);
      if (fn > f) {
        theta = next;
        f = fn;
        step *= 1.5;
        moved = true;
        break;
      }
      step /= 2;
    }
    if (!moved) break;
  }
  return theta;
}

/** The personal calibration fitted on the pairs, or null below `k` pairs (then it does not appear). */
export function fitCalibration(pairs: readonly CbiPair[], k: number): PersonalCalibration | null {
  if (pairs.length < k) return null;
  const params = toParams(fitTheta(pairs));
  const round = (v: number) => Number(v.toFixed(4));
  return { n: pairs.length, k, params: { moderateFrom: round(params.moderateFrom), highFrom: round(params.highFrom), slope: round(params.slope) }, population: POPULATION_MAP };
}
