// Memory and start-up cost of the analysis pool per worker thread: process RSS before any pool, then with 1, 2 and
// 3 workers that have each loaded their models (every worker holds its own engines: tfjs-WASM, Human, the fusion
// model and, when hub models are downloaded, its own ONNX Runtime sessions). Prints figures.
// Run: node bin/run-ts.js bench/pool-memory.ts [--max 3]
import { loadConfig } from '../src/config/load.ts';
import { createAnalysisPool } from '../src/pool/analysis-pool.ts';

const at = process.argv.indexOf('--max');
const max = at > 0 ? Number(process.argv[at + 1]) : 3;
const config = loadConfig();
const mb = () => (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
console.log(`baseline RSS ${mb()} MB (text ${config.text.engines.join('|')}, face ${config.face.engines.join('|')}, voice ${config.voice.engines.join('|')})`);
for (let n = 1; n <= max; n++) {
  const t0 = performance.now();
  const pool = createAnalysisPool(config, { workers: n });
  const status = await pool.status();
  // status() loads one worker; a check-in per worker makes sure every worker has loaded.
  await Promise.all(Array.from({ length: n }, () => pool.analyze({ text: 'An ordinary day.', selfReport: {}, waitForModels: true })));
  const serving = Object.entries(status.engines).map(([m, s]) => `${m}=${s.filter((e) => e.ok).map((e) => e.name).join('+') || 'none'}`).join(' ');
  console.log(`${n} worker(s): RSS ${mb()} MB after loading (${(performance.now() - t0).toFixed(0)} ms to first answers; ${serving})`);
  await pool.close();
}
