// `burnout train trend`: trains the GRU trend model on seeded synthetic histories and writes models/trend/.
import type { Command } from 'commander';
import { loadConfig, resolvePath } from '../../config/load.ts';
import { BurnoutError } from '../../errors.ts';
import { ensureTfBackend } from '../../tf-backend.ts';
import { saveTrendModel } from '../../trend/load.ts';
import { DEFAULT_TREND_TRAINING, trainTrendModel } from '../../trend/train.ts';
import { trainingCurvesSvg } from '../../ml/svg-charts.ts';
import { formatNumber, formatTable, printJson } from '../output.ts';
import { createProgressBar } from '../../progress.ts';

interface TrainTrendOptions {
  samples: string;
  epochs: string;
  seed: string;
  out?: string;
  json?: boolean;
}

/** Registers `burnout train trend`. */
export function registerTrainTrend(train: Command): void {
  const d = DEFAULT_TREND_TRAINING;
  train
    .command('trend')
    .description('train the trend model (improving / stable / worsening) on seeded synthetic histories')
    .option('--samples <n>', 'training histories (a validation split of half as many more is generated too)', String(d.samples))
    .option('--epochs <n>', 'training epochs', String(d.epochs))
    .option('--seed <n>', 'seed of the data generator, the initial weights and the shuffling', String(d.seed))
    .option('--out <dir>', 'output folder (default: config trend.modelDir)')
    .option('--json', 'print the metadata as JSON')
    .action(async (opts: TrainTrendOptions) => {
      const config = loadConfig();
      const samples = positiveInt(opts.samples, '--samples', 30);
      const epochs = positiveInt(opts.epochs, '--epochs', 1);
      const seed = positiveInt(opts.seed, '--seed', 0);
      const out = resolvePath(opts.out ?? config.trend.modelDir);
      await ensureTfBackend();
      const { model, metadata } = await trainTrendModel(
        { samples, epochs, seed, windowDays: config.trend.windowDays },
        createProgressBar(!opts.json),
      );
      try {
        const v = metadata.validation;
        const svg = trainingCurvesSvg(metadata.curves, `trend model — seed ${seed}, ${samples} histories, validation accuracy ${formatNumber(v.accuracy)}`);
        await saveTrendModel(out, model, metadata, { 'training-curves.svg': svg });
      } finally {
        model.dispose();
      }
      if (opts.json) return printJson(metadata);
      const v = metadata.validation;
      console.log(`trend model written to ${out} (${metadata.parameters} parameters, ${metadata.training.seconds} s)`);
      console.log(formatTable(['validation', 'value'], [
        ['accuracy', v.accuracy], ['macro F1', v.macroF1], ['temperature', metadata.temperature],
        ['ECE before', v.eceBefore], ['ECE after', v.eceAfter],
      ]));
    });
}

function positiveInt(text: string, name: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new BurnoutError('INPUT_INVALID', `${name} must be a whole number of at least ${min} (got "${text}")`);
  return n;
}
