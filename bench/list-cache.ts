// What the list cache of serialised check-ins (src/store/item-json-cache.ts) saves per GET /api/assessments page of 50,
// on SQLite and on PostgreSQL: listAssessmentsJson with a warm cache vs with the cache dropped before every call,
// interleaved, median of --calls each. Decides whether the cache pays where replicas would have to invalidate it.
// Rows are copies of one real three-modality assessment (offline engines), so they have a real row's size.
// Run: node bin/run-ts.js bench/list-cache.ts [--calls 300] [--pg postgres://…] (PostgreSQL also from BURNOUT_TEST_PG_URL)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessCheckIn, loadAssessRuntime } from '../src/assess.ts';
import { loadConfig } from '../src/config/load.ts';
import { REPO_ROOT } from '../src/config/paths.ts';
import { storeSection } from '../src/config/sections/store.ts';
import { decodeUploads } from '../src/service/decode-uploads.ts';
import { median } from '../src/eval/metrics.ts';
import { saveCheckIn } from '../src/store/assessments.ts';
import { listAssessmentsJson } from '../src/store/assessments.ts';
import { newId } from '../src/store/ids.ts';
import { forgetItemJson } from '../src/store/item-json-cache.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { speechLikeVoice, wavBytes } from '../test/helpers/audio-fixtures.ts';
import { createTempDatabase } from '../test/helpers/pg-database.ts';
import { numberArg, stringArg } from './args.ts';

const calls = numberArg('calls', 300);
const pgUrl = stringArg('pg') ?? process.env.BURNOUT_TEST_PG_URL;

// One real three-modality assessment (offline engines), so that rows have the size of real ones (≈ 3 KB of JSON each).
const config = loadConfig();
const runtime = await loadAssessRuntime(config);
const inputs = await decodeUploads({
  text: 'Long day, many meetings; I feel drained and tense.',
  audio: wavBytes(speechLikeVoice(16000, 5), 16000),
  image: new Uint8Array(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'face', 'astronaut.jpg'))),
}, config);
const real = await assessCheckIn(runtime, inputs, { energy: 3, stress: 8, work: 10 });
console.log(`rows: one real three-modality assessment, ${JSON.stringify(real).length} characters of JSON`);

async function measure(name: string, store: Store): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const at = new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString();
    await saveCheckIn(store.db, { assessment: { id: newId(), profileId: 'p', at, result: real, journalText: 'x'.repeat(300) }, alerts: [], actor: 'bench' });
  }
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < calls; i++) {
    for (const cached of i % 2 ? [true, false] : [false, true]) {
      if (!cached) forgetItemJson(store.db);
      const t = performance.now();
      await listAssessmentsJson(store.db, 'p', { limit: 50 });
      (cached ? warm : cold).push(performance.now() - t);
    }
  }
  const w = median(warm);
  const c = median(cold);
  console.log(`${name}: page of 50 with the cache ${w.toFixed(2)} ms, without ${c.toFixed(2)} ms (median of ${calls}); the cache saves ${(c - w).toFixed(2)} ms = ${((1 - w / c) * 100).toFixed(0)} %`);
}

const dir = mkdtempSync(join(tmpdir(), 'burnout-list-cache-'));
const sqlite = await openStore(storeSection.parse({ sqlitePath: join(dir, 'b.sqlite') }));
try {
  await measure('sqlite', sqlite);
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}
if (pgUrl) {
  const db = await createTempDatabase(pgUrl, 'bench_list');
  const pgStore = await openStore(storeSection.parse({ databaseUrl: db.url }));
  try {
    await measure('postgres', pgStore);
  } finally {
    await pgStore.close();
    await db.drop();
  }
} else {
  console.log('postgres: skipped (give --pg URL or set BURNOUT_TEST_PG_URL)');
}
