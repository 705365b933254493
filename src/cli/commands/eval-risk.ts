// `burnout eval risk`: runs the project's own assessment (Stages 1–2, one modality per item) over labelled public data
// and reports how the fused *risk* ranks and forecasts a proxy label: Dreaddit stress for text, a negative expression
// for face and voice. Proxies, not burnout: the output says so.
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { assessCheckIn, loadAssessRuntime } from '../../assess.ts';
import type { Config } from '../../config/schema.ts';
import { loadConfig } from '../../config/load.ts';
import { BurnoutError } from '../../errors.ts';
import { readDreaddit } from '../../eval/dreaddit.ts';
import { readLabelledManifest } from '../../eval/manifest-csv.ts';
import { assessItems, type LabelledInput } from '../../eval/risk-items.ts';
import { NEGATIVE_EMOTIONS } from '../../emotions.ts';
import { binaryReliability, elevated, riskReport, type RiskEvalItem, type RiskEvalReport } from '../../eval/risk-metrics.ts';
import { binaryReliabilitySvg } from '../../ml/svg-charts.ts';
import { writeFileSync } from 'node:fs';
import { dreadditFoldItems } from '../../eval/risk-folds.ts';
import { DEFAULT_TRAINING_DATA } from '../../fusion/training-data.ts';
import { readAudioFile } from '../../media/audio/decode.ts';
import { readImageFile } from '../../media/image/decode-image.ts';
import { createProgressBar } from '../../progress.ts';
import { formatRiskReport } from '../format-risk-report.ts';
import { printJson } from '../output.ts';
import { DEFAULT_EVERYDAY, evaluationOptions, trainOptions } from './train-fusion.ts';
import { readGoEmotionsTsv } from '../../eval/goemotions-tsv.ts';

interface EvalRiskOptions {
  proxy: 'dreaddit' | 'emotion';
  modality?: 'face' | 'voice';
  data: string;
  folds?: number;
  seed: number;
  limit?: number;
  chart?: string;
  json?: boolean;
}

/** Registers `burnout eval risk` under the `eval` group. */
export function registerEvalRisk(evaluate: Command): void {
  evaluate
    .command('risk')
    .description('how the fused risk ranks and forecasts a proxy label on labelled data (Dreaddit stress; negative expressions)')
    .requiredOption('--proxy <name>', 'dreaddit (text posts labelled stress / not stress) | emotion (a labelled face or voice folder)', proxyName)
    .requiredOption('--data <path>', 'Dreaddit CSV file, or a folder holding manifest.csv (ekman column) and the media')
    .option('--modality <name>', 'face | voice (with --proxy emotion)', modalityName)
    .option('--folds <k>', 'Dreaddit: retrain every model trained on Dreaddit k times and score each post out of fold', foldCount)
    .option('--seed <n>', 'seed of the fold split and of the retrained models', integer, 1)
    .option('--limit <n>', 'use only the first n items', integer)
    .option('--chart <file.svg>', 'also write the reliability diagram of P(moderate)+P(high) against the label')
    .option('--json', 'print { proxy, modality, n, positives, auc, aucHigh, ece, brier, engineAuc, levels, neutralHighShare, latencyMsP50 }')
    .action(async (opts: EvalRiskOptions) => {
      const config = loadConfig();
      const run = opts.proxy === 'dreaddit' ? await evalDreaddit(config, opts) : await evalEmotion(config, opts);
      const bins = binaryReliability(run.items.map((x) => elevated(x.probabilities)), run.items.map((x) => x.positive));
      if (opts.chart) {
        const proxy = run.report.proxy === 'dreaddit' ? 'Dreaddit stress label' : 'negative expression';
        writeFileSync(opts.chart, binaryReliabilitySvg(bins, {
          title: `Reliability of P(moderate)+P(high), ${run.report.modality} only${opts.folds ? `, out of fold (${opts.folds} folds)` : ''}`,
          forecast: 'P(moderate) + P(high)',
          observed: `share with the ${proxy}`,
          ece: run.report.ece,
          n: run.report.n,
        }));
      }
      if (opts.json) printJson(run.report);
      else console.log(formatRiskReport(run.report, run.skipped, opts.folds, bins));
    });
}

/** What one evaluation run gives: the report, the assessed items and the inputs that could not be assessed. */
interface RiskRun {
  report: RiskEvalReport;
  items: RiskEvalItem[];
  skipped: string[];
}

async function evalDreaddit(config: Readonly<Config>, opts: EvalRiskOptions): Promise<RiskRun> {
  if (opts.modality) throw new BurnoutError('INPUT_INVALID', '--modality is for --proxy emotion; Dreaddit is text only');
  const posts = (await readDreaddit(opts.data)).slice(0, opts.limit);
  const progress = createProgressBar(!opts.json);
  if (opts.folds) {
    const training = { data: DEFAULT_TRAINING_DATA, train: trainOptions(config, {}), evaluation: evaluationOptions(config, 1) };
    const everyday = readGoEmotionsTsv(DEFAULT_EVERYDAY).rows;
    const { items, skipped } = await dreadditFoldItems(config, posts, { folds: opts.folds, seed: opts.seed, training, everyday }, progress);
    return { report: riskReport('dreaddit', 'text', items), items, skipped };
  }
  const inputs: LabelledInput[] = posts.map((p) => ({ name: `post ${p.id}`, read: async () => ({ text: p.text }), positive: p.label === 1, neutral: false }));
  const runtime = await loadAssessRuntime(config, { modalities: ['text'] });
  try {
    const { items, skipped } = await assessItems(inputs, (x) => assessCheckIn(runtime, x, {}), progress, 'eval risk (dreaddit)');
    return { report: riskReport('dreaddit', 'text', items), items, skipped };
  } finally {
    await runtime.dispose();
  }
}

async function evalEmotion(config: Readonly<Config>, opts: EvalRiskOptions): Promise<RiskRun> {
  const modality = opts.modality;
  if (!modality) throw new BurnoutError('INPUT_INVALID', '--proxy emotion needs --modality face or --modality voice');
  if (opts.folds) throw new BurnoutError('INPUT_INVALID', '--folds is for --proxy dreaddit (no model is trained on the face or voice data)');
  const rows = (await readLabelledManifest(opts.data)).slice(0, opts.limit);
  const negative = new Set<string>(NEGATIVE_EMOTIONS);
  const inputs: LabelledInput[] = rows.map((r) => ({
    name: r.file,
    positive: negative.has(r.label),
    neutral: r.label === 'neutral',
    read: async () => modality === 'face'
      ? { face: await readImageFile(join(opts.data, r.file), { maxPixels: config.face.maxPixels }) }
      : { voice: await readAudioFile(join(opts.data, r.file), { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath }) },
  }));
  const runtime = await loadAssessRuntime(config, { modalities: [modality] });
  try {
    const progress = createProgressBar(!opts.json);
    const { items, skipped } = await assessItems(inputs, (x) => assessCheckIn(runtime, x, {}), progress, `eval risk (${modality})`);
    return { report: riskReport('emotion', modality, items), items, skipped };
  } finally {
    await runtime.dispose();
  }
}

function proxyName(v: string): 'dreaddit' | 'emotion' {
  if (v !== 'dreaddit' && v !== 'emotion') throw new InvalidArgumentError('use dreaddit or emotion');
  return v;
}

function modalityName(v: string): 'face' | 'voice' {
  if (v !== 'face' && v !== 'voice') throw new InvalidArgumentError('use face or voice');
  return v;
}

function integer(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function foldCount(v: string): number {
  const n = integer(v);
  if (n < 2 || n > 20) throw new InvalidArgumentError('must be from 2 to 20');
  return n;
}
