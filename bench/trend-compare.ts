// Measures a trend model folder on the seeded synthetic validation histories of the current generator (day steps,
// missing days, several check-ins a day, unclear results): accuracy, macro-F1 and ECE before/after its temperature.
// A model trained before the gap feature (metadata version 1, 10 features) is fed the first 10 features of each day
// step, so the figures before and after the irregular-spacing change are on the same histories.
// Run: node bin/run-ts.js bench/trend-compare.ts --model DIR [--samples 3000] [--seed 42]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { classificationReport } from '../src/eval/metrics.ts';
import { ece, mcProbabilities } from '../src/ml/calibration.ts';
import { ensureTfBackend } from '../src/tf-backend.ts';
import { buildFeatureSequence } from '../src/trend/features.ts';
import { PAD_VALUE } from '../src/trend/model.ts';
import { generateDataset } from '../src/trend/synthetic.ts';
import { TREND_DIRECTIONS } from '../src/trend/types.ts';

const { values } = parseArgs({ options: { model: { type: 'string' }, samples: { type: 'string', default: '3000' }, seed: { type: 'string', default: '42' } } });
if (!values.model) throw new Error('--model DIR is required');
const tf = await ensureTfBackend();
const meta = JSON.parse(readFileSync(join(values.model, 'metadata.json'), 'utf8')) as { features: string[]; temperature: number };
const json = JSON.parse(readFileSync(join(values.model, 'model.json'), 'utf8')) as { modelTopology: object; weightsManifest: { weights: [] }[] };
const weights = readFileSync(join(values.model, 'weights.bin'));
const net = await tf.loadLayersModel(tf.io.fromMemory({
  modelTopology: json.modelTopology, weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
  weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer,
}));
const { val } = generateDataset(Number(values.samples), Number(values.seed));
const rows = val.map((s) => buildFeatureSequence(s.checkIns, { timeZone: 'UTC', windowDays: 14 }).features.map((r) => r.slice(0, meta.features.length)));
const length = Math.max(...rows.map((r) => r.length));
const f = meta.features.length;
// Left-padded with the mask value, like packSequences, but with the model's own feature count.
const data = new Float32Array(rows.length * length * f).fill(PAD_VALUE);
rows.forEach((seq, i) => seq.forEach((row, t) => data.set(row, (i * length + length - seq.length + t) * f)));
const logits = tf.tidy(() => (net.predict(tf.tensor3d(data, [rows.length, length, f])) as import('@tensorflow/tfjs').Tensor2D).arraySync());
const labels = val.map((s) => TREND_DIRECTIONS.indexOf(s.label));
const before = logits.map((v) => mcProbabilities({ passes: 1, classes: 3, values: v }, 1));
const after = logits.map((v) => mcProbabilities({ passes: 1, classes: 3, values: v }, meta.temperature));
const predicted = after.map((p) => TREND_DIRECTIONS[p.indexOf(Math.max(...p))]!);
const report = classificationReport(TREND_DIRECTIONS, val.map((s) => s.label), predicted);
const half = Math.floor(labels.length / 2);
console.log(JSON.stringify({
  model: values.model, features: meta.features.length, histories: val.length,
  accuracy: +report.accuracy.toFixed(4), macroF1: +report.macroF1.toFixed(4),
  eceBefore: +ece(before.slice(half), labels.slice(half)).toFixed(4), eceAfter: +ece(after.slice(half), labels.slice(half)).toFixed(4),
}));
