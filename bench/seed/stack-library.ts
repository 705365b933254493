// The project's check-in through the library: loadAssessRuntime + assessCheckIn (Stages 1–2) on the decoded inputs,
// with the seed models configured; decoding of the uploaded bytes is timed beside it (not part of the total).
import { assessCheckIn, loadAssessRuntime } from '../../src/assess.ts';
import { decodeAudio } from '../../src/media/audio/decode.ts';
import { decodeImage } from '../../src/media/image/decode-image.ts';
import { SEED_SELF_REPORT } from './inputs.ts';
import { seedConfig } from './seed-config.ts';
import { ownPeakRssMiB, since, type Stack, type StackOptions } from './stack.ts';

/** Loads the project's runtime with the seed models; fails when a modality is not served by its seed model. */
export async function createLibraryStack(o: StackOptions): Promise<Stack> {
  const config = seedConfig(o.modelsDir, o.dtype, o.env);
  const runtime = await loadAssessRuntime(config);
  const inputs = { text: o.inputs.text, voice: o.inputs.voice16k, face: o.inputs.image };
  let served = '';
  return {
    describe: () => served,
    async run() {
      const d0 = performance.now();
      await decodeAudio(o.inputs.wav48k, { maxDurationSec: config.voice.maxDurationSec });
      const decodeAudioMs = since(d0);
      const d1 = performance.now();
      await decodeImage(o.inputs.jpeg, { maxPixels: config.face.maxPixels });
      const decodeImageMs = since(d1);
      const t0 = performance.now();
      const result = await assessCheckIn(runtime, inputs, { ...SEED_SELF_REPORT });
      const totalMs = since(t0);
      const bad = Object.entries(result.modalities).filter(([, r]) => r.status !== 'ok' || !/transformers|vit/.test(r.engine));
      if (bad.length > 0) throw new Error(`not served by the seed models: ${bad.map(([m, r]) => `${m} ${r.status === 'ok' ? r.engine : r.reason}`).join('; ')}`);
      served = Object.entries(result.modalities).map(([m, r]) => `${m} ${r.status === 'ok' ? `${r.engine} (${r.model})` : r.status}`).join(', ');
      const { total: _total, ...stages } = result.timings;
      return { totalMs, stages: { ...stages, decodeAudio: decodeAudioMs, decodeImage: decodeImageMs } };
    },
    peakRssMiB: ownPeakRssMiB,
    close: () => runtime.dispose(),
  };
}
