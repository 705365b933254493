// Measures a trend model folder on the seeded synthetic validation histories of the current generator (day steps,
// missing days, several check-ins a day, unclear results): accuracy, macro-F1 and ECE before/after its temperature;
// and on the behaviour sets of docs/trend.md (seeded synthetic people, one check-in a day): how many flat histories with
// one bad day, and flat mid-scale histories, it calls stable, and how many steady changes it gets right.
// A model trained before the gap feature (metadata version 1, 10 features) is fed the first 10 features of each day
// step, so the figures before and after the irregular-spacing change are on the same histories.
// `--runner` computes the logits with the plain-TypeScript runner that computeTrend uses (one sequence at a time)
// instead of tfjs on padded batches: the two must give the same figures.
// Run: node bin/run-ts.js bench/trend-compare.ts --model DIR [--samples 3000] [--seed 42] [--runner]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { classificationReport } from '../src/eval/metrics.ts';
import { ece, mcProbabilities } from '../src/ml/calibration.ts';
import { ensureTfBackend } from '../src/tf-backend.ts';
import { buildFeatureSequence } from '../src/trend/features.ts';
import { PAD_VALUE } from '../src/trend/model.ts';
import { generateDataset, historyFromLevels } from '../src/trend/synthetic.ts';
import { trendLogits, trendRunnerFrom } from '../src/trend/trend-runner.ts';
import { createRng } from '../src/ml/random.ts';
import { TREND_DIRECTIONS, type TrendCheckIn } from '../src/trend/types.ts';

const { values } = parseArgs({ options: { model: { type: 'string' }, samples: { type: 'string', default: '3000' }, seed: { type: 'string', default: '42' }, runner: { type: 'boolean', default: false } } });
if (!values.model) throw new Error('--model DIR is required');
const tf = await ensureTfBackend();
const meta = JSON.parse(readFileSync(join(values.model, 'metadata.json'), 'utf8')) as { features: string[]; temperature: number };
const json = JSON.parse(readFileSync(join(values.model, 'model.json'), 'utf8')) as { modelTopology: object; weightsManifest: { weights: [] }[] };
const weights = readFileSync(join(values.model, 'weights.bin'));
const net = await tf.loadLayersModel(tf.io.fromMemory({
  modelTopology: json.modelTopology, weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
  weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer,
}));
const f = meta.features.length;
const runner = values.runner ? trendRunnerFrom(json, weights) : null;

/** Logits of histories (features of the model's own count, left-padded with the mask value like packSequences). */
function logitsOf(histories: readonly TrendCheckIn[][]): number[][] {
  const rows = histories.map((h) => buildFeatureSequence(h, { timeZone: 'UTC', windowDays: 14 }).features.map((r) => r.slice(0, f)));
  if (runner) return rows.map((seq) => trendLogits(runner, seq));
  const length = Math.max(...rows.map((r) => r.length));
  const data = new Float32Array(rows.length * length * f).fill(PAD_VALUE);
  rows.forEach((seq, i) => seq.forEach((row, t) => data.set(row, (i * length + length - seq.length + t) * f)));
  return tf.tidy(() => (net.predict(tf.tensor3d(data, [rows.length, length, f])) as import('@tensorflow/tfjs').Tensor2D).arraySync());
}

/** How many of 20 seeded people with these daily levels get `want` (argmax; temperature does not change it). */
function behaviour(levels: number[], firstSeed: number, want: string): string {
  const logits = logitsOf(Array.from({ length: 20 }, (_, k) => historyFromLevels(createRng(firstSeed + k), levels)));
  return `${logits.filter((l) => TREND_DIRECTIONS[l.indexOf(Math.max(...l))] === want).length}/20`;
}

const { val } = generateDataset(Number(values.samples), Number(values.seed));
const logits = logitsOf(val.map((s) => s.checkIns));
const linear = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
const labels = val.map((s) => TREND_DIRECTIONS.indexOf(s.label));
const before = logits.map((v) => mcProbabilities({ passes: 1, classes: 3, values: v }, 1));
const after = logits.map((v) => mcProbabilities({ passes: 1, classes: 3, values: v }, meta.temperature));
const predicted = after.map((p) => TREND_DIRECTIONS[p.indexOf(Math.max(...p))]!);
const report = classificationReport(TREND_DIRECTIONS, val.map((s) => s.label), predicted);
const half = Math.floor(labels.length / 2);
console.log(JSON.stringify({
  model: values.model, logits: runner ? 'trend-runner' : 'tfjs', features: meta.features.length, histories: val.length,
  accuracy: +report.accuracy.toFixed(4), macroF1: +report.macroF1.toFixed(4),
  eceBefore: +ece(before.slice(half), labels.slice(half)).toFixed(4), eceAfter: +ece(after.slice(half), labels.slice(half)).toFixed(4),
  stableBadDay7: behaviour([0.4, 0.4, 0.4, 0.9, 0.4, 0.4, 0.4], 100, 'stable'),
  stableBadDay8: behaviour([0.4, 0.4, 0.4, 0.4, 0.85, 0.4, 0.4, 0.4], 200, 'stable'),
  stableFlat05: behaviour(Array(8).fill(0.5), 300, 'stable'),
  worsening8: behaviour(linear(0.15, 0.85, 8), 1, 'worsening'),
  improving8: behaviour(linear(0.85, 0.15, 8), 1, 'improving'),
}));
