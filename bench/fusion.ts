// Benchmark: one fused estimate (text, voice, face and self-report) with the committed fusion model — encoder + 30 MC-dropout passes batched in one
// forward call + calibration — and, for comparison, a single deterministic pass. Prints medians. Target: p50 ≤ 5 ms.
// Run: node bin/run-ts.js bench/fusion.ts [--runs 50]
import { parseArgs } from 'node:util';
import { loadConfig, resolvePath } from '../src/config/load.ts';
import { median, percentile } from '../src/eval/metrics.ts';
import { decisionOptionsOf } from '../src/fusion/decide.ts';
import { encodeCheckIn } from '../src/fusion/features.ts';
import { fuse, runMc } from '../src/fusion/infer.ts';
import { loadFusionModel } from '../src/fusion/model-io.ts';
import { generateCheckIns } from '../src/fusion/synthetic/generate.ts';
import { makeTestPool } from '../test/helpers/text-pool.ts';
import { ensureTfBackend } from '../src/tf-backend.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
const runs = Math.max(20, Number(values.runs));
const config = loadConfig();
await ensureTfBackend();
const model = loadFusionModel(resolvePath(config.fusion.modelDir));
// A check-in with all three modalities and a self-report, as the analyzers would give it.
const pool = (await makeTestPool()).all;
const sample = generateCheckIns({ samples: 400, seed: 99, textPool: pool }).find((s) => Object.values(s.results).every((r) => r.status === 'ok') && Object.keys(s.selfReport).length > 0);
if (!sample) throw new Error('no all-input sample generated');
const f = config.fusion;
const options = { mcPasses: f.mcPasses, ...decisionOptionsOf(f) };

function timed(label: string, fn: () => unknown): number {
  for (let i = 0; i < 5; i++) fn(); // warm-up: WASM kernels, first allocations
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(52)} p50 ${median(ms).toFixed(2)} ms   p95 ${percentile(ms, 95).toFixed(2)} ms   (${runs} runs)`);
  return median(ms);
}

console.log(`fusion model ${model.metadata.format}, ${model.metadata.representation}, ${model.net.paramCount} parameters, tfjs WASM backend`);
const encoded = encodeCheckIn(model.encoder, sample, model.net.maxInputDim);
timed('single deterministic pass (no MC)', () => runMc(model.net, [encoded], { passes: 1, dropout: false }));
timed(`${options.mcPasses} MC-dropout passes, one batched forward call`, () => runMc(model.net, [encoded], { passes: options.mcPasses, dropout: true, seed: 1 }));
const p50 = timed(`fuse(): encode + ${options.mcPasses} MC passes + calibration`, () => fuse(model, sample, options));
console.log(`\nfusion + ${options.mcPasses} MC passes p50 ${p50.toFixed(2)} ms (target ≤ 5 ms): ${p50 <= 5 ? 'met' : 'NOT met'}`);
model.net.dispose();
