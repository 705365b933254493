// Benchmark: one fused estimate (text, voice, face and self-report) with the committed fusion model — encoder + 30
// MC-dropout passes batched in one forward call + calibration — on ONNX Runtime (what a check-in uses: in the ONNX
// Runtime thread, and in this thread with models.inferenceThread off) and on tfjs-WASM (training), interleaved
// round by round; plus a single deterministic pass. Prints medians and ratios. Target: p50 ≤ 5 ms.
// Run: node bin/run-ts.js bench/fusion.ts [--runs 50]
import { parseArgs } from 'node:util';
import { loadConfig, resolvePath } from '../src/config/load.ts';
import { median, percentile } from '../src/eval/metrics.ts';
import { decisionOptionsOf } from '../src/fusion/decide.ts';
import { encodeCheckIn } from '../src/fusion/features.ts';
import type { FusionForwardPass } from '../src/fusion/forward-pass.ts';
import { fuse, runMc } from '../src/fusion/infer.ts';
import { readFusionModel } from '../src/fusion/model-io.ts';
import { buildFusionNet, tfjsForwardPass } from '../src/fusion/model.ts';
import { openOnnxForwardPass } from '../src/fusion/onnx/onnx-pass.ts';
import { generateCheckIns } from '../src/fusion/synthetic/generate.ts';
import { makeTestPool } from '../test/helpers/text-pool.ts';
import { ensureTfBackend } from '../src/tf-backend.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
const runs = Math.max(20, Number(values.runs));
const config = loadConfig();
await ensureTfBackend();
const stored = readFusionModel(resolvePath(config.fusion.modelDir));
const net = buildFusionNet(stored.spec, { values: stored.values });
const passes: Array<[string, FusionForwardPass]> = [
  ['ONNX Runtime thread', await openOnnxForwardPass(config, stored.spec, stored.values)],
  ['ONNX Runtime, this thread', await openOnnxForwardPass({ ...config, models: { ...config.models, inferenceThread: false } }, stored.spec, stored.values)],
  ['tfjs-WASM', tfjsForwardPass(net)],
];
// A check-in with all three modalities and a self-report, as the analyzers would give it.
const pool = (await makeTestPool()).all;
const sample = generateCheckIns({ samples: 400, seed: 99, textPool: pool }).find((s) => Object.values(s.results).every((r) => r.status === 'ok') && Object.keys(s.selfReport).length > 0);
if (!sample) throw new Error('no all-input sample generated');
const f = config.fusion;
const options = { mcPasses: f.mcPasses, ...decisionOptionsOf(f) };
const encoded = encodeCheckIn(stored.encoder, sample, net.maxInputDim);

const tasks: Array<[string, (pass: FusionForwardPass) => Promise<unknown>]> = [
  ['single deterministic pass (no MC)', (pass) => runMc(pass, [encoded], { passes: 1, dropout: false })],
  [`${options.mcPasses} MC-dropout passes, one batched forward call`, (pass) => runMc(pass, [encoded], { passes: options.mcPasses, dropout: true, seed: 1 })],
  [`fuse(): encode + ${options.mcPasses} MC passes + calibration`, (pass) => fuse({ ...stored, pass }, sample, options)],
];
console.log(`fusion model ${stored.metadata.format}, ${stored.metadata.representation}, ${net.paramCount} parameters; ${runs} runs each, runtimes interleaved`);
const fuseP50 = new Map<string, number>();
for (const [label, task] of tasks) {
  const ms = new Map(passes.map(([name]) => [name, [] as number[]]));
  for (const [, pass] of passes) for (let i = 0; i < 5; i++) await task(pass); // warm-up
  for (let i = 0; i < runs; i++) {
    for (const [name, pass] of passes) {
      const t0 = performance.now();
      await task(pass);
      ms.get(name)?.push(performance.now() - t0);
    }
  }
  console.log(`\n${label}`);
  for (const [name, list] of ms) {
    console.log(`  ${name.padEnd(28)} p50 ${median(list).toFixed(2)} ms   p95 ${percentile(list, 95).toFixed(2)} ms`);
    if (label.startsWith('fuse')) fuseP50.set(name, median(list));
  }
}
const onnx = fuseP50.get('ONNX Runtime thread') ?? NaN;
const tfjs = fuseP50.get('tfjs-WASM') ?? NaN;
console.log(`\nfuse() on the ONNX Runtime thread p50 ${onnx.toFixed(2)} ms (target ≤ 5 ms: ${onnx <= 5 ? 'met' : 'NOT met'}); tfjs-WASM / ONNX Runtime thread ${(tfjs / onnx).toFixed(2)}×`);
for (const [, pass] of passes) await pass.dispose();
net.dispose();
