// `burnout eval face`: runs the face analyzer over a labelled image folder (DIR/manifest.csv: file, ekman) and reports
// accuracy, macro-F1, per-class F1, the confusion matrix and latency.
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { requireEngine } from '../../analysis/engine-registry.ts';
import { loadFaceAnalyzer } from '../../analysis/face/face-analyzer.ts';
import type { Config } from '../../config/schema.ts';
import { loadConfig } from '../../config/load.ts';
import { readLabelledManifest } from '../../eval/manifest-csv.ts';
import { EMOTIONS, topEmotion, type Emotion } from '../../emotions.ts';
import { classificationReport, percentile } from '../../eval/metrics.ts';
import { readImageFile } from '../../media/image/decode-image.ts';
import { formatNumber, formatTable, printJson } from '../output.ts';
import { createProgressBar } from '../../progress.ts';
import { disaggregate, type Disaggregation } from '../../disaggregate/disaggregate.ts';
import { groupKeys } from '../../disaggregate/group-key.ts';
import { classificationMetrics } from '../../disaggregate/metric-sets.ts';
import { addGroupOptions, formatGroups, groupOptions, type GroupCliOptions } from '../group-options.ts';

interface EvalFaceOptions extends GroupCliOptions {
  data: string;
  engine?: 'human' | 'vit';
  flipTta?: boolean;
  limit?: number;
  json?: boolean;
}

/** Registers `burnout eval face` under the `eval` group. */
export function registerEvalFace(evaluate: Command): void {
  const command = evaluate
    .command('face')
    .description('evaluate the facial-emotion engine on labelled images (DIR/manifest.csv with columns file, ekman)')
    .requiredOption('--data <dir>', 'folder holding manifest.csv and the images (e.g. ../shared/data/face)')
    .option('--engine <name>', 'human | vit (default: the first of config face.engines that loads)', engineName)
    .option('--flip-tta <on|off>', 'horizontal-flip test-time augmentation (default: config face.flipTta)', onOff)
    .option('--limit <n>', 'evaluate only the first n rows', positiveInt)
    .option('--json', 'print { n, accuracy, macroF1, perClassF1, latencyMsP50, engine, … } as JSON');
  addGroupOptions(command, 'a manifest.csv column, e.g. fer_usage')
    .action(async (opts: EvalFaceOptions) => {
      const base = loadConfig();
      const config: Readonly<Config> = {
        ...base,
        face: { ...base.face, engines: opts.engine ? [opts.engine] : base.face.engines, flipTta: opts.flipTta ?? base.face.flipTta },
      };
      const rows = (await readLabelledManifest(opts.data)).slice(0, opts.limit);
      const grouping = groupOptions(opts);
      const keys = grouping ? groupKeys(rows, grouping.by) : [];
      const keptKeys: string[] = [];
      const analyzer = requireEngine(await loadFaceAnalyzer(config), 'face');
      const truth: Emotion[] = [];
      const predicted: Emotion[] = [];
      const latencies: number[] = [];
      const rejected: string[] = [];
      const progress = createProgressBar(!opts.json);
      progress.start(rows.length, `eval face (${analyzer.name})`);
      try {
        for (const [i, row] of rows.entries()) {
          const image = await readImageFile(join(opts.data, row.file), { maxPixels: config.face.maxPixels });
          const result = await analyzer.analyze(image);
          if (result.status === 'ok' && result.emotions) {
            truth.push(row.label);
            predicted.push(topEmotion(result.emotions));
            keptKeys.push(keys[i] ?? '');
            latencies.push(result.latencyMs);
          } else {
            rejected.push(`${row.file}: ${result.status === 'ok' ? 'no emotions' : result.reason}`);
          }
          progress.update(i + 1);
        }
      } finally {
        progress.stop();
        await analyzer.dispose();
      }
      const report = classificationReport(EMOTIONS, truth, predicted);
      const summary = {
        n: report.n,
        accuracy: report.accuracy,
        macroF1: report.macroF1,
        perClassF1: report.perClassF1,
        latencyMsP50: percentile(latencies, 50),
        latencyMsP95: percentile(latencies, 95),
        engine: analyzer.name,
        model: analyzer.model,
        flipTta: config.face.flipTta,
        rejected: rejected.length,
        confusion: report.confusion,
        ...(grouping ? disaggregate(truth.map((t, i) => ({ truth: t, predicted: predicted[i] as Emotion })), keptKeys, classificationMetrics, grouping) : {}),
      };
      if (opts.json) return printJson(summary);
      console.log(`engine ${summary.engine} (${summary.model}), flip TTA ${summary.flipTta ? 'on' : 'off'}`);
      console.log(`n ${summary.n} (rejected ${summary.rejected}), accuracy ${formatNumber(summary.accuracy)}, macro-F1 ${formatNumber(summary.macroF1)}`);
      console.log(`latency p50 ${formatNumber(summary.latencyMsP50)} ms, p95 ${formatNumber(summary.latencyMsP95)} ms\n`);
      console.log(formatTable(['class', 'F1'], EMOTIONS.map((e) => [e, report.perClassF1[e]])));
      console.log('\nconfusion (rows = truth, columns = prediction)');
      console.log(formatTable(['', ...EMOTIONS], EMOTIONS.map((t) => [t, ...EMOTIONS.map((p) => report.confusion[t][p])])));
      if (summary.groups) console.log(`\n${formatGroups(summary as Disaggregation)}`);
      for (const r of rejected.slice(0, 5)) console.log(`rejected: ${r}`);
    });
}

function engineName(v: string): 'human' | 'vit' {
  if (v !== 'human' && v !== 'vit') throw new InvalidArgumentError('use human or vit');
  return v;
}

function onOff(v: string): boolean {
  if (v !== 'on' && v !== 'off') throw new InvalidArgumentError('use on or off');
  return v === 'on';
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}
