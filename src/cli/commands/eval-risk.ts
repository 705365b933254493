// `burnout eval risk`: runs the project's own assessment (Stages 1–2, one modality per item) over labelled public data
// and reports how the fused *risk* ranks and forecasts a proxy label: Dreaddit stress for text, a negative expression
// for face and voice. Proxies, not burnout: the output says so.
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { analyzeInputs } from '../../analysis/engine-set.ts';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../../assess.ts';
import type { Baseline } from '../../baseline/types.ts';
import { speakerBaselines, type SpeakerClip } from '../../eval/speaker-baseline.ts';
import type { Progress } from '../../progress.ts';
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
import { disaggregate } from '../../disaggregate/disaggregate.ts';
import { groupKeys } from '../../disaggregate/group-key.ts';
import { DESCRIPTIVE, LOWER_IS_BETTER, riskMetrics } from '../../disaggregate/metric-sets.ts';
import { addGroupOptions, formatGroups, groupOptions, type GroupCliOptions } from '../group-options.ts';

interface EvalRiskOptions extends GroupCliOptions {
  baseline?: boolean;
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
  const command = evaluate
    .command('risk')
    .description('how the fused risk ranks and forecasts a proxy label on labelled data (Dreaddit stress; negative expressions)')
    .requiredOption('--proxy <name>', 'dreaddit (text posts labelled stress / not stress) | emotion (a labelled face or voice folder)', proxyName)
    .requiredOption('--data <path>', 'Dreaddit CSV file, or a folder holding manifest.csv (ekman column) and the media')
    .option('--modality <name>', 'face | voice (with --proxy emotion)', modalityName)
    .option('--folds <k>', 'Dreaddit: retrain every model trained on Dreaddit k times and score each post out of fold', foldCount)
    .option('--seed <n>', 'seed of the fold split and of the retrained models', integer, 1)
    .option('--limit <n>', 'use only the first n items', integer)
    .option('--baseline', 'emotion proxy: give each clip the personal baseline of its speaker (the app\'s baseline code over the speaker\'s other clips; needs a speaker column)')
    .option('--chart <file.svg>', 'also write the reliability diagram of P(moderate)+P(high) against the label')
    .option('--json', 'print { proxy, modality, n, positives, auc, aucHigh, ece, brier, engineAuc, levels, neutralHighShare, latencyMsP50 } (and with --by: by, bootstrap, minN, groups, maxGap)');
  addGroupOptions(command, 'a Dreaddit CSV column such as subreddit, the derived "length" bucket, or a manifest.csv column')
    .action(async (opts: EvalRiskOptions) => {
      const config = loadConfig();
      const run = opts.proxy === 'dreaddit' ? await evalDreaddit(config, opts) : await evalEmotion(config, opts);
      const grouping = groupOptions(opts, { lowerIsBetter: LOWER_IS_BETTER, descriptive: DESCRIPTIVE });
      const groups = grouping ? disaggregate(run.items, run.keys, riskMetrics, grouping) : null;
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
      if (opts.json) printJson({ ...run.report, ...(groups ?? {}) });
      else console.log(formatRiskReport(run.report, run.skipped, opts.folds, bins) + (groups ? `\n\n${formatGroups(groups)}` : ''));
    });
}

/** What one evaluation run gives: the report, the assessed items and the inputs that could not be assessed. */
interface RiskRun {
  report: RiskEvalReport;
  items: RiskEvalItem[];
  /** Each item's group under --by (empty strings without it). */
  keys: string[];
  skipped: string[];
}

async function evalDreaddit(config: Readonly<Config>, opts: EvalRiskOptions): Promise<RiskRun> {
  if (opts.modality) throw new BurnoutError('INPUT_INVALID', '--modality is for --proxy emotion; Dreaddit is text only');
  if (opts.baseline) throw new BurnoutError('INPUT_INVALID', '--baseline is for --proxy emotion (Dreaddit posts have no author history here)');
  const posts = (await readDreaddit(opts.data)).slice(0, opts.limit);
  const keys = opts.by ? groupKeys(posts, opts.by) : posts.map(() => '');
  const progress = createProgressBar(!opts.json);
  if (opts.folds) {
    const training = { data: DEFAULT_TRAINING_DATA, train: trainOptions(config, {}), evaluation: evaluationOptions(config, 1) };
    const everyday = readGoEmotionsTsv(DEFAULT_EVERYDAY).rows;
    const { items, kept, skipped } = await dreadditFoldItems(config, posts, { folds: opts.folds, seed: opts.seed, training, everyday }, progress);
    return { report: riskReport('dreaddit', 'text', items), items, keys: kept.map((i) => keys[i] as string), skipped };
  }
  const inputs: LabelledInput[] = posts.map((p) => ({ name: `post ${p.id}`, read: async () => ({ text: p.text }), positive: p.label === 1, neutral: false }));
  const runtime = await loadAssessRuntime(config, { modalities: ['text'] });
  try {
    const { items, kept, skipped } = await assessItems(inputs, (x) => assessCheckIn(runtime, x, {}), progress, 'eval risk (dreaddit)');
    return { report: riskReport('dreaddit', 'text', items), items, keys: kept.map((i) => keys[i] as string), skipped };
  } finally {
    await runtime.dispose();
  }
}

async function evalEmotion(config: Readonly<Config>, opts: EvalRiskOptions): Promise<RiskRun> {
  const modality = opts.modality;
  if (!modality) throw new BurnoutError('INPUT_INVALID', '--proxy emotion needs --modality face or --modality voice');
  if (opts.folds) throw new BurnoutError('INPUT_INVALID', '--folds is for --proxy dreaddit (no model is trained on the face or voice data)');
  const rows = (await readLabelledManifest(opts.data)).slice(0, opts.limit);
  const keys = opts.by ? groupKeys(rows, opts.by) : rows.map(() => '');
  const negative = new Set<string>(NEGATIVE_EMOTIONS);
  const inputs: LabelledInput[] = rows.map((r) => ({
    name: r.file,
    positive: negative.has(r.label),
    neutral: r.label === 'neutral',
    read: async () => modality === 'face'
      ? { face: await readImageFile(join(opts.data, r.file), { maxPixels: config.face.maxPixels }) }
      : { voice: await readAudioFile(join(opts.data, r.file), { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath }) },
  }));
  if (opts.baseline && !rows.some((r) => r.columns.speaker)) {
    throw new BurnoutError('INPUT_INVALID', '--baseline needs a speaker column in manifest.csv (each speaker\'s other clips form their baseline)');
  }
  const runtime = await loadAssessRuntime(config, { modalities: [modality] });
  try {
    const progress = createProgressBar(!opts.json);
    const baselines = opts.baseline ? await clipBaselines(config, runtime, inputs, rows.map((r) => r.columns.speaker ?? ''), modality, progress) : null;
    const { items, kept, skipped } = await assessItems(inputs, (x, i) => assessCheckIn(runtime, x, {}, { baseline: baselines?.[i] ?? null }), progress, `eval risk (${modality})`);
    return { report: { ...riskReport('emotion', modality, items), ...(baselines ? { baselineClips: baselines.filter((b) => b?.modalities[modality]).length } : {}) }, items, keys: kept.map((i) => keys[i] as string), skipped };
  } finally {
    await runtime.dispose();
  }
}

/** Stage 1 of every clip (the runtime's engines), then each clip's baseline from its speaker's other clips. */
async function clipBaselines(config: Readonly<Config>, runtime: AssessRuntime, inputs: readonly LabelledInput[], speakers: readonly string[], modality: 'face' | 'voice', progress: Progress): Promise<Array<Baseline | null>> {
  const clips: SpeakerClip[] = [];
  progress.start(inputs.length, `baselines (${modality}): analysing every clip`);
  try {
    for (const [i, x] of inputs.entries()) {
      const results = await analyzeInputs(runtime.engines, await x.read());
      clips.push({ speaker: speakers[i] ?? '', modality, result: results[modality] });
      progress.update(i + 1);
    }
  } finally {
    progress.stop();
  }
  return speakerBaselines(clips, config.baseline);
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
