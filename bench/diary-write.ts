// Benchmark (issue 12): the cost of storing one check-in as the diary grows — every write reads the trend window of
// its day, computes the trend, refreshes later trends and syncs the alerts. Stores real offline text assessments into
// one profile on a fresh SQLite file, all on one day (the worst case: the load test's) or one per hour, and prints the
// median write time per block of check-ins, plus how long the event loop was held per write (the trend is computed in
// this thread here, as the CLI does; the server computes it in its pool).
// Run: node bin/run-ts.js bench/diary-write.ts [--count 1000] [--block 200] [--spacing-min 0]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessCheckIn, loadAssessRuntime } from '../src/assess.ts';
import { loadConfig, resolvePath } from '../src/config/load.ts';
import { recordCheckIn } from '../src/diary/record-check-in.ts';
import { median, percentile } from '../src/eval/metrics.ts';
import { migrateToLatest, openSqlite } from '../src/store/index.ts';
import { loadTrendModel } from '../src/trend/load.ts';
import { numberArg } from './args.ts';

const count = numberArg('count', 1000);
const block = numberArg('block', 200);
const spacingMin = numberArg('spacing-min', 0);
const config = loadConfig({ env: { BURNOUT_TEXT_ENGINES: '[lite]', BURNOUT_DIARY_TIME_ZONE: 'UTC' } });
const runtime = await loadAssessRuntime(config, { modalities: ['text'] });
const texts = ['Tired but fine.', 'Another long day. I am exhausted all the time and I dread tomorrow.', 'A calm walk by the river, then coffee in the sun.'];
const results = await Promise.all(texts.map((text, i) => assessCheckIn(runtime, { text }, { energy: 3 + i, stress: 7 - i, work: 9 })));
await runtime.dispose();
const trendModel = await loadTrendModel(resolvePath(config.trend.modelDir));
const dir = mkdtempSync(join(tmpdir(), 'burnout-diary-bench-'));
const store = openSqlite(join(dir, 'bench.sqlite'));
await migrateToLatest(store.db, 'sqlite');
const deps = { db: store.db, trendModel, config };
const start = Date.UTC(2026, 10, 2, 6);
try {
  let times: number[] = [];
  console.log(`${count} check-ins into one profile, ${spacingMin ? `${spacingMin} min apart` : 'all on one day, 1 s apart'}`);
  for (let i = 0; i < count; i++) {
    const at = new Date(start + (spacingMin ? i * spacingMin * 60_000 : i * 1000)).toISOString();
    const t0 = performance.now();
    await recordCheckIn(deps, { profileId: 'bench', at, result: results[i % results.length]!, actor: 'bench' });
    times.push(performance.now() - t0);
    if ((i + 1) % block === 0) {
      console.log(`check-ins ${i + 2 - block}–${i + 1}: write p50 ${median(times).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
      times = [];
    }
  }
} finally {
  trendModel.dispose();
  await store.db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
