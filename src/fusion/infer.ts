// Fusion inference: batched MC-dropout forward passes (all passes in one call), temperature scaling, uncertainty,
// the level decision (with `unclear`) and the Risk of one check-in.
import { BurnoutError } from '../errors.ts';
import { mcSummary, scaleUncertainty, type McLogits } from '../ml/calibration.ts';
import { decideLevel, type DecisionOptions } from './decide.ts';
import { describeWeak, onlyWeakInputs, weakInputs, type WeakInputs } from './evidence.ts';
import { encodeCheckIn, type EncodedCheckIn, type EncoderSpec, type FusionObservation } from './features.ts';
import type { FusionForwardPass } from './forward-pass.ts';
import { FUSION_INPUTS, RISK_LEVELS, type FusionInput, type Risk, type RiskLevel } from './types.ts';

/** A loaded fusion model: the network's forward pass, its encoder and its temperature. */
export interface FusionModel {
  pass: FusionForwardPass;
  encoder: EncoderSpec;
  /** Temperature stored with the model (fitted on the validation split, or the default it was saved with). */
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
  /** Mean attention weight per input (FUSION_INPUTS order). */
  weights: number[];
}

/** Rows × passes per forward call when many check-ins are scored at once. */
const MAX_ROWS_PER_CALL = 4096;

/**
 * Runs every check-in `passes` times in batched forward calls (the input is tiled, dropout stays active), and
 * returns per check-in the logits of every pass and the mean attention weights.
 */
export async function runMc(pass: FusionForwardPass, rows: readonly EncodedCheckIn[], options: McOptions): Promise<McOutput[]> {
  const P = options.passes;
  const M = FUSION_INPUTS.length;
  const D = pass.maxInputDim;
  const K = pass.spec.classes;
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
    const { logits, weights } = await pass.run(xs, ms, n * P, { training: options.dropout, seed: options.seed });
    for (let i = 0; i < n; i += 1) {
      const w = new Array<number>(M).fill(0);
      for (let p = 0; p < P; p += 1) for (let m = 0; m < M; m += 1) w[m] = (w[m] as number) + (weights[(i * P + p) * M + m] as number) / P;
      out.push({ logits: { passes: P, classes: K, values: logits.slice(i * P * K, (i + 1) * P * K) }, weights: w });
    }
  }
  return out;
}

/** Options of one fused estimate. */
export interface FuseOptions extends DecisionOptions {
  mcPasses: number;
  /** Overrides the model's temperature. */
  temperature?: number;
  /** MC dropout on (default true). */
  dropout?: boolean;
  /** Dropout seed (default 1: the same input gives the same estimate). */
  seed?: number;
}

/** A fused estimate, why each given input was not used, and which used inputs were weak. */
export interface FusionOutcome {
  risk: Risk;
  unused: Partial<Record<FusionInput, string>>;
  weak: WeakInputs;
}

/** Turns MC output into a Risk: calibrated mean probabilities, the decision, uncertainty and weights. */
export function toRisk(
  mc: McOutput,
  calibration: { temperature: number; uncertaintyReference: number },
  options: DecisionOptions,
  weakOnly: string | null = null,
): Risk {
  const { probabilities, mutualInformation } = mcSummary(mc.logits, calibration.temperature);
  const uncertainty = scaleUncertainty(mutualInformation, calibration.uncertaintyReference);
  const p = Object.fromEntries(RISK_LEVELS.map((l, i) => [l, probabilities[i] as number])) as Record<RiskLevel, number>;
  const decision = decideLevel(p, uncertainty, weakOnly, options);
  const total = mc.weights.reduce((a, b) => a + b, 0);
  const modalityWeights = Object.fromEntries(FUSION_INPUTS.map((m, i) => [m, (mc.weights[i] as number) === 0 ? 0 : (mc.weights[i] as number) / total])) as Record<FusionInput, number>;
  return {
    level: decision.level,
    probabilities: p,
    confidence: decision.confidence,
    uncertainty,
    reliable: decision.reliable,
    modalityWeights,
    ...(decision.unclearReason ? { unclearReason: decision.unclearReason } : {}),
    ...(decision.note ? { levelNote: decision.note } : {}),
  };
}

/**
 * Fuses the analysed modalities and the self-report of one check-in. Inputs that are absent, rejected or unusable
 * get weight exactly 0; when no modality is usable this throws NO_MODALITY (a self-report alone is not a check-in).
 */
export async function fuse(model: FusionModel, obs: FusionObservation, options: FuseOptions): Promise<FusionOutcome> {
  const encoded = encodeCheckIn(model.encoder, obs, model.pass.maxInputDim);
  const used = FUSION_INPUTS.filter((_, i) => (encoded.mask[i] as number) > 0);
  if (![...used, ...encoded.weakLeftOut].some((i) => i !== 'selfReport')) {
    const why = (['text', 'voice', 'face'] as const).map((m) => `${m}: ${encoded.unused[m] ?? 'not used'}`).join('; ');
    const embedding = model.encoder.representation === 'embedding' && Object.values(encoded.unused).some((r) => /embedding/.test(r ?? ''));
    throw new BurnoutError('NO_MODALITY', `no modality could be used for the risk estimate (${why})`, {
      hint: embedding
        ? 'the embedding fusion model needs engines that return embeddings; set fusion.representation: profile to use the others'
        : 'give a journal text (--text), a voice recording (--audio) or a photo (--image)',
    });
  }
  const weak = weakInputs(obs.results, used);
  const weakOnly = onlyWeakInputs(used, weak) ? describeWeak(weak) : null;
  const [mc] = await runMc(model.pass, [encoded], { passes: options.mcPasses, dropout: options.dropout ?? true, seed: options.seed ?? 1 });
  const calibration = { temperature: options.temperature ?? model.temperature, uncertaintyReference: model.uncertaintyReference };
  return { risk: toRisk(mc as McOutput, calibration, options, weakOnly), unused: encoded.unused, weak };
}
