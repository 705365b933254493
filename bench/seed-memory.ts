// Memory breakdown (issue 18): where the resident memory of one process holding the three seed-size q8 models goes.
// Loads the parts one after another in this process and prints the RSS after each step (after a full GC when node
// runs with --expose-gc), then after three check-ins (ONNX Runtime's arenas and activations), and the peak.
// Run: node --expose-gc bin/run-ts.js bench/seed-memory.ts --models OUT_DIR/tjs [--dtype q8]
// Every library is imported dynamically at its step, so that each step's figure includes the code it loads.
import { parseArgs } from 'node:util';
import { resolvePath } from '../src/config/load.ts';
import { seedConfig, type SeedDtype } from './seed/seed-config.ts';

const { values } = parseArgs({ options: { models: { type: 'string' }, dtype: { type: 'string', default: 'q8' } } });
if (!values.models) {
  console.error('usage: node --expose-gc bin/run-ts.js bench/seed-memory.ts --models OUT_DIR/tjs [--dtype q8]');
  process.exit(2);
}
const config = seedConfig(values.models, values.dtype as SeedDtype);
const gc = (globalThis as { gc?: () => void }).gc;
let last = 0;
const step = (what: string) => {
  gc?.();
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`${what.padEnd(62)} RSS ${rss.toFixed(0).padStart(5)} MiB  (+${(rss - last).toFixed(0)})`);
  last = rss;
};
if (!gc) console.log('(run node with --expose-gc for steadier figures)');
step('Node + tsx + config (baseline)');
const inputs = await (await import('./seed/inputs.ts')).buildSeedInputs();
step('inputs: sharp, the photo, the voice (decoded)');
const fusion = await (await import('../src/fusion/model-io.ts')).loadFusionModel(config, resolvePath(config.fusion.modelDir));
step('fusion model (ONNX: starts the ONNX Runtime thread)');
await (await import('../src/analysis/face/face-detector.ts')).createFaceDetector(config);
step('BlazeFace detector (ONNX)');
await import('@huggingface/transformers');
step('transformers.js + onnxruntime-node loaded (no session)');
const text = await (await import('../src/analysis/text/text-analyzer.ts')).loadTextAnalyzer(config);
step(`text: ${text.engine?.model ?? 'none'} (ORT session) + stress model`);
const voice = await (await import('../src/analysis/voice/analyzer.ts')).loadVoiceAnalyzer(config);
step(`voice: ${voice.engine?.model ?? 'none'} (ORT session)`);
const face = await (await import('../src/analysis/face/face-analyzer.ts')).loadFaceAnalyzer(config);
step(`face: ${face.engine?.model ?? 'none'} (ORT session)`);
await Promise.all([text.engine?.dispose(), voice.engine?.dispose(), face.engine?.dispose()]);
await fusion.pass.dispose();
step('the engines disposed again (what is not returned to the system)');
const { assessCheckIn, loadAssessRuntime } = await import('../src/assess.ts');
const runtime = await loadAssessRuntime(config);
step('loadAssessRuntime: the whole runtime loaded again');
for (let i = 0; i < 3; i++) await assessCheckIn(runtime, { text: inputs.text, voice: inputs.voice16k, face: inputs.image }, {});
step('after 3 check-ins (ORT arenas, activations)');
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
await runtime.dispose();
