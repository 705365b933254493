// Benchmark: a text-only check-in through the whole assessment (language gate, lite emotions, stress model, fusion
// with 30 MC-dropout passes, explanation) on the committed models, with and without a self-report. Prints medians.
// Target: p50 ≤ 5 ms. Run: node bin/run-ts.js bench/assess-text.ts [--runs 200]
import { parseArgs } from 'node:util';
import { assessCheckIn, loadAssessRuntime } from '../src/assess.ts';
import { loadConfig } from '../src/config/load.ts';
import { median, percentile } from '../src/eval/metrics.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' } } });
const runs = Math.max(50, Number(values.runs));
const TEXTS = [
  'Tired but fine.',
  'Another long day. I am exhausted all the time and I never seem to get anything done; I dread tomorrow.',
  'We went for a walk by the river this morning and had coffee in the sun. Work was steady, I finished early and cooked dinner with my partner. ' +
    'In the evening I read for an hour and went to bed on time. I feel rested and looking forward to the weekend trip with friends.',
];
const config = loadConfig({ env: { BURNOUT_TEXT_ENGINES: '[lite]' } });
const runtime = await loadAssessRuntime(config, { modalities: ['text'] });
try {
  for (const report of [{}, { energy: 3, stress: 8, work: 10 }]) {
    for (let i = 0; i < 20; i++) await assessCheckIn(runtime, { text: TEXTS[i % 3] as string }, report); // warm-up
    const total: number[] = [];
    const fusion: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await assessCheckIn(runtime, { text: TEXTS[i % TEXTS.length] as string }, report);
      total.push(performance.now() - t0);
      fusion.push(r.timings.fusion ?? NaN);
    }
    const label = Object.keys(report).length ? 'text + self-report' : 'text only';
    const p50 = median(total);
    console.log(`${label.padEnd(20)} whole assessment p50 ${p50.toFixed(2)} ms, p95 ${percentile(total, 95).toFixed(2)} ms; fusion + ${config.fusion.mcPasses} MC passes p50 ${median(fusion).toFixed(2)} ms (${runs} runs; target ≤ 5 ms: ${p50 <= 5 ? 'met' : 'NOT met'})`);
  }
} finally {
  await runtime.dispose();
}
