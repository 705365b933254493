// `burnout train text-stress`: trains the stress-language model on the Dreaddit train split (hyper-parameters by
// cross-validation on that split only), writes models/text-stress with its provenance and out-of-fold figures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { STRESS_METADATA_FILE, STRESS_WEIGHTS_FILE, serializeStressModel } from '../../analysis/text/stress/stress-format.ts';
import { fitStressModel, STRESS_L2_GRID, STRESS_TRAIN } from '../../analysis/text/stress/stress-train.ts';
import { sha256Hex } from '../../analysis/text/lite-format.ts';
import { loadConfig, resolvePath } from '../../config/load.ts';
import { SHARED_DATA } from '../../config/paths.ts';
import { readDreaddit } from '../../eval/dreaddit.ts';
import { binaryEce, brierScore } from '../../eval/risk-metrics.ts';
import { createProgressBar } from '../../progress.ts';
import { printJson } from '../output.ts';

interface TrainTextStressOptions {
  data?: string;
  folds: number;
  seed: number;
  out?: string;
  json?: boolean;
}

/** Where the Dreaddit train split lives by default. */
export const DEFAULT_DREADDIT = join(SHARED_DATA, 'text', 'dreaddit', 'dreaddit-train.csv');

/** Provenance of the data set, written into metadata.json (from ../shared/data/text/README.md). */
export const DREADDIT_PROVENANCE = {
  dataset: 'Dreaddit train split (Turcan & McKeown 2019, "Dreaddit: A Reddit Dataset for Stress Analysis in Social Media", LOUHI 2019, arXiv:1911.00133)',
  source: 'GitHub darasiemi/mental_health_mlops_project, commit d41e263cbe7a406ec93d3e2b897ab8a80d12ece1, data/dreaddit-train.csv',
  licence: 'none stated by the authors: research data. The weights derived from it carry the same caveat; check before any commercial use.',
  content: 'Reddit posts (5-sentence segments) from ten subreddits on abuse, anxiety, financial need, PTSD, relationships and stress, labelled stress / not stress by crowd workers',
} as const;

function int(min: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < min) throw new InvalidArgumentError(`must be a whole number ≥ ${min}`);
    return n;
  };
}

/** Registers `burnout train text-stress` under the `train` group. */
export function registerTrainTextStress(train: Command): void {
  train
    .command('text-stress')
    .description('train the stress-language model on the Dreaddit train split (choice of settings by cross-validation on it)')
    .option('--data <file>', 'Dreaddit train CSV (default ../shared/data/text/dreaddit/dreaddit-train.csv)')
    .option('--folds <k>', 'cross-validation folds', int(2), 5)
    .option('--seed <n>', 'seed of the folds and the shuffling (same seed and data → same weights)', int(0), 42)
    .option('--out <dir>', 'model folder (default: config text.stressModelDir)')
    .option('--json', 'print the metadata as JSON at the end')
    .action(async (opts: TrainTextStressOptions) => {
      const config = loadConfig();
      const file = opts.data ? resolvePath(opts.data) : DEFAULT_DREADDIT;
      const out = resolvePath(opts.out ?? config.text.stressModelDir);
      const posts = await readDreaddit(file);
      const started = performance.now();
      const fit = fitStressModel(posts, { folds: opts.folds, seed: opts.seed }, createProgressBar(!opts.json));
      const labels = posts.map((p) => p.label === 1);
      const metrics = {
        folds: opts.folds,
        oofAuc: fit.selection.oofAuc,
        oofEce: binaryEce(fit.oofProbability, labels),
        oofBrier: brierScore(fit.oofProbability, labels),
        baseRate: labels.filter(Boolean).length / labels.length,
        note: 'out-of-fold on the Dreaddit train split; the held-out Dreaddit test split was not used',
      };
      const { metadata, metadataText, weightBytes } = serializeStressModel(fit.model, {
        seed: opts.seed,
        training: {
          algorithm: 'binary logistic regression on hashed word 1–2-grams and character 2–5-grams (the lite text features), lazy Adam with L2; Platt scaling on out-of-fold logits',
          ...STRESS_TRAIN,
          l2Grid: [...STRESS_L2_GRID],
          chosen: { l2: fit.selection.l2, epochs: fit.selection.epochs },
          grid: fit.selection.grid.map((g) => ({ ...g, auc: Number(g.auc.toFixed(4)) })),
          command: `npx burnout train text-stress --folds ${opts.folds} --seed ${opts.seed}`,
        },
        data: { ...DREADDIT_PROVENANCE, file: basename(file), sha256: sha256Hex(readFileSync(file)), rows: posts.length, stressed: labels.filter(Boolean).length },
        metrics,
      });
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, STRESS_WEIGHTS_FILE), weightBytes);
      writeFileSync(join(out, STRESS_METADATA_FILE), metadataText);
      if (opts.json) return printJson(metadata);
      console.log(`chose l2 ${fit.selection.l2}, ${fit.selection.epochs} epochs by ${opts.folds}-fold cross-validation`);
      console.log(`out-of-fold: AUC ${metrics.oofAuc.toFixed(3)}, ECE ${metrics.oofEce.toFixed(3)}, Brier ${metrics.oofBrier.toFixed(3)} (base rate ${metrics.baseRate.toFixed(3)})`);
      console.log(`wrote ${out} (${(weightBytes.byteLength / 1024).toFixed(0)} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
}
