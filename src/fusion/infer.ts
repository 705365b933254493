// Fusion inference: batched MC-dropout forward passes (all passes in one call), temperature scaling, uncertainty,
// the reliability rule, and the Risk of one check-in.
import * as tf from '@tensorflow/tfjs';
import { MODALITIES, type Modality, type ModalityResult } from '../analysis/types.ts';
import { BurnoutError } from '../errors.ts';
import { argmax, mcSummary, scaleUncertainty, type McLogits } from '../ml/calibration.ts';
import { encodeCheckIn, type EncodedCheckIn, type EncoderSpec } from './features.ts';
import type { FusionNet } from './model.ts';
import { RISK_LEVELS, type Risk, type RiskLevel } from './types.ts';

/** A loaded fusion model: the network, its encoder and its temperature. */
export interface FusionModel {
  net: FusionNet;
  encoder: EncoderSpec;
  /** Temperature stored with the model (fitted, or the default it was saved with). */
  temperature: number;
  /** Mutual-information reference of scaleUncertainty (99th percentile over the validation split). */
  uncertaintyReference: number;
}

/** Options of the Monte Carlo forward passes. */
export interface McOptions {
  /** Number of passes (1 = a single deterministic pass when dropout is off). */
  passes: number;
  /** Keep dropout active (MC dropout); off gives identical passes. */
  dropout: boolean;
  /** Dropout seed (≥ 1) so that a result can be reproduced. */
  seed?: number;
}

/** MC logits and mean attention weights of one encoded check-in. */
export interface McOutput {
  logits: McLogits;
  /** Mean attention weight per modality (MODALITIES order). */
  weights: number[];
}

/** Rows × passes per forward call when many check-ins are scored at once. */
const MAX_ROWS_PER_CALL = 4096;

/**
 * Runs every check-in `passes` times in batched forward calls (the input is tiled, dropout stays active), and
 * returns per check-in the logits of every pass and the mean attention weights.
 */
export function runMc(net: FusionNet, rows: readonly EncodedCheckIn[], options: McOptions): McOutput[] {
  const P = options.passes;
  const M = MODALITIES.length;
  const D = net.maxInputDim;
  const K = net.spec.classes;
  const chunk = Math.max(1, Math.floor(MAX_ROWS_PER_CALL / P));
  const out: McOutput[] = [];
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const n = part.length;
    const xs = new Float32Array(n * P * M * D);
    const ms = new Float32Array(n * P * M);
    part.forEach((r, i) => {
      for (let p = 0; p < P; p += 1) {
        xs.set(r.x, (i * P + p) * M * D);
        ms.set(r.mask, (i * P + p) * M);
      }
    });
    const [logits, weights] = tf.tidy(() => {
      const f = net.forward(tf.tensor3d(xs, [n * P, M, D]), tf.tensor2d(ms, [n * P, M]), { training: options.dropout, seed: options.seed });
      return [f.logits.dataSync() as Float32Array, f.weights.dataSync() as Float32Array];
    });
    for (let i = 0; i < n; i += 1) {
      const w = new Array<number>(M).fill(0);
      for (let p = 0; p < P; p += 1) for (let m = 0; m < M; m += 1) w[m] = (w[m] as number) + (weights[(i * P + p) * M + m] as number) / P;
      out.push({ logits: { passes: P, classes: K, values: logits.slice(i * P * K, (i + 1) * P * K) }, weights: w });
    }
  }
  return out;
}

/** Options of one fused estimate. */
export interface FuseOptions {
  mcPasses: number;
  reliableMinConfidence: number;
  reliableMaxUncertainty: number;
  /** Overrides the model's temperature. */
  temperature?: number;
  /** MC dropout on (default true). */
  dropout?: boolean;
  /** Dropout seed (default 1: the same input gives the same estimate). */
  seed?: number;
}

/** A fused estimate and, per modality that did not feed the fusion, why. */
export interface FusionOutcome {
  risk: Risk;
  unused: Partial<Record<Modality, string>>;
}

/** Turns MC output into a Risk: calibrated mean probabilities, level, confidence, uncertainty, reliability, weights. */
export function toRisk(
  mc: McOutput,
  calibration: { temperature: number; uncertaintyReference: number },
  options: Pick<FuseOptions, 'reliableMinConfidence' | 'reliableMaxUncertainty'>,
): Risk {
  const { probabilities, mutualInformation } = mcSummary(mc.logits, calibration.temperature);
  const uncertainty = scaleUncertainty(mutualInformation, calibration.uncertaintyReference);
  const level = RISK_LEVELS[argmax(probabilities)] as RiskLevel;
  const confidence = Math.max(...probabilities);
  const total = mc.weights.reduce((a, b) => a + b, 0);
  const modalityWeights = Object.fromEntries(MODALITIES.map((m, i) => [m, (mc.weights[i] as number) === 0 ? 0 : (mc.weights[i] as number) / total])) as Record<Modality, number>;
  return {
    level,
    probabilities: Object.fromEntries(RISK_LEVELS.map((l, i) => [l, probabilities[i] as number])) as Record<RiskLevel, number>,
    confidence,
    uncertainty,
    reliable: confidence > options.reliableMinConfidence && uncertainty < options.reliableMaxUncertainty,
    modalityWeights: { ...modalityWeights, selfReport: 0 },
  };
}

/**
 * Fuses the analysed modalities of one check-in. Modalities that are absent, rejected or unusable get weight
 * exactly 0; when none is usable this throws NO_MODALITY.
 */
export function fuse(model: FusionModel, results: Record<Modality, ModalityResult>, options: FuseOptions): FusionOutcome {
  const encoded = encodeCheckIn(model.encoder, results, model.net.maxInputDim);
  if (!encoded.mask.some((v) => v > 0)) {
    const why = MODALITIES.map((m) => `${m}: ${encoded.unused[m] ?? 'not used'}`).join('; ');
    const embedding = model.encoder.representation === 'embedding' && Object.values(encoded.unused).some((r) => /embedding/.test(r ?? ''));
    throw new BurnoutError('NO_MODALITY', `no modality could be used for the risk estimate (${why})`, {
      hint: embedding
        ? 'the embedding fusion model needs engines that return embeddings; set fusion.representation: profile to use the others'
        : 'give a journal text (--text), a voice recording (--audio) or a photo (--image)',
    });
  }
  const dropout = options.dropout ?? true;
  const [mc] = runMc(model.net, [encoded], { passes: options.mcPasses, dropout, seed: options.seed ?? 1 });
  const calibration = { temperature: options.temperature ?? model.temperature, uncertaintyReference: model.uncertaintyReference };
  return { risk: toRisk(mc as McOutput, calibration, options), unused: encoded.unused };
}
