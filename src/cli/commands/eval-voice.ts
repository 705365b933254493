// `burnout eval voice`: runs the voice analyzer over labelled clips (DIR/manifest.csv: file, ekman[, speaker]) and reports
// per-class feature means, the ROC AUC of the documented arousal score (high vs low arousal) and, with a deep engine, accuracy.
import { join } from 'node:path';
import type { Command } from 'commander';
import { requireEngine } from '../../analysis/engine-registry.ts';
import { AROUSAL_COMPONENTS, arousalComponentZ, HIGH_AROUSAL, LOW_AROUSAL } from '../../analysis/voice/arousal.ts';
import { loadVoiceAnalyzer } from '../../analysis/voice/analyzer.ts';
import type { FeatureMap, ModalityResult } from '../../analysis/types.ts';
import { BurnoutError } from '../../errors.ts';
import { baselineArousalZ, speakerBaselines } from '../../eval/speaker-baseline.ts';
import type { Config } from '../../config/schema.ts';
import { loadConfig } from '../../config/load.ts';
import { EMOTIONS, topEmotion, type Emotion } from '../../emotions.ts';
import { classificationReport, median, rocAuc } from '../../eval/metrics.ts';
import { readAudioFile } from '../../media/audio/decode.ts';
import { formatNumber, formatTable, printJson } from '../output.ts';
import { createProgressBar } from '../../progress.ts';
import { readLabelledManifest } from '../../eval/manifest-csv.ts';
import { disaggregate, type Disaggregation, type DisaggregateOptions } from '../../disaggregate/disaggregate.ts';
import { groupKeys } from '../../disaggregate/group-key.ts';
import { classificationMetrics, rankingMetrics } from '../../disaggregate/metric-sets.ts';
import { addGroupOptions, formatGroups, groupOptions, type GroupCliOptions } from '../group-options.ts';

/** Features whose per-class means are reported. */
const KEY_FEATURES = [
  'loudnessDbfs', 'pitchMeanHz', 'pitchStdSemitones', 'speechRate', 'pauseRatio',
  'spectralCentroidHz', 'spectralFlux', 'hnrDb', 'jitterLocal', 'shimmerLocal',
] as const;

interface EvalVoiceOptions extends GroupCliOptions {
  data: string;
  json?: boolean;
  baseline?: boolean;
}

/** One analysed clip. */
interface Clip {
  label: Emotion;
  features: FeatureMap;
  result: ModalityResult;
  speaker?: string;
  predicted?: Emotion;
  /** The clip's group under --by. */
  group: string;
}

/** Registers `burnout eval voice` under the `eval` group. */
export function registerEvalVoice(evaluate: Command): void {
  const command = evaluate
    .command('voice')
    .description('evaluate the voice analyzer on labelled clips (DIR/manifest.csv with columns file, ekman and optionally speaker)')
    .requiredOption('--data <dir>', 'folder holding manifest.csv and the clips (e.g. ../shared/data/voice)')
    .option('--baseline', 'also score arousal against each speaker\'s personal baseline, built by the app\'s baseline code from the speaker\'s other clips (needs a speaker column)')
    .option('--json', 'print { n, arousalAuc, classMeans, … } as JSON');
  addGroupOptions(command, 'a manifest.csv column, e.g. gender or speaker')
    .action(async (opts: EvalVoiceOptions) => {
      const config = loadConfig();
      const rows = await readLabelledManifest(opts.data);
      const grouping = groupOptions(opts);
      const keys = grouping ? groupKeys(rows, grouping.by) : [];
      const speakers = rows.some((r) => r.columns.speaker) ? rows.map((r) => r.columns.speaker ?? '') : undefined;
      if (opts.baseline && !speakers) throw new BurnoutError('INPUT_INVALID', '--baseline needs a speaker column in manifest.csv (each speaker\'s other clips form their baseline)');
      const analyzer = requireEngine(await loadVoiceAnalyzer(config), 'voice');
      const kept: Clip[] = [];
      const rejected: string[] = [];
      const latencies: number[] = [];
      const progress = createProgressBar(!opts.json);
      progress.start(rows.length, `eval voice (${analyzer.name})`);
      try {
        for (const [i, row] of rows.entries()) {
          const { samples, sampleRate } = await readAudioFile(join(opts.data, row.file), { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath });
          const result = await analyzer.analyze({ samples, sampleRate });
          if (result.status === 'ok') {
            kept.push({ label: row.label, features: result.features, result, speaker: speakers?.[i], predicted: result.emotions ? topEmotion(result.emotions) : undefined, group: keys[i] ?? '' });
            latencies.push(result.latencyMs);
          } else {
            rejected.push(`${row.file}: ${result.reason}`);
          }
          progress.update(i + 1);
        }
      } finally {
        progress.stop();
        await analyzer.dispose();
      }
      const summary = summarize(kept, speakers !== undefined);
      const baseline = opts.baseline ? baselineSummary(kept, config) : null;
      const groups = grouping ? voiceGroups(kept, speakers !== undefined, grouping) : null;
      const out = { ...summary, ...(baseline ?? {}), rejected: rejected.length, latencyMsP50: median(latencies), engine: analyzer.name, model: analyzer.model, ...(groups ?? {}) };
      if (opts.json) return printJson(out);
      console.log(`engine ${out.engine} (${out.model}); n ${out.n} (rejected ${out.rejected}); latency p50 ${formatNumber(out.latencyMsP50)} ms`);
      const classes = EMOTIONS.filter((e) => out.classMeans[e]);
      console.log(formatTable(['class', 'n', ...KEY_FEATURES, 'arousal'], classes.map((e) => {
        const m = out.classMeans[e] as Record<string, number | null>;
        return [e, out.classCounts[e] ?? 0, ...[...KEY_FEATURES, 'arousal'].map((f) => (m[f] === null || m[f] === undefined ? '-' : (m[f] as number)))];
      })));
      console.log(`\narousal score (${out.normalisation} z-scores, equal weights): ROC AUC ${formatNumber(out.arousalAuc)} for ${HIGH_AROUSAL.join('/')} vs ${LOW_AROUSAL.join('/')} (${out.arousalN} clips)`);
      console.log(formatTable(['component', 'AUC alone'], Object.entries(out.componentAuc).map(([k, v]) => [k, v])));
      console.log(`same score with dataset-wide z-scores: AUC ${formatNumber(out.arousalAucGlobal)}`);
      if (baseline) {
        console.log(`same score against each speaker's personal baseline (the app's baseline code, ${baseline.baselineClips} clips with one): AUC ${formatNumber(baseline.arousalAucBaseline)}`);
      }
      if (out.deep) console.log(`speech-emotion engine: accuracy ${formatNumber(out.deep.accuracy)}, macro-F1 ${formatNumber(out.deep.macroF1)} (n ${out.deep.n})`);
      if (groups) console.log(`\n${formatGroups(groups)}`);
      for (const r of rejected.slice(0, 5)) console.log(`rejected: ${r}`);
    });
}

/**
 * Per group: the arousal AUC (the same per-speaker z-scores as the whole run, so a group's figure is that group's
 * share of the one score) and, with a speech-emotion engine, accuracy and macro-F1.
 */
function voiceGroups(clips: readonly Clip[], bySpeaker: boolean, options: DisaggregateOptions): Disaggregation {
  const arousal = arousalScores(clips, bySpeaker).arousal;
  const items = clips.map((c, i) => ({
    score: arousal[i] as number,
    positive: HIGH_AROUSAL.includes(c.label) ? true : LOW_AROUSAL.includes(c.label) ? false : null,
    truth: c.label,
    predicted: c.predicted,
  }));
  const auc = rankingMetrics('arousalAuc');
  const deep = clips.some((c) => c.predicted !== undefined);
  const metrics = (xs: readonly (typeof items)[number][]) => ({
    ...auc(xs),
    ...(deep ? classificationMetrics(xs.flatMap((x) => (x.predicted ? [{ truth: x.truth, predicted: x.predicted }] : []))) : {}),
  });
  return disaggregate(items, clips.map((c) => c.group), metrics, options);
}

/** The equal-weight arousal score of every clip: per-speaker z-scores when speakers are known, and dataset-wide ones. */
function arousalScores(clips: readonly Clip[], bySpeaker: boolean) {
  const features = clips.map((c) => c.features);
  const parts = arousalComponentZ(features, bySpeaker ? clips.map((c) => c.speaker ?? '') : undefined);
  const globalParts = arousalComponentZ(features);
  const combine = (zs: number[][]) => clips.map((_, i) => zs.reduce((s, z) => s + (z[i] as number), 0) / zs.length);
  return { parts, arousal: combine(parts), arousalGlobal: combine(globalParts) };
}

/** The arousal AUC with every component read against the clip's personal baseline (its speaker's other clips). */
function baselineSummary(clips: readonly Clip[], config: Readonly<Config>) {
  const baselines = speakerBaselines(clips.map((c) => ({ speaker: c.speaker ?? '', modality: 'voice' as const, result: c.result })), config.baseline);
  const parts = baselineArousalZ(clips.map((c) => c.result), baselines);
  const arousal = clips.map((_, i) => parts.reduce((s, z) => s + (z[i] as number), 0) / parts.length);
  const { auc } = arousalTask(clips);
  return {
    arousalAucBaseline: auc(arousal),
    baselineClips: baselines.filter((b) => b?.modalities.voice).length,
    componentAucBaseline: Object.fromEntries(AROUSAL_COMPONENTS.map((c, k) => [c.feature, auc(parts[k] as number[])])),
  };
}

/** The high- vs low-arousal task: the clips in it and the AUC of a score over all clips. */
function arousalTask(clips: readonly Clip[]) {
  const inTask = clips.flatMap((c, i) => (HIGH_AROUSAL.includes(c.label) || LOW_AROUSAL.includes(c.label) ? [i] : []));
  const isHigh = inTask.map((i) => HIGH_AROUSAL.includes((clips[i] as Clip).label));
  return { inTask, auc: (scores: number[]): number => rocAuc(inTask.map((i) => scores[i] as number), isHigh) };
}

/** Per-class means, arousal AUCs (speaker-normalised when speakers are known, and dataset-wide) and deep-engine scores. */
function summarize(clips: Clip[], bySpeaker: boolean) {
  const { parts, arousal, arousalGlobal } = arousalScores(clips, bySpeaker);
  const { inTask, auc } = arousalTask(clips);
  const classMeans: Partial<Record<Emotion, Record<string, number | null>>> = {};
  const classCounts: Partial<Record<Emotion, number>> = {};
  for (const e of EMOTIONS) {
    const idx = clips.flatMap((c, i) => (c.label === e ? [i] : []));
    if (idx.length === 0) continue;
    classCounts[e] = idx.length;
    const means: Record<string, number | null> = {};
    for (const f of KEY_FEATURES) means[f] = mean(idx.map((i) => (clips[i] as { features: FeatureMap }).features[f] ?? null));
    means.arousal = mean(idx.map((i) => arousal[i] as number));
    classMeans[e] = means;
  }
  const withDeep = clips.filter((c) => c.predicted !== undefined);
  const report = withDeep.length ? classificationReport(EMOTIONS, withDeep.map((c) => c.label), withDeep.map((c) => c.predicted as Emotion)) : null;
  return {
    n: clips.length,
    arousalAuc: auc(arousal),
    arousalAucGlobal: auc(arousalGlobal),
    arousalN: inTask.length,
    normalisation: bySpeaker ? 'per-speaker' : 'dataset-wide',
    componentAuc: Object.fromEntries(AROUSAL_COMPONENTS.map((c, k) => [c.feature, auc(parts[k] as number[])])),
    classCounts,
    classMeans,
    deep: report ? { n: report.n, accuracy: report.accuracy, macroF1: report.macroF1, perClassF1: report.perClassF1 } : null,
  };
}

function mean(values: Array<number | null>): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
}

