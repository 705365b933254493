// `burnout eval text`: runs a text engine over a labelled GoEmotions-style TSV and prints accuracy, F1, confusion and latency.
import { basename } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig, resolvePath } from '../../config/load.ts';
import type { Config } from '../../config/schema.ts';
import { EMOTIONS, topEmotion, type Emotion } from '../../emotions.ts';
import { loadFirstEngine, requireEngine } from '../../analysis/engine-registry.ts';
import { textEngines } from '../../analysis/text/registry.ts';
import type { Engine } from '../../analysis/types.ts';
import { readGoEmotionsTsv, type LabelledText } from '../../eval/goemotions-tsv.ts';
import { classificationReport, percentile, type ClassificationReport } from '../../eval/metrics.ts';
import { MULTI_LABEL_SCORING_RULE, resolveTruths } from '../../eval/multi-label.ts';
import { formatTable, printJson } from '../output.ts';
import { createProgressBar, type Progress } from '../../progress.ts';
import { disaggregate, type Disaggregation, type DisaggregateOptions } from '../../disaggregate/disaggregate.ts';
import { groupKeys } from '../../disaggregate/group-key.ts';
import { classificationMetrics } from '../../disaggregate/metric-sets.ts';
import { addGroupOptions, formatGroups, groupOptions, type GroupCliOptions } from '../group-options.ts';

interface EvalTextOptions extends GroupCliOptions {
  data: string;
  engine?: string;
  json?: boolean;
}

/** The figures `eval text` prints (and, with --json, the JSON object). */
export interface TextEvalReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perClassF1: Record<Emotion, number>;
  latencyMsP50: number;
  latencyMsP95: number;
  engine: string;
  model: string;
  data: string;
  scoringRule: string;
  /** Rows the engine rejected (e.g. empty text); they are left out of the scores. */
  rejected: number;
  confusion: ClassificationReport<Emotion>['confusion'];
}

/** The report with `--by`: the same figures per group (see src/disaggregate). */
export type GroupedTextEvalReport = TextEvalReport & Partial<Disaggregation>;

function engineName(v: string): string {
  if (!Object.hasOwn(textEngines, v)) throw new InvalidArgumentError(`use one of ${Object.keys(textEngines).join(', ')}`);
  return v;
}

/** Registers `burnout eval text` under the `eval` group. */
export function registerEvalText(evaluate: Command): void {
  const command = evaluate
    .command('text')
    .description('score a text engine on a labelled TSV (text<TAB>label ids<TAB>id, labels.txt beside it)')
    .requiredOption('--data <file>', 'TSV file, e.g. ../shared/data/text/goemotions_ekman/dev.tsv')
    .option('--engine <name>', 'text engine to score (default: the first in config text.engines that loads)', engineName)
    .option('--json', 'print one JSON object');
  addGroupOptions(command, 'only the derived "length" bucket for a TSV')
    .action(async (opts: EvalTextOptions) => {
      const config = loadConfig();
      const set = readGoEmotionsTsv(resolvePath(opts.data));
      const engine = await loadTextEngine(config, opts.engine);
      let report: GroupedTextEvalReport;
      try {
        report = await evaluateTextEngine(engine, set.rows, createProgressBar(!opts.json), groupOptions(opts));
      } finally {
        await engine.dispose();
      }
      report.data = basename(set.file);
      if (opts.json) return printJson(report);
      printReport(report);
      if (report.groups) console.log(`\n${formatGroups(report as Disaggregation)}`);
    });
}

async function loadTextEngine(config: Readonly<Config>, name: string | undefined): Promise<Engine<string>> {
  const order = name ? [name] : config.text.engines;
  return requireEngine(await loadFirstEngine(textEngines, order, config), 'text');
}

/**
 * Runs the engine on every row (one at a time, wall-clock latency per text) and scores it under the multi-label rule;
 * with `groups`, also per group of the rows (the derived `length` bucket).
 */
export async function evaluateTextEngine(engine: Engine<string>, rows: readonly LabelledText[], progress: Progress, groups?: DisaggregateOptions): Promise<GroupedTextEvalReport> {
  const keys = groups ? groupKeys(rows.map((r) => ({ columns: {}, text: r.text })), groups.by) : [];
  const keptKeys: string[] = [];
  const labels: Emotion[][] = [];
  const predicted: Emotion[] = [];
  const latencies: number[] = [];
  let rejected = 0;
  progress.start(rows.length, `eval ${engine.name}`);
  for (const [i, row] of rows.entries()) {
    const start = performance.now();
    const result = await engine.analyze(row.text);
    latencies.push(performance.now() - start);
    if (result.status === 'ok' && result.emotions) {
      labels.push(row.labels);
      predicted.push(topEmotion(result.emotions));
      keptKeys.push(keys[i] ?? '');
    } else {
      rejected += 1;
    }
    if (i % 50 === 0 || i === rows.length - 1) progress.update(i + 1);
  }
  progress.stop();
  const truths = resolveTruths(labels, predicted);
  const r = classificationReport(EMOTIONS, truths, predicted);
  const scored = truths.map((truth, i) => ({ truth, predicted: predicted[i] as Emotion }));
  const report: TextEvalReport = {
    n: r.n,
    accuracy: r.accuracy,
    macroF1: r.macroF1,
    perClassF1: r.perClassF1,
    latencyMsP50: percentile(latencies, 50),
    latencyMsP95: percentile(latencies, 95),
    engine: engine.name,
    model: engine.model,
    data: '',
    scoringRule: MULTI_LABEL_SCORING_RULE,
    rejected,
    confusion: r.confusion,
  };
  return groups ? { ...report, ...disaggregate(scored, keptKeys, classificationMetrics, groups) } : report;
}

function printReport(r: TextEvalReport): void {
  console.log(`engine ${r.engine} (${r.model}) on ${r.data}: ${r.n} texts scored${r.rejected ? `, ${r.rejected} rejected and left out` : ''}`);
  console.log(`accuracy ${r.accuracy.toFixed(4)}   macro-F1 ${r.macroF1.toFixed(4)}`);
  console.log(`latency per text: p50 ${r.latencyMsP50.toFixed(3)} ms, p95 ${r.latencyMsP95.toFixed(3)} ms`);
  console.log(`scoring rule: ${r.scoringRule}\n`);
  console.log(formatTable(['emotion', 'F1'], EMOTIONS.map((e) => [e, r.perClassF1[e]])));
  console.log('\nconfusion matrix (rows = truth, columns = prediction)');
  console.log(formatTable(['truth \\ pred', ...EMOTIONS], EMOTIONS.map((t) => [t, ...EMOTIONS.map((p) => r.confusion[t][p])])));
}
