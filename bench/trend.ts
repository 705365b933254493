// Benchmark: latency of one trend inference (computeTrend: day grouping, features + GRU + temperature) over 14 days.
// Prints p50/p95 per run and the median of the runs. Target: p50 ≤ 5 ms.
// Run: node bin/run-ts.js bench/trend.ts [--runs 5] [--calls 50]
import { parseArgs } from 'node:util';
import { loadConfig, resolvePath } from '../src/config/load.ts';
import { median, percentile } from '../src/eval/metrics.ts';
import { createRng } from '../src/ml/random.ts';
import { computeTrend } from '../src/trend/infer.ts';
import { loadTrendModel } from '../src/trend/load.ts';
import { trendSettings } from '../src/diary/time-zone.ts';
import { historyFromLevels } from '../src/trend/synthetic.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, calls: { type: 'string', default: '50' } } });
const runs = Math.max(3, Number(values.runs));
const calls = Math.max(20, Number(values.calls));
const config = loadConfig();
const model = await loadTrendModel(resolvePath(config.trend.modelDir));
const history = historyFromLevels(createRng(1), Array.from({ length: 14 }, (_, i) => 0.2 + 0.04 * i));
const settings = { ...trendSettings(config), timeZone: 'UTC' };

function run(): { p50: number; p95: number } {
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    computeTrend(model, history, settings);
    ms.push(performance.now() - start);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

run(); // warm-up (JIT, WASM kernels)
const results = Array.from({ length: runs }, run);
const p50 = median(results.map((r) => r.p50));
const p95 = median(results.map((r) => r.p95));
console.log(`trend inference (14 daily steps, backend wasm): ${calls} calls × ${runs} runs — median p50 ${p50.toFixed(2)} ms, median p95 ${p95.toFixed(2)} ms (target p50 ≤ 5 ms)`);
model.dispose();
