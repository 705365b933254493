// `burnout train fusion`: trains the attention fusion net on generated check-ins whose journal texts are real Dreaddit
// posts read by the offline text engine (stress scored out of fold), calibrates it on a validation split of other
// posts and writes the model folder (weights, metadata.json, training curves, reliability diagram).
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { createLiteTextEngine } from '../../analysis/text/lite-engine.ts';
import { sha256Hex } from '../../analysis/text/lite-format.ts';
import { stressModelId, serializeStressModel } from '../../analysis/text/stress/stress-format.ts';
import { loadStressModel } from '../../analysis/text/stress/stress-loader.ts';
import { loadConfig, resolvePath } from '../../config/load.ts';
import type { Config } from '../../config/schema.ts';
import { readDreaddit } from '../../eval/dreaddit.ts';
import type { EvaluateOptions } from '../../fusion/evaluate.ts';
import type { Representation } from '../../fusion/features.ts';
import { saveFusionModel } from '../../fusion/model-io.ts';
import { readWeights } from '../../fusion/model.ts';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../../fusion/train.ts';
import { DEFAULT_TRAINING_DATA, trainRiskModels } from '../../fusion/training-data.ts';
import { createProgressBar } from '../../progress.ts';
import { ensureTfBackend } from '../../tf-backend.ts';
import { formatTable, printJson } from '../output.ts';
import { DEFAULT_DREADDIT } from './train-text-stress.ts';
import { readGoEmotionsTsv } from '../../eval/goemotions-tsv.ts';
import { SHARED_DATA } from '../../config/paths.ts';
import { join } from 'node:path';

/** Everyday comments for the generator by default: GoEmotions dev (Ekman labels), single-label rows are used. */
export const DEFAULT_EVERYDAY = join(SHARED_DATA, 'text', 'goemotions_ekman', 'dev.tsv');

interface TrainFusionOptions {
  data?: string;
  everyday?: string;
  samples: number;
  valSamples: number;
  epochs: number;
  seed: number;
  dataSeed: number;
  representation: Representation;
  fitTemperature: boolean;
  out?: string;
  json?: boolean;
}

function positiveInt(name: string, min = 1) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return n;
  };
}

function representation(v: string): Representation {
  if (v !== 'profile' && v !== 'embedding') throw new InvalidArgumentError('use profile or embedding');
  return v;
}

/** The evaluation settings of a training run from config (temperature fitted unless asked not to). */
export function evaluationOptions(config: Readonly<Config>, seed: number, fitTemperature = true): EvaluateOptions {
  return {
    mcPasses: config.fusion.mcPasses,
    fitTemperature,
    defaultTemperature: config.fusion.temperature,
    reliableMinConfidence: config.fusion.reliableMinConfidence,
    reliableMaxUncertainty: config.fusion.reliableMaxUncertainty,
    seed,
  };
}

/** The training settings of a run from options and config. */
export function trainOptions(config: Readonly<Config>, o: Partial<TrainOptions>): TrainOptions {
  return { ...DEFAULT_TRAIN_OPTIONS, ...o, embeddingDims: { ...config.fusion.embeddingDims } };
}

/** Registers `burnout train fusion` under the `train` group. */
export function registerTrainFusion(train: Command): void {
  const d = DEFAULT_TRAIN_OPTIONS;
  train
    .command('fusion')
    .description('train the attention fusion model on generated check-ins with real Dreaddit texts (docs/fusion.md, docs/fusion-priors.md)')
    .option('--data <file>', 'Dreaddit train CSV (default ../shared/data/text/dreaddit/dreaddit-train.csv)')
    .option('--everyday <file>', 'everyday comments, GoEmotions TSV with labels.txt beside it (default ../shared/data/text/goemotions_ekman/dev.tsv)')
    .option('--samples <n>', 'training check-ins', positiveInt('--samples', 30), d.samples)
    .option('--val-samples <n>', 'validation check-ins (texts from other posts; temperature and reported figures)', positiveInt('--val-samples', 30), d.valSamples)
    .option('--epochs <n>', 'training epochs', positiveInt('--epochs'), d.epochs)
    .option('--seed <n>', 'seed of the generator, initialisation, shuffling and dropout', positiveInt('--seed'), d.seed)
    .option('--data-seed <n>', 'seed of the stress model\'s folds and the validation split of posts (as train text-stress --seed)', positiveInt('--data-seed', 0), DEFAULT_TRAINING_DATA.seed)
    .option('--representation <kind>', 'profile | embedding', representation, 'profile' as Representation)
    .option('--no-fit-temperature', 'use the configured temperature instead of fitting it on the validation split')
    .option('--out <dir>', 'model folder (default: config fusion.modelDir, or fusion.embeddingModelDir for embedding)')
    .option('--json', 'print the metadata as JSON at the end')
    .action(async (opts: TrainFusionOptions) => {
      const config = loadConfig();
      await ensureTfBackend();
      const file = opts.data ? resolvePath(opts.data) : DEFAULT_DREADDIT;
      const out = resolvePath(opts.out ?? (opts.representation === 'embedding' ? config.fusion.embeddingModelDir : config.fusion.modelDir));
      const posts = await readDreaddit(file);
      const everydayFile = opts.everyday ? resolvePath(opts.everyday) : DEFAULT_EVERYDAY;
      const everyday = readGoEmotionsTsv(everydayFile).rows;
      const emotion = await createLiteTextEngine(config);
      const started = performance.now();
      const progress = createProgressBar(!opts.json);
      const { stress, fusion } = await trainRiskModels(posts, emotion, {
        data: { ...DEFAULT_TRAINING_DATA, seed: opts.dataSeed },
        train: trainOptions(config, { samples: opts.samples, valSamples: opts.valSamples, epochs: opts.epochs, seed: opts.seed, representation: opts.representation }),
        evaluation: evaluationOptions(config, opts.seed, opts.fitTemperature),
      }, progress, `Dreaddit train split (${basename(file)}, sha256 ${sha256Hex(readFileSync(file)).slice(0, 16)}…), posts and excerpts, and ${everyday.filter((c) => c.labels.length === 1).length} single-label GoEmotions comments (${basename(everydayFile)}, sha256 ${sha256Hex(readFileSync(everydayFile)).slice(0, 16)}…), read by ${emotion.model}`, everyday);
      await emotion.dispose();
      saveFusionModel(out, fusion.net.spec, readWeights(fusion.net), fusion.metadata, fusion.files);
      fusion.net.dispose();
      const ownStress = stressModelId(serializeStressModel(stress.model, { seed: 0, training: {}, data: {}, metrics: {} }).metadata);
      const committed = (() => {
        try { return stressModelId(loadStressModel(resolvePath(config.text.stressModelDir)).metadata); } catch { return null; }
      })();
      const m = fusion.metadata;
      const v = m.validation;
      if (opts.json) return printJson(m);
      console.log(formatTable(['epoch', 'train loss', 'train acc', 'val loss', 'val acc'], m.curves.map((c) => [c.epoch, c.trainLoss, c.trainAccuracy, c.valLoss, c.valAccuracy])));
      console.log('');
      console.log(`parameters: ${m.parameterCount} (${m.representation}; input widths ${Object.entries(m.spec.inputDims).map(([k, n]) => `${k} ${n}`).join(', ')})`);
      console.log(`validation (${v.n} check-ins with texts of other posts, ${v.mcPasses} MC-dropout passes): accuracy ${v.accuracy.toFixed(4)}, macro-F1 ${v.macroF1.toFixed(4)}`);
      console.log(`temperature ${v.temperature.value} (${v.temperature.fitted ? 'fitted on validation' : 'configured default'}); NLL ${v.nll.before.toFixed(4)} → ${v.nll.after.toFixed(4)}; ECE ${v.ece.before.toFixed(4)} → ${v.ece.after.toFixed(4)}`);
      console.log(formatTable(['inputs', 'n', 'accuracy', 'mean weights'], Object.entries(v.byCombination).map(([k, c]) => [k, c.n, c.accuracy, Object.entries(c.meanWeights).map(([i, w]) => `${i} ${w}`).join(', ')])));
      if (committed && committed !== ownStress) {
        console.log(`note: the stress model in ${config.text.stressModelDir} (${committed}) is not the one this run fitted (${ownStress}); run \`npx burnout train text-stress --seed ${opts.dataSeed}\` so that both come from the same data and seed`);
      }
      const shown = relative(process.cwd(), out);
      console.log(`wrote ${shown.startsWith('..') ? out : shown || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
}
