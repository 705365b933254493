// One stack in its own process (so that its peak RSS is its own): loads it, times the first check-in, then warm-up
// and timed check-ins, and prints one `RESULT {json}` line for bench/seed-checkin.ts. With --turns it prints READY
// after the warm-ups and runs each timed check-in when a line arrives on stdin (printing TURN after it), so that the
// driver can alternate it with another child's check-ins (--paired).
// Run (normally by seed-checkin.ts): node bin/run-ts.js bench/seed/child.ts --stack floor|naive|library|http
//   --models DIR --dtype q8|fp32 [--runs 3] [--warmup 8] [--turns] [--set BURNOUT_X=value ...]
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { buildSeedInputs } from './inputs.ts';
import type { SeedDtype } from './seed-config.ts';
import { since, type Stack, type StackOptions } from './stack.ts';
import { createFloorStack } from './stack-floor.ts';
import { createHttpStack } from './stack-http.ts';
import { createLibraryStack } from './stack-library.ts';
import { createNaiveStack } from './stack-naive.ts';

/** What the child reports. */
export interface ChildResult {
  stack: string;
  dtype: SeedDtype;
  served: string;
  loadMs: number;
  firstMs: number;
  totalMs: number[];
  stages: Record<string, number[]>;
  peakRssMiB: number | null;
  /** With seed-checkin.ts --paired: the floor check-in (another child) run just before each timed one. */
  pairedFloorMs?: number[];
}

const STACKS: Record<string, (o: StackOptions) => Promise<Stack>> = {
  floor: createFloorStack,
  naive: createNaiveStack,
  library: createLibraryStack,
  http: createHttpStack,
};

const { values } = parseArgs({
  options: {
    stack: { type: 'string' }, models: { type: 'string' }, dtype: { type: 'string', default: 'q8' },
    runs: { type: 'string', default: '3' }, warmup: { type: 'string', default: '8' }, set: { type: 'string', multiple: true, default: [] },
    turns: { type: 'boolean', default: false },
  },
});
const create = STACKS[values.stack ?? ''];
if (!create || !values.models || (values.dtype !== 'q8' && values.dtype !== 'fp32')) {
  console.error('usage: child.ts --stack floor|naive|library|http --models DIR --dtype q8|fp32 [--runs N] [--warmup N] [--turns] [--set K=V]');
  process.exit(2);
}
const env = Object.fromEntries(values.set.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
const inputs = await buildSeedInputs();
const l0 = performance.now();
const stack = await create({ modelsDir: values.models, dtype: values.dtype, inputs, env });
const loadMs = since(l0);
const turns = values.turns ? createInterface({ input: process.stdin }) : null;
const lines = turns?.[Symbol.asyncIterator]();
try {
  const first = await stack.run();
  for (let i = 0; i < Number(values.warmup); i++) await stack.run();
  if (lines) console.log('READY');
  const totalMs: number[] = [];
  const stages: Record<string, number[]> = {};
  for (let i = 0; i < Number(values.runs); i++) {
    if (lines && (await lines.next()).done) break;
    const r = await stack.run();
    if (lines) console.log('TURN');
    totalMs.push(r.totalMs);
    for (const [k, v] of Object.entries(r.stages)) (stages[k] ??= []).push(v);
  }
  const result: ChildResult = {
    stack: values.stack!, dtype: values.dtype, served: stack.describe(),
    loadMs: 'readyMs' in stack ? Number(stack.readyMs) : loadMs,
    firstMs: first.totalMs, totalMs, stages, peakRssMiB: stack.peakRssMiB(),
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
} finally {
  turns?.close(); // stdin would keep this process alive
  process.stdin.destroy();
  await stack.close();
}
