// `burnout train text-lite`: trains the offline lite text emotion model on GoEmotions (Ekman) train, selects on dev, writes the folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig, resolvePath } from '../../config/load.ts';
import { SHARED_DATA } from '../../config/paths.ts';
import { EMOTIONS } from '../../emotions.ts';
import { readGoEmotionsTsv } from '../../eval/goemotions-tsv.ts';
import { DEFAULT_LITE_FEATURES, DEFAULT_LITE_TRAIN, fitLiteModel } from '../../analysis/text/lite-fit.ts';
import { LITE_METADATA_FILE, LITE_WEIGHTS_FILE, serializeLiteModel, sha256Hex } from '../../analysis/text/lite-format.ts';
import { formatTable, printJson } from '../output.ts';
import { createProgressBar } from '../../progress.ts';

interface TrainTextLiteOptions {
  data?: string;
  seed: number;
  epochs: number;
  out?: string;
  json?: boolean;
}

function nonNegativeInt(name: string, min: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    return n;
  };
}

/** Registers `burnout train text-lite` under the `train` group. */
export function registerTrainTextLite(train: Command): void {
  train
    .command('text-lite')
    .description('train the offline lite text emotion model on GoEmotions (Ekman) train.tsv, selected on dev.tsv (docs/text.md)')
    .option('--data <dir>', 'folder with train.tsv, dev.tsv and labels.txt (default ../shared/data/text/goemotions_ekman)')
    .option('--seed <n>', 'seed of the shuffling (same seed and data → same weights)', nonNegativeInt('--seed', 0), DEFAULT_LITE_TRAIN.seed)
    .option('--epochs <n>', 'training epochs (the best on dev is kept)', nonNegativeInt('--epochs', 1), DEFAULT_LITE_TRAIN.epochs)
    .option('--out <dir>', 'model folder (default: config text.liteModelDir)')
    .option('--json', 'print the metadata as JSON at the end')
    .action((opts: TrainTextLiteOptions) => {
      const config = loadConfig();
      const dataDir = opts.data ? resolvePath(opts.data) : join(SHARED_DATA, 'text', 'goemotions_ekman');
      const out = resolvePath(opts.out ?? config.text.liteModelDir);
      const train = readGoEmotionsTsv(join(dataDir, 'train.tsv'));
      const dev = readGoEmotionsTsv(join(dataDir, 'dev.tsv'));
      const cfg = { ...DEFAULT_LITE_TRAIN, seed: opts.seed, epochs: opts.epochs };
      const bar = createProgressBar(!opts.json);
      const started = performance.now();
      bar.start(cfg.epochs + 2, 'text-lite');
      const fit = fitLiteModel(train.rows, dev.rows, DEFAULT_LITE_FEATURES, cfg, (done, _total, info) => bar.update(done, info));
      bar.stop();
      const fileInfo = (f: string) => ({ file: `${basename(dataDir)}/${basename(f)}`, sha256: sha256Hex(readFileSync(f)) });
      const { metadata, metadataText, weightBytes } = serializeLiteModel(fit.model, {
        seed: cfg.seed,
        training: {
          algorithm: 'multinomial logistic regression on hashed sparse features, lazy Adam with L2',
          multiLabelRows: 'soft target: equal probability mass on each listed label',
          modelSelection: 'epoch with the best dev macro-F1 after tuning class offsets; offsets tuned on dev after int8 packing',
          ...cfg,
          trainRows: train.rows.length,
          bestEpoch: fit.bestEpoch,
          history: fit.history,
          command: `npx burnout train text-lite --seed ${cfg.seed} --epochs ${cfg.epochs}`,
        },
        data: {
          dataset: 'GoEmotions, Ekman grouping (Demszky et al. 2020)',
          train: { ...fileInfo(train.file), rows: train.rows.length },
          dev: { ...fileInfo(dev.file), rows: dev.rows.length },
          labels: fileInfo(join(dataDir, 'labels.txt')),
        },
        devMetrics: fit.devMetrics,
      });
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, LITE_WEIGHTS_FILE), weightBytes);
      writeFileSync(join(out, LITE_METADATA_FILE), metadataText);
      const seconds = (performance.now() - started) / 1000;
      if (opts.json) {
        printJson(metadata);
        return;
      }
      const m = fit.devMetrics;
      console.log(formatTable(['epoch', 'train loss', 'dev macro-F1', 'tuned'], fit.history.map((h) => [h.epoch, h.trainLoss, h.devMacroF1, h.devMacroF1Tuned])));
      console.log(`\nkept epoch ${fit.bestEpoch}; after int8 packing and class offsets tuned on dev (${m.n} rows):`);
      console.log(`dev accuracy ${m.accuracy.toFixed(3)}, macro-F1 ${m.macroF1.toFixed(3)} (untuned ${m.macroF1Untuned.toFixed(3)}, offsets cross-fitted on dev halves ${m.macroF1CrossFitted.toFixed(3)})`);
      console.log(formatTable(['emotion', 'dev F1'], EMOTIONS.map((e) => [e, m.perClassF1[e]])));
      console.log(`scoring: ${m.scoringRule}`);
      console.log(`wrote ${out} (${(weightBytes.byteLength / 2 ** 20).toFixed(2)} MiB weights) in ${seconds.toFixed(1)} s`);
    });
}
