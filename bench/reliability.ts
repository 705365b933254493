// Reliability benchmark (issue 12): against a real `burnout serve` child (own SQLite file, rate limit lifted) it sends
// the probe files (76-byte WAV at 767,999 Hz, 25 MB of 8-bit audio at 1 kHz, 10 minutes at 8 kHz, a JPEG claiming
// 5000×5000, HLS in ID3), then a seeded mutation fuzz of each format (WAV, JPEG, PNG, WebM, OGG, form fields), then
// 64 connections of text-only check-ins, and optionally GET /api/assessments?limit=500 at 50 connections, sampling
// /api/health latency throughout. It prints figures; it asserts nothing (docs/reliability.md reads them).
// Run: node bin/run-ts.js bench/reliability.ts [--per-format 1000] [--concurrency 4] [--duration 20] [--seed 1]
//      [--only probes,fuzz,load,get] [--formats wav,jpeg,png,webm,ogg,fields] [--polite] [--max-queued N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../src/ml/random.ts';
import { numberArg, stringArg } from './args.ts';
import { multipart, type FormValue } from '../test/helpers/http.ts';
import { encodeWav, speechLikeVoice } from '../test/helpers/audio-fixtures.ts';
import { startServer, type TestServer } from '../test/e2e/support/server.ts';
import { describe, healthProbe, percentile, timedRequest, type Timed } from './reliability/http.ts';
import { mutate, mutateFields } from './reliability/mutate.ts';
import { hlsInId3, jpegClaiming, makeSeeds, wavHeaderOnly } from './reliability/seeds.ts';

const perFormat = numberArg('per-format', 1000);
const concurrency = numberArg('concurrency', 4);
const duration = numberArg('duration', 20);
const seed = numberArg('seed', 1);
const phases = new Set((stringArg('only') ?? 'probes,fuzz,load').split(','));
/** The fuzz formats to run (default: all). */
const formats = stringArg('formats')?.split(',');
/** Load clients that wait Retry-After seconds after a 429 (default: retry at once, a worst case). */
const polite = process.argv.includes('--polite');
const maxQueued = stringArg('max-queued');

/** What ffmpeg's own output looks like (demuxer tags with heap addresses, its error phrases, pipe names). */
const FFMPEG_TEXT = /\[[a-z0-9_,]+ @ 0x[0-9a-f]+\]|0x[0-9a-f]{8,}|Invalid data found|Error opening input|pipe:\d|Failed to read frame/i;

const dir = mkdtempSync(join(tmpdir(), 'burnout-reliability-'));
const server: TestServer = await startServer(dir, {
  BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '100000000',
  ...(maxQueued ? { BURNOUT_SERVER_MAX_QUEUED_CHECK_INS: maxQueued } : {}),
});
const api = `${server.url}api/assessments`;

async function post(fields: Array<[string, FormValue]>): Promise<Timed> {
  const body = await multipart(fields);
  return timedRequest(api, 'POST', body.headers, new Uint8Array(body.payload));
}

async function probes(): Promise<void> {
  console.log('\n## probes (5 sends each; latency is the whole request: upload, checks, answer)');
  const probe = async (name: string, fields: Array<[string, FormValue]>) => {
    const runs: Timed[] = [];
    for (let i = 0; i < 5; i++) runs.push(await post(fields));
    const code = (() => { try { return (JSON.parse(runs[0]!.body) as { error?: { code: string } }).error?.code ?? 'ok'; } catch { return '?'; } })();
    console.log(`${name}: ${runs.map((r) => r.status).join(' ')} ${code}; ${describe(runs.map((r) => r.ms))}; ffmpeg output in a body: ${runs.some((r) => FFMPEG_TEXT.test(r.body))}`);
  };
  await probe('76-byte WAV at 767,999 Hz', [['audio', { bytes: wavHeaderOnly(767_999, 32), filename: 'a.wav' }]]);
  await probe('25 MB 8-bit WAV at 1 kHz', [['audio', { bytes: wavHeaderOnly(1_000, 25 * 1024 * 1024 - 100), filename: 'a.wav' }]]);
  await probe('10-minute 8-bit WAV at 8 kHz', [['audio', { bytes: wavHeaderOnly(8_000, 8_000 * 600), filename: 'a.wav' }]]);
  await probe('small JPEG (~300 bytes) claiming 5000×5000 (= face.maxPixels, accepted)', [['image', { bytes: await jpegClaiming(5000), filename: 'a.jpg' }]]);
  await probe('JPEG claiming 6000×6000 (over face.maxPixels)', [['image', { bytes: await jpegClaiming(6000), filename: 'a.jpg' }]]);
  // The costliest input the checks accept: 119 s of 16-bit audio at 95,999 Hz (a rate sharing no factor with 16 kHz,
  // 22 MB); it must finish within server.checkInBudgetSec.
  await probe('slowest accepted WAV: 119 s at 95,999 Hz', [['audio', { bytes: encodeWav([speechLikeVoice(95_999, 119)], { sampleRate: 95_999, encoding: 'int16' }), filename: 'a.wav' }]]);
  const hls = hlsInId3(dir);
  if (hls) await probe('HLS playlist inside an ID3 tag', [['audio', { bytes: hls, filename: 'a.mp3' }]]);
}

async function fuzz(): Promise<void> {
  console.log(`\n## fuzz (${perFormat} mutants per format, ${concurrency} at a time, seed ${seed})`);
  const seeds = await makeSeeds();
  const all: number[] = [];
  const healthAll: number[] = [];
  let healthBad = 0;
  const jobs: Array<{ name: string; make: (i: number) => Array<[string, FormValue]> }> = [
    ...seeds.map((s) => ({
      name: s.format,
      make: (i: number) => {
        const r = createRng(seed * 1_000_003 + i * 7919 + s.format.length);
        let bytes = s.bytes;
        for (let k = 0, n = 1 + r.int(3); k < n; k++) bytes = mutate(bytes, r);
        return [[s.field, { bytes, filename: `fuzz.${s.format}` }]] as Array<[string, FormValue]>;
      },
    })),
    { name: 'fields', make: (i: number) => mutateFields(createRng(seed * 7_000_003 + i)) },
  ];
  for (const job of jobs.filter((j) => !formats || formats.includes(j.name))) {
    const statuses = new Map<number, number>();
    const ms: number[] = [];
    let ffmpegText = 0;
    const slow: string[] = [];
    const health = healthProbe(server.url);
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < perFormat) {
        const i = next++;
        const r = await post(job.make(i));
        if (r.ms > 2000) slow.push(`#${i} ${r.status} ${r.ms.toFixed(0)} ms ${r.body.slice(0, 160)}`);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
            ms.push(r.ms);
        if (FFMPEG_TEXT.test(r.body)) ffmpegText += 1;
      }
    }));
    all.push(...ms);
    const h = await health.stop();
    healthAll.push(...h.ms);
    healthBad += h.bad;
    const fiveXX = [...statuses].filter(([s]) => s >= 500 || s === 0).reduce((n, [, c]) => n + c, 0);
    const hist = [...statuses].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`).join(' ');
    console.log(`${job.name}: ${hist}; 5xx/errors ${fiveXX}; ffmpeg output in a body: ${ffmpegText}; ${describe(ms)}; server alive: ${server.alive()}`);
    console.log(`  /api/health meanwhile: ${describe(h.ms)}`);
    for (const line of slow.slice(0, 5)) console.log(`  slow: ${line}`);
  }
  const stats = JSON.parse((await timedRequest(`${server.url}api/health`, 'GET')).body) as { analysis?: unknown };
  console.log(`all fuzz requests: ${describe(all)}`);
  console.log(`/api/health during the fuzz: ${describe(healthAll)}; non-200: ${healthBad}; pool: ${JSON.stringify(stats.analysis)}`);
}

async function load(): Promise<void> {
  console.log(`\n## 64 connections of text-only check-ins for ${duration} s (${polite ? 'waiting Retry-After after a 429' : 'retrying at once after a 429'}; max queued ${maxQueued ?? 'default'})`);
  const body = await multipart([['text', 'Busy day with many meetings; I feel a bit tired but okay.'], ['energy', '5'], ['stress', '6']]);
  const health = healthProbe(server.url);
  const accepted: number[] = [];
  let refused = 0;
  let refusedWithRetry = 0;
  const other = new Map<number, number>();
  const end = Date.now() + duration * 1000;
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (Date.now() < end) {
      const r = await timedRequest(api, 'POST', body.headers, new Uint8Array(body.payload));
      if (r.status === 201) accepted.push(r.ms);
      else if (r.status === 429) {
        refused += 1;
        if (r.retryAfter) refusedWithRetry += 1;
        if (polite && r.retryAfter) await new Promise((res) => setTimeout(res, Number(r.retryAfter) * 1000));
      }
      else other.set(r.status, (other.get(r.status) ?? 0) + 1);
    }
  }));
  const h = await health.stop();
  console.log(`accepted (201): ${describe(accepted)}; ${(accepted.length / duration).toFixed(0)}/s`);
  console.log(`refused (429): ${refused}, with Retry-After: ${refusedWithRetry}; other: ${JSON.stringify(Object.fromEntries(other))}`);
  console.log(`/api/health during the load: ${describe(h.ms)}; non-200: ${h.bad}`);
}

async function getLimit500(): Promise<void> {
  console.log(`\n## GET /api/assessments?limit=500 at 50 connections for ${duration} s`);
  const health = healthProbe(server.url);
  const ms: number[] = [];
  const end = Date.now() + duration * 1000;
  await Promise.all(Array.from({ length: 50 }, async () => {
    while (Date.now() < end) ms.push((await timedRequest(`${api}?limit=500`, 'GET')).ms);
  }));
  const h = await health.stop();
  console.log(`GET limit=500: ${describe(ms)}; p99 ${percentile(ms, 99).toFixed(0)} ms; /api/health: ${describe(h.ms)}`);
}

try {
  console.log(`reliability: server ${server.url} (SQLite), ${new Date().toISOString()}`);
  if (phases.has('probes')) await probes();
  if (phases.has('fuzz')) await fuzz();
  if (phases.has('load')) await load();
  if (phases.has('get')) await getLimit500();
  console.log(`\nserver alive at the end: ${server.alive()}`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
