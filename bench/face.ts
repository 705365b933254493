// Benchmark: face detection + emotion (the face analyzer with the `human` engine) on a 640×480 photo; prints medians.
// The photo is a 640×480 cut of test/fixtures/face/astronaut.jpg (NASA, public domain). Target: p50 ≤ 100 ms.
// Run: node bin/run-ts.js bench/face.ts [--runs 25] [--engine human|vit] [--flip-tta on|off]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createFaceDetector } from '../src/analysis/face/face-detector.ts';
import { loadFaceAnalyzer } from '../src/analysis/face/face-analyzer.ts';
import { requireEngine } from '../src/analysis/engine-registry.ts';
import { loadConfig } from '../src/config/load.ts';
import { REPO_ROOT } from '../src/config/paths.ts';
import { median, percentile } from '../src/eval/metrics.ts';
import { decodeImage } from '../src/media/image/decode-image.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '25' }, engine: { type: 'string', default: 'human' }, 'flip-tta': { type: 'string' } } });
const runs = Math.max(20, Number(values.runs));
const base = loadConfig();
const flipTta = values['flip-tta'] === undefined ? base.face.flipTta : values['flip-tta'] === 'on';
const config = { ...base, face: { ...base.face, engines: [values.engine as 'human' | 'vit'], flipTta } };

const jpeg = await sharp(join(REPO_ROOT, 'test/fixtures/face/astronaut.jpg'))
  .resize(640, 640)
  .extract({ left: 0, top: 40, width: 640, height: 480 })
  .jpeg({ quality: 90 })
  .toBuffer();

async function timed(label: string, n: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: WASM kernels, first allocations
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(40)} p50 ${median(ms).toFixed(1)} ms   p95 ${percentile(ms, 95).toFixed(1)} ms   (${n} runs)`);
  return ms;
}

const image = await decodeImage(jpeg, { maxPixels: config.face.maxPixels });
const analyzer = requireEngine(await loadFaceAnalyzer(config), 'face');
const detector = await createFaceDetector(config);
try {
  const first = await analyzer.analyze(image);
  if (first.status !== 'ok') throw new Error(`the bench photo was not analysed: ${first.reason}`);
  console.log(`photo 640×480, engine ${analyzer.name} (${analyzer.model}), flip TTA ${flipTta ? 'on' : 'off'}, face ${first.features.faceSizePx} px`);
  await timed('decode JPEG (sharp)', runs, () => decodeImage(jpeg, { maxPixels: config.face.maxPixels }));
  await timed('detection only (BlazeFace)', runs, () => detector.detect(image));
  const all = await timed('detection + emotion (face analyzer)', runs, () => analyzer.analyze(image));
  const p50 = median(all);
  console.log(`\nface p50 ${p50.toFixed(1)} ms (target ≤ 100 ms): ${p50 <= 100 ? 'met' : 'NOT met'}`);
} finally {
  await detector.dispose();
  await analyzer.dispose();
}
