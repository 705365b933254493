// Benchmark (issue 18): one three-modality check-in (35-token text, 640×480 photo, 5 s of 48 kHz voice) with models of
// the seed's architectures and sizes (random weights, made by ../shared/tools/seed-models/make_tjs_models.sh OUT_DIR;
// this script builds nothing). In one run, interleaved, q8 and fp32, each stack in its own child process so that its
// peak RSS is its own: the raw ONNX Runtime floor (pre-built tensors), plain transformers.js pipelines, the project's
// check-in through the library (assessCheckIn) and over HTTP (POST /api/assessments on a real server child: decode,
// Stages 1–3, store). Prints per-stage medians, peak RSS and, last, the ratios; --json prints the medians as JSON.
// With --paired, each project / pipeline child runs beside a floor child of its own, their check-ins alternated (floor,
// stack, floor, …), and the ratios of those pairs are printed too: this VM's speed drifts by ±10 % over minutes, more
// than the differences measured, and a pair is a second apart. (Each stack stays in its own process: a floor loaded in
// the library's process ran ~4 % slower there than alone, which would have flattered the library.) The pipelines are
// not paired: transformers.js' default sessions spin their idle threads, which slowed a floor beside them ~2×.
// Each child makes 8 untimed warm-up check-ins after its first (--warmup): V8 compiles the project's JavaScript (the
// acoustic features most) only over its first ~8 check-ins, which the floor (no JavaScript per check-in) never pays;
// the first check-in is reported on its own ("first").
// With --pytorch PYTHON (a Python whose PyTorch has a real BLAS, e.g. a venv with the PyPI wheel), the seed's own stack
// (bench/seed/pytorch_eager.py: the three architectures in PyTorch eager fp32, 2 threads, + fusion with 30 MC passes)
// runs once per round too, so that the seed's figure is measured on this machine, interleaved, not only quoted.
// Run: node bin/run-ts.js bench/seed-checkin.ts --models OUT_DIR/tjs [--rounds 3] [--runs 3] [--json] [--paired]
//      [--warmup 8] [--stacks floor,naive,library,http] [--dtypes q8,fp32] [--set BURNOUT_X=value ...] [--pytorch PYTHON]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/config/paths.ts';
import { median } from '../src/eval/metrics.ts';
import { soundingSpan } from '../src/analysis/voice/speech-span.ts';
import type { ChildResult } from './seed/child.ts';
import { buildSeedInputs } from './seed/inputs.ts';
import { SEED_MODELS, seedConfig, type SeedDtype } from './seed/seed-config.ts';

/**
 * The seed's own stack (PyTorch eager fp32, 2 threads, fusion with 30 MC passes) as quoted by
 * ../shared/tools/seed-models/README.md, measured on its machine (--pytorch measures it on this one).
 */
const SEED_PYTORCH_MS = 776;
const ALL_STACKS = ['floor', 'naive', 'library', 'http'] as const;
type StackName = (typeof ALL_STACKS)[number] | 'pytorch';

const { values } = parseArgs({
  options: {
    models: { type: 'string' }, rounds: { type: 'string', default: '3' }, runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '8' }, json: { type: 'boolean', default: false },
    stacks: { type: 'string', default: ALL_STACKS.join(',') }, dtypes: { type: 'string', default: 'q8,fp32' },
    set: { type: 'string', multiple: true, default: [] }, paired: { type: 'boolean', default: false },
    pytorch: { type: 'string' },
  },
});
if (!values.models) {
  console.error('usage: node bin/run-ts.js bench/seed-checkin.ts --models OUT_DIR/tjs [--rounds 3] [--json]');
  process.exit(2);
}
const models = resolve(values.models);
const missing = Object.values(SEED_MODELS).filter((m) => !existsSync(join(models, m, 'config.json')));
if (missing.length > 0) {
  console.error(`${models} lacks ${missing.join(', ')}: build it with bash ../shared/tools/seed-models/make_tjs_models.sh OUT_DIR`);
  process.exit(2);
}
const stacks = values.stacks.split(',') as StackName[];
const dtypes = values.dtypes.split(',') as SeedDtype[];
const rounds = Math.max(1, Number(values.rounds));
const log = (s: string) => (values.json ? console.error(s) : console.log(s));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/**
 * What the project's speech-emotion model hears of the benchmark's voice (config voice.modelSpan, --set applied): the
 * floor, the pipelines and the seed's stack always run their voice model on the whole clip.
 */
async function voiceHeard(): Promise<string> {
  const { voice16k } = await buildSeedInputs();
  const set = Object.fromEntries(values.set.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const span = seedConfig(models, 'q8', set).voice.modelSpan;
  const { start, end } = span === 'speech' ? soundingSpan(voice16k) : { start: 0, end: voice16k.samples.length };
  const sec = (n: number) => (n / voice16k.sampleRate).toFixed(2);
  return `voice: the project's speech-emotion model hears ${sec(end - start)} s of the ${sec(voice16k.samples.length)} s clip `
    + `(${sec(start)}–${sec(end)} s; voice.modelSpan ${span}); the floor, the pipelines and the seed's stack hear all of it`;
}

/** A stack's child process: READY after its warm-ups (with turns), one timed check-in per turn(), then its RESULT. */
interface Child {
  ready: Promise<void>;
  turn(): Promise<void>;
  /** No more turns. */
  end(): void;
  result: Promise<ChildResult>;
}

/** Starts one stack in a child process; with `turns`, each timed check-in waits for turn() (see child.ts). */
function startChild(stack: StackName, dtype: SeedDtype, turns: boolean): Child {
  const [command, args] = stack === 'pytorch'
    ? [values.pytorch!, [join(REPO_ROOT, 'bench', 'seed', 'pytorch_eager.py'), '--runs', values.runs, '--warmup', String(Math.min(3, Number(values.warmup)))]]
    : [process.execPath, [join(REPO_ROOT, 'bin', 'run-ts.js'), join(REPO_ROOT, 'bench', 'seed', 'child.ts'), '--stack', stack, '--models', models,
      '--dtype', dtype, '--runs', values.runs, '--warmup', values.warmup, ...(turns ? ['--turns'] : []), ...values.set.flatMap((kv) => ['--set', kv])]];
  const child = spawn(command, args, { cwd: REPO_ROOT, stdio: [turns ? 'pipe' : 'ignore', 'pipe', 'pipe'], env: { ...process.env, BURNOUT_TEST_PORTS: process.env.BURNOUT_TEST_PORTS ?? '4180-4189' } });
  let out = '';
  const waiting: { word: string; seen: number; wake(): void; fail(e: Error): void }[] = [];
  const count = (word: string) => out.split('\n').filter((l) => l === word).length;
  const check = () => {
    for (const w of [...waiting]) if (count(w.word) > w.seen) { waiting.splice(waiting.indexOf(w), 1); w.wake(); }
  };
  child.stdout!.on('data', (b: Buffer) => { out += b.toString(); check(); });
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const result = new Promise<ChildResult>((done, fail) => {
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      const error = new Error(`${stack} ${dtype} exited ${code}:\n${out.slice(-3000)}`);
      for (const w of waiting.splice(0)) w.fail(error);
      if (code === 0 && line) done(JSON.parse(line.slice(7)) as ChildResult);
      else fail(error);
    });
  });
  const next = (word: string) => new Promise<void>((wake, fail) => { waiting.push({ word, seen: count(word), wake, fail }); check(); });
  return {
    ready: turns ? next('READY') : Promise.resolve(),
    turn: () => { const done = next('TURN'); child.stdin?.write('run\n'); return done; },
    end: () => child.stdin?.end(),
    result,
  };
}

/** Runs one stack to its end (no turns). */
const runChild = (stack: StackName, dtype: SeedDtype): Promise<ChildResult> => startChild(stack, dtype, false).result;

/**
 * With --paired: a floor child and a `stack` child loaded side by side, their timed check-ins alternated (floor, then
 * the stack); the stack's result carries the floor's check-ins as pairedFloorMs. Both children are pushed to results.
 * The stack's child starts once the floor's has made its warm-up check-ins, so that neither one's first check-in
 * ("first") runs beside the other's work.
 */
async function runPair(stack: StackName, dtype: SeedDtype): Promise<[ChildResult, ChildResult]> {
  const floor = startChild('floor', dtype, true);
  await floor.ready;
  const other = startChild(stack, dtype, true);
  await other.ready;
  for (let i = 0; i < Number(values.runs); i++) {
    await floor.turn();
    await other.turn();
  }
  floor.end();
  other.end();
  const [f, o] = await Promise.all([floor.result, other.result]);
  return [f, { ...o, pairedFloorMs: f.totalMs }];
}

log(`seed check-in benchmark: models ${models}; ${rounds} rounds × ${values.runs} timed check-ins (after ${values.warmup} warm-ups) per stack and dtype`);
log(`load average at start: ${load()}`);
log(await voiceHeard());
const results: Record<SeedDtype, Record<StackName, ChildResult[]>> = { q8: {} as Record<StackName, ChildResult[]>, fp32: {} as Record<StackName, ChildResult[]> };
for (let r = 0; r < rounds; r++) {
  if (values.pytorch) {
    // The seed's stack, once per round (fp32 whatever the dtype; set beside each dtype's figures below).
    const res = await runChild('pytorch', 'fp32');
    for (const dtype of dtypes) (results[dtype].pytorch ??= []).push(res);
    log(`round ${r + 1} seed pytorch p50 ${median(res.totalMs).toFixed(0)} ms (first ${res.firstMs.toFixed(0)} ms, peak RSS ${res.peakRssMiB?.toFixed(0) ?? '?'} MiB)  [load avg ${load()}]`);
    if (r === 0) log(`    ${res.served}`);
  }
  // Interleaved: every round runs every stack and dtype, each round in a rotated order.
  const order = stacks.map((_, i) => stacks[(i + r) % stacks.length]!);
  for (const dtype of r % 2 === 0 ? dtypes : [...dtypes].reverse()) {
    for (const stack of order) {
      if (values.paired && stack === 'floor') continue; // each paired stack brings its own floor child
      const ran = values.paired && stack !== 'naive' ? await runPair(stack, dtype) : [await runChild(stack, dtype)];
      for (const res of ran) {
        (results[dtype][res.stack as StackName] ??= []).push(res);
        log(`round ${r + 1} ${dtype.padEnd(4)} ${res.stack.padEnd(7)} p50 ${median(res.totalMs).toFixed(0)} ms (first ${res.firstMs.toFixed(0)} ms, load ${res.loadMs.toFixed(0)} ms, peak RSS ${res.peakRssMiB?.toFixed(0) ?? '?'} MiB)  [load avg ${load()}]`);
        if (r === 0) log(`    ${res.served}`);
      }
    }
  }
}

/** Median over rounds of each round's median. */
const p50 = (list: ChildResult[] | undefined, pick: (c: ChildResult) => number[] | undefined): number | null => {
  const per = (list ?? []).map(pick).filter((v): v is number[] => !!v && v.length > 0).map(median);
  return per.length > 0 ? median(per) : null;
};
/** Median over every pair (all rounds) of stack check-in / the floor check-in just before it; null without --paired. */
const pairedRatio = (list: ChildResult[] | undefined): number | null => {
  const ratios = (list ?? []).flatMap((c) => (c.pairedFloorMs ?? []).map((f, i) => (c.totalMs[i] as number) / f));
  return ratios.length > 0 ? median(ratios) : null;
};
const fmt = (v: number | null, unit = 'ms') => (v === null ? '—' : `${v.toFixed(0)} ${unit}`);
const summary: Record<string, Record<string, number | null>> = {};
for (const dtype of dtypes) {
  log(`\n## ${dtype}: medians of ${rounds} rounds`);
  log(`${'stack'.padEnd(8)} ${'check-in'.padStart(9)} ${'first'.padStart(8)} ${'load'.padStart(8)} ${'peak RSS'.padStart(9)}  stages`);
  for (const stack of values.pytorch ? [...stacks, 'pytorch' as const] : stacks) {
    const list = results[dtype][stack];
    const stageNames = Object.keys(list?.[0]?.stages ?? {});
    const stageText = stageNames.map((s) => `${s} ${fmt(p50(list, (c) => c.stages[s]))}`).join(', ');
    const rss = median((list ?? []).map((c) => c.peakRssMiB ?? NaN));
    log(`${stack.padEnd(8)} ${fmt(p50(list, (c) => c.totalMs)).padStart(9)} ${fmt(p50(list, (c) => [c.firstMs])).padStart(8)} ${fmt(p50(list, (c) => [c.loadMs])).padStart(8)} ${fmt(Number.isNaN(rss) ? null : rss, 'MiB').padStart(9)}  ${stageText}`);
  }
  const rssOf = (s: StackName) => { const v = median((results[dtype][s] ?? []).map((c) => c.peakRssMiB ?? NaN)); return Number.isNaN(v) ? null : v; };
  summary[dtype] = {
    floorMs: p50(results[dtype].floor, (c) => c.totalMs),
    libraryMs: p50(results[dtype].library, (c) => c.totalMs),
    httpMs: p50(results[dtype].http, (c) => c.totalMs),
    naiveMs: p50(results[dtype].naive, (c) => c.totalMs),
    ...(values.pytorch ? { seedPytorchMs: p50(results[dtype].pytorch, (c) => c.totalMs) } : {}),
    rssMiB: rssOf('library'), // the project's library process with the three models resident (the table has every stack's)
    ...(values.paired ? {
      pairedLibraryRatio: pairedRatio(results[dtype].library),
      pairedHttpRatio: pairedRatio(results[dtype].http),
    } : {}),
  };
}

log(`\nload average at end: ${load()}`);
log('\n## ratios (medians of the same run)');
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? (a / b).toFixed(2) : '—');
const versusNaive = (lib: number | null | undefined, naive: number | null | undefined) => {
  if (!lib || !naive) return '—';
  const pct = Math.round((1 - lib / naive) * 100);
  return pct >= 0 ? `${pct} % faster than the pipelines` : `${-pct} % slower than the pipelines`;
};
for (const dtype of dtypes) {
  const s = summary[dtype]!;
  log(`${dtype}: library / floor ${ratio(s.libraryMs, s.floorMs)}×, http / floor ${ratio(s.httpMs, s.floorMs)}×, library / naive ${ratio(s.libraryMs, s.naiveMs)}× `
    + `(${versusNaive(s.libraryMs, s.naiveMs)}), seed PyTorch fp32 ${SEED_PYTORCH_MS} ms (quoted, its machine) / library ${ratio(SEED_PYTORCH_MS, s.libraryMs)}×`
    + (values.pytorch ? `, seed PyTorch measured here ${fmt(s.seedPytorchMs ?? null)} / library ${ratio(s.seedPytorchMs, s.libraryMs)}×, / floor ${ratio(s.seedPytorchMs, s.floorMs)}×` : ''));
}
if (values.paired) {
  log('\n## paired ratios (each check-in / the floor check-in run just before it by the floor child beside it; median of all pairs)');
  for (const dtype of dtypes) {
    const s = summary[dtype]!;
    log(`${dtype}: library / floor ${s.pairedLibraryRatio?.toFixed(2) ?? '—'}×, http / floor ${s.pairedHttpRatio?.toFixed(2) ?? '—'}×`);
  }
}
const rounded = (v: number | null) => (v === null ? null : v < 10 ? Math.round(v * 1000) / 1000 : Math.round(v * 10) / 10);
if (values.json) console.log(JSON.stringify(Object.fromEntries(Object.entries(summary).map(([d, o]) => [d, Object.fromEntries(Object.entries(o).map(([k, v]) => [k, rounded(v)]))])), null, 2));
