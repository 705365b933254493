// `burnout train fusion`: trains the attention fusion net on seeded synthetic check-ins, calibrates it on the
// validation split and writes the model folder (weights, metadata.json, training curves, reliability diagram).
import { relative } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig, resolvePath } from '../../config/load.ts';
import { saveFusionModel } from '../../fusion/model-io.ts';
import { trainAndCalibrate } from '../../fusion/pipeline.ts';
import { DEFAULT_TRAIN_OPTIONS } from '../../fusion/train.ts';
import type { Representation } from '../../fusion/features.ts';
import { ensureTfBackend } from '../../tf-backend.ts';
import { formatTable, printJson } from '../output.ts';
import { createProgressBar } from '../../progress.ts';

interface TrainFusionOptions {
  samples: number;
  valSamples: number;
  epochs: number;
  seed: number;
  representation: Representation;
  fitTemperature?: boolean;
  out?: string;
  json?: boolean;
}

function positiveInt(name: string, min = 1) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    return n;
  };
}

function representation(v: string): Representation {
  if (v !== 'profile' && v !== 'embedding') throw new InvalidArgumentError('use profile or embedding');
  return v;
}

/** Registers `burnout train fusion` under the `train` group. */
export function registerTrainFusion(train: Command): void {
  const d = DEFAULT_TRAIN_OPTIONS;
  train
    .command('fusion')
    .description('train the attention fusion model on synthetic check-ins (docs/fusion.md, docs/fusion-priors.md)')
    .option('--samples <n>', 'training samples', positiveInt('--samples', 30), d.samples)
    .option('--val-samples <n>', 'validation samples (calibration and reported figures)', positiveInt('--val-samples', 30), d.valSamples)
    .option('--epochs <n>', 'training epochs', positiveInt('--epochs'), d.epochs)
    .option('--seed <n>', 'seed of data, initialisation, shuffling and dropout', positiveInt('--seed'), d.seed)
    .option('--representation <kind>', 'profile | embedding', representation, 'profile' as Representation)
    .option('--fit-temperature', 'fit the temperature on the validation split (minimise NLL) instead of the configured default')
    .option('--out <dir>', 'model folder (default: config fusion.modelDir, or fusion.embeddingModelDir for embedding)')
    .option('--json', 'print the metadata as JSON at the end')
    .action(async (opts: TrainFusionOptions) => {
      const config = loadConfig();
      await ensureTfBackend();
      const out = resolvePath(opts.out ?? (opts.representation === 'embedding' ? config.fusion.embeddingModelDir : config.fusion.modelDir));
      const started = performance.now();
      const run = trainAndCalibrate(
        {
          ...d,
          samples: opts.samples,
          valSamples: opts.valSamples,
          epochs: opts.epochs,
          seed: opts.seed,
          representation: opts.representation,
          embeddingDims: { ...config.fusion.embeddingDims },
        },
        {
          mcPasses: config.fusion.mcPasses,
          fitTemperature: opts.fitTemperature ?? false,
          defaultTemperature: config.fusion.temperature,
          reliableMinConfidence: config.fusion.reliableMinConfidence,
          reliableMaxUncertainty: config.fusion.reliableMaxUncertainty,
          seed: opts.seed,
        },
        createProgressBar(!opts.json),
      );
      saveFusionModel(out, run.net, run.metadata, run.files);
      run.net.dispose();
      const m = run.metadata;
      const v = m.validation;
      if (opts.json) {
        printJson(m);
        return;
      }
      console.log(formatTable(['epoch', 'train loss', 'train acc', 'val loss', 'val acc'], m.curves.map((c) => [c.epoch, c.trainLoss, c.trainAccuracy, c.valLoss, c.valAccuracy])));
      console.log('');
      console.log(`parameters: ${m.parameterCount} (${m.representation}; input widths ${Object.entries(m.spec.inputDims).map(([k, n]) => `${k} ${n}`).join(', ')})`);
      console.log(`validation (${v.n} synthetic check-ins, ${v.mcPasses} MC-dropout passes): accuracy ${v.accuracy.toFixed(4)}, macro-F1 ${v.macroF1.toFixed(4)}`);
      console.log(`temperature ${v.temperature.value} (${v.temperature.fitted ? 'fitted on validation' : 'configured default'})`);
      console.log(`NLL ${v.nll.before.toFixed(4)} → ${v.nll.after.toFixed(4)}; ECE ${v.ece.before.toFixed(4)} → ${v.ece.after.toFixed(4)} (before → after calibration)`);
      console.log(`uncertainty mean ${v.uncertainty.mean}, p95 ${v.uncertainty.p95}; reliable ${(v.reliable.share * 100).toFixed(1)} % with accuracy ${v.reliable.accuracy.toFixed(4)}`);
      console.log(formatTable(['present modalities', 'n', 'accuracy'], Object.entries(v.byCombination).map(([k, c]) => [k, c.n, c.accuracy])));
      const shown = relative(process.cwd(), out);
      console.log(`wrote ${shown.startsWith('..') ? out : shown || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
}
