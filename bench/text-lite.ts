// Benchmark: latency per text of the lite text engine (analyze(): checks, features, model) over dev texts.
// Prints p50/p95 per run and the median of the runs. Target: p50 ≤ 2 ms.
// Run: node bin/run-ts.js bench/text-lite.ts [--runs 5] [--texts 1000]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLiteTextEngine } from '../src/analysis/text/lite-engine.ts';
import { predictText } from '../src/analysis/text/lite-model.ts';
import { loadLiteModel } from '../src/analysis/text/lite-loader.ts';
import { loadConfig, resolvePath } from '../src/config/load.ts';
import { SHARED_DATA } from '../src/config/paths.ts';
import { median, percentile } from '../src/eval/metrics.ts';
import { readGoEmotionsTsv } from '../src/eval/goemotions-tsv.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, texts: { type: 'string', default: '1000' } } });
const runs = Math.max(3, Number(values.runs));
const devFile = join(SHARED_DATA, 'text', 'goemotions_ekman', 'dev.tsv');
if (!existsSync(devFile)) {
  console.log(`skipped: ${devFile} is absent (the benchmark uses GoEmotions dev texts)`);
  process.exit(0);
}
const texts = readGoEmotionsTsv(devFile).rows.slice(0, Math.max(500, Number(values.texts))).map((r) => r.text);
const config = loadConfig();
const engine = await createLiteTextEngine(config);
const { model } = loadLiteModel(resolvePath(config.text.liteModelDir));

async function run(fn: (t: string) => unknown): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (const t of texts) {
    const start = performance.now();
    await fn(t);
    ms.push(performance.now() - start);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

await run((t) => engine.analyze(t)); // warm-up (JIT)
for (const [label, fn] of [
  ['engine.analyze', (t: string) => engine.analyze(t)],
  ['model only   ', (t: string) => predictText(model, t)],
] as const) {
  const results = [];
  for (let r = 0; r < runs; r++) results.push(await run(fn));
  const p50 = median(results.map((r) => r.p50));
  const p95 = median(results.map((r) => r.p95));
  console.log(`${label}: ${texts.length} dev texts × ${runs} runs — median p50 ${p50.toFixed(4)} ms, median p95 ${p95.toFixed(4)} ms (target p50 ≤ 2 ms)`);
}
await engine.dispose();
