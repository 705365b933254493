// Benchmark: one whole `assess` (text + voice + face analysed concurrently, then fusion with 30 MC passes) on the
// offline engines (text lite, voice acoustic features, face Human). Inputs are decoded once; prints medians.
// Uses a RAVDESS clip and a FER-2013 photo from ../shared/data (skipped with a message when absent). Target: p50 ≤ 250 ms.
// Run: node bin/run-ts.js bench/assess.ts [--runs 25]
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assessCheckIn, loadAssessRuntime } from '../src/assess.ts';
import { loadConfig } from '../src/config/load.ts';
import { SHARED_DATA } from '../src/config/paths.ts';
import { median, percentile } from '../src/eval/metrics.ts';
import { readAudioFile } from '../src/media/audio/decode.ts';
import { readImageFile } from '../src/media/image/decode-image.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '25' } } });
const runs = Math.max(20, Number(values.runs));
const wavDir = join(SHARED_DATA, 'voice', 'wav');
const faceDir = join(SHARED_DATA, 'face', 'sad');
if (!existsSync(wavDir) || !existsSync(faceDir)) {
  console.log(`skipped: ../shared/data (voice/wav and face/sad) is not available at ${SHARED_DATA}`);
  process.exit(0);
}
const clip = join(wavDir, readdirSync(wavDir).filter((f) => f.endsWith('.wav')).sort()[0] ?? '');
const photo = join(faceDir, readdirSync(faceDir).filter((f) => /\.(jpe?g|png)$/i.test(f)).sort()[0] ?? '');
const text = 'Another long day. I am exhausted all the time and I never seem to get anything done; I dread tomorrow.';

const base = loadConfig();
const config = { ...base, text: { ...base.text, engines: ['lite' as const] }, voice: { ...base.voice, engines: [] }, face: { ...base.face, engines: ['human' as const] } };
const audio = await readAudioFile(clip, { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath });
const image = await readImageFile(photo, { maxPixels: config.face.maxPixels });
const inputs = { text, voice: { samples: audio.samples, sampleRate: audio.sampleRate }, face: image };

const runtime = await loadAssessRuntime(config);
try {
  for (let i = 0; i < 3; i++) await assessCheckIn(runtime, inputs, {}); // warm-up
  const stages: Record<string, number[]> = {};
  const total: number[] = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await assessCheckIn(runtime, inputs, { energy: 3, stress: 8, work: 10 });
    total.push(performance.now() - t0);
    for (const [k, v] of Object.entries(last.timings)) (stages[k] ??= []).push(v);
  }
  const engines = Object.entries(last!.modalities).map(([m, r]) => `${m} ${r.status === 'ok' ? r.engine : r.status}`).join(', ');
  console.log(`inputs: ${text.length}-char text, ${(audio.samples.length / audio.sampleRate).toFixed(1)} s clip, ${image.width}×${image.height} photo; engines: ${engines}`);
  for (const [k, v] of Object.entries(stages)) console.log(`${k.padEnd(10)} p50 ${median(v).toFixed(1)} ms   p95 ${percentile(v, 95).toFixed(1)} ms`);
  const p50 = median(total);
  console.log(`\nwhole assess p50 ${p50.toFixed(1)} ms, p95 ${percentile(total, 95).toFixed(1)} ms over ${runs} runs (target ≤ 250 ms): ${p50 <= 250 ? 'met' : 'NOT met'}`);
  console.log(`risk ${last!.risk.level}, weights ${last!.explanation.weights}`);
} finally {
  await runtime.dispose();
}
