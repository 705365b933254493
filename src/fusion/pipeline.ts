// The whole fusion training run without I/O: train, calibrate on the validation split, build metadata.json and
// the two charts. The CLI writes the result with saveFusionModel.
import type { Progress } from '../progress.ts';
import { reliabilitySvg, trainingCurvesSvg } from '../ml/svg-charts.ts';
import { evaluateFusion, type EvaluateOptions } from './evaluate.ts';
import { FUSION_FORMAT, type FusionMetadata } from './model-io.ts';
import { tfjsForwardPass, type FusionNet } from './model.ts';
import { GENERATOR_PARAMS } from './synthetic/priors.ts';
import { dataSeeds, trainFusion, type EpochStats, type PoolProvenance, type TrainingPools, type TrainOptions } from './train.ts';
import { FUSION_INPUTS, RISK_LEVELS } from './types.ts';

/** The documented definition of `uncertainty` (also in docs/fusion.md). */
export const UNCERTAINTY_DEFINITION =
  'mutual information between the predicted level and the MC-dropout mask (entropy of the mean prediction minus the mean ' +
  'entropy of the passes, divided by ln 3), divided by twice uncertaintyReference (its 99th percentile on the validation ' +
  'split) and capped at 1: 0 when all passes agree, 0.5 at the validation 99th percentile';

/** A trained, calibrated model ready to be saved. */
export interface FusionRun {
  net: FusionNet;
  metadata: FusionMetadata;
  /** Chart files by name. */
  files: Record<string, string>;
}

/** Trains on generated check-ins, evaluates with MC dropout and fixes the temperature (fitted or default). */
export async function trainAndCalibrate(
  options: TrainOptions,
  evaluation: EvaluateOptions,
  pools: TrainingPools & { provenance: PoolProvenance },
  progress: Progress,
  onEpoch?: (s: EpochStats) => void,
): Promise<FusionRun> {
  const trained = trainFusion(options, pools, progress, onEpoch);
  const v = trained.validation;
  const report = await evaluateFusion(tfjsForwardPass(trained.net), v.encoded, v.labels, evaluation);
  const { fitTemperature, defaultTemperature, ...evalRest } = evaluation;
  void fitTemperature;
  void defaultTemperature;
  const metadata: FusionMetadata = {
    format: FUSION_FORMAT,
    representation: options.representation,
    labels: RISK_LEVELS,
    inputs: FUSION_INPUTS,
    spec: trained.net.spec,
    parameterCount: trained.net.paramCount,
    encoder: trained.encoder.inputs,
    temperature: report.temperature.value,
    uncertainty: UNCERTAINTY_DEFINITION,
    uncertaintyReference: report.mutualInformation.p99,
    training: {
      ...options,
      optimizer: 'adam',
      dataHash: trained.dataHash,
      generator: { ...GENERATOR_PARAMS, seeds: dataSeeds(options.seed) },
      texts: pools.provenance,
      evaluation: evalRest,
    },
    validation: report,
    curves: trained.curves.map((c) => ({
      epoch: c.epoch,
      trainLoss: round(c.trainLoss),
      trainAccuracy: round(c.trainAccuracy),
      valLoss: round(c.valLoss),
      valAccuracy: round(c.valAccuracy),
    })),
  };
  const files = {
    'training-curves.svg': trainingCurvesSvg(metadata.curves),
    'reliability.svg': reliabilitySvg(report.reliability.before, report.reliability.after, {
      temperature: report.temperature.value,
      eceBefore: report.ece.before,
      eceAfter: report.ece.after,
    }),
  };
  return { net: trained.net, metadata, files };
}

function round(v: number): number {
  return Number(v.toFixed(5));
}
