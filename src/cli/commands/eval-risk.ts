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
import { assessItems, NEGATIVE_EMOTIONS, type LabelledInput } from '../../eval/risk-items.ts';
import { riskReport, type RiskEvalReport } from '../../eval/risk-metrics.ts';
import { readAudioFile } from '../../media/audio/decode.ts';
import { readImageFile } from '../../media/image/decode-image.ts';
import { createProgressBar } from '../../progress.ts';
import { formatRiskReport } from '../format-risk-report.ts';
import { printJson } from '../output.ts';

interface EvalRiskOptions {
  proxy: 'dreaddit' | 'emotion';
  modality?: 'face' | 'voice';
  data: string;
  folds?: number;
  seed: number;
  limit?: number;
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
    .option('--json', 'print { proxy, modality, n, positives, auc, aucHigh, ece, brier, engineAuc, levels, neutralHighShare, latencyMsP50 }')
    .action(async (opts: EvalRiskOptions) => {
      const config = loadConfig();
      const report = opts.proxy === 'dreaddit' ? await evalDreaddit(config, opts) : await evalEmotion(config, opts);
      if (opts.json) printJson(report.report);
      else console.log(formatRiskReport(report.report, report.skipped, opts.folds));
    });
}

async function evalDreaddit(config: Readonly<Config>, opts: EvalRiskOptions): Promise<{ report: RiskEvalReport; skipped: string[] }> {
  if (opts.modality) throw new BurnoutError('INPUT_INVALID', '--modality is for --proxy emotion; Dreaddit is text only');
  const posts = (await readDreaddit(opts.data)).slice(0, opts.limit);
  const progress = createProgressBar(!opts.json);
  const inputs: LabelledInput[] = posts.map((p) => ({ name: `post ${p.id}`, read: async () => ({ text: p.text }), positive: p.label === 1, neutral: false }));
  const runtime = await loadAssessRuntime(config, { modalities: ['text'] });
  try {
    const { items, skipped } = await assessItems(inputs, (x) => assessCheckIn(runtime, x, {}), progress, 'eval risk (dreaddit)');
    return { report: riskReport('dreaddit', 'text', items), skipped };
  } finally {
    await runtime.dispose();
  }
}

async function evalEmotion(config: Readonly<Config>, opts: EvalRiskOptions): Promise<{ report: RiskEvalReport; skipped: string[] }> {
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
    return { report: riskReport('emotion', modality, items), skipped };
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
