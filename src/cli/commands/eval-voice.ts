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

/** Features whose per-class means are reported. */
const KEY_FEATURES = [
  'loudnessDbfs', 'pitchMeanHz', 'pitchStdSemitones', 'speechRate', 'pauseRatio',
  'spectralCentroidHz', 'spectralFlux', 'hnrDb', 'jitterLocal', 'shimmerLocal',
] as const;

interface EvalVoiceOptions {
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
}

/** Registers `burnout eval voice` under the `eval` group. */
export function registerEvalVoice(evaluate: Command): void {
  evaluate
    .command('voice')
    .description('evaluate the voice analyzer on labelled clips (DIR/manifest.csv with columns file, ekman and optionally speaker)')
    .requiredOption('--data <dir>', 'folder holding manifest.csv and the clips (e.g. ../shared/data/voice)')
    .option('--baseline', 'also score arousal against each speaker\'s personal baseline, built by the app\'s baseline code from the speaker\'s other clips (needs a speaker column)')
    .option('--json', 'print { n, arousalAuc, classMeans, … } as JSON')
    .action(async (opts: EvalVoiceOptions) => {
      const config = loadConfig();
      const rows = await readLabelledManifest(opts.data);
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
            kept.push({ label: row.label, features: result.features, result, speaker: speakers?.[i], predicted: result.emotions ? topEmotion(result.emotions) : undefined });
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
      const out = { ...summary, ...(baseline ?? {}), rejected: rejected.length, latencyMsP50: median(latencies), engine: analyzer.name, model: analyzer.model };
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
      for (const r of rejected.slice(0, 5)) console.log(`rejected: ${r}`);
    });
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
  const features = clips.map((c) => c.features);
  const groups = bySpeaker ? clips.map((c) => c.speaker ?? '') : undefined;
  const parts = arousalComponentZ(features, groups);
  const arousal = clips.map((_, i) => parts.reduce((s, z) => s + (z[i] as number), 0) / parts.length);
  const globalParts = arousalComponentZ(features);
  const arousalGlobal = clips.map((_, i) => globalParts.reduce((s, z) => s + (z[i] as number), 0) / globalParts.length);
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

