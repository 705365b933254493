// Plain transformers.js: the three pipelines a TypeScript developer would write (library defaults, local folders),
// run one after another on the same decoded inputs the project's library gets (RGB photo, 16 kHz PCM).
import { join } from 'node:path';
import { env, pipeline, RawImage } from '@huggingface/transformers';
import { SEED_MODELS } from './seed-config.ts';
import { ownPeakRssMiB, since, type Stack, type StackOptions } from './stack.ts';

type Classifier = (input: unknown, options?: Record<string, unknown>) => Promise<unknown>;

/** Loads the three pipelines with transformers.js defaults (dtype as given, CPU). */
export async function createNaiveStack(o: StackOptions): Promise<Stack> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  const load = async (task: 'text-classification' | 'audio-classification' | 'image-classification', m: keyof typeof SEED_MODELS) =>
    (await pipeline(task, join(o.modelsDir, SEED_MODELS[m]), { dtype: o.dtype, device: 'cpu' })) as unknown as Classifier & { dispose(): Promise<void> };
  const pipes = {
    text: await load('text-classification', 'text'),
    voice: await load('audio-classification', 'voice'),
    face: await load('image-classification', 'face'),
  };
  const { width, height, data } = o.inputs.image;
  const photo = new RawImage(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height, 3);
  const inputs = { text: o.inputs.text, voice: o.inputs.voice16k.samples, face: photo };
  return {
    describe: () => `transformers.js pipelines, dtype ${o.dtype}, defaults (the photo goes to ViT whole, no face detection)`,
    async run() {
      const stages: Record<string, number> = {};
      const t0 = performance.now();
      for (const m of ['text', 'voice', 'face'] as const) {
        const t = performance.now();
        await pipes[m](inputs[m], { top_k: null });
        stages[m] = since(t);
      }
      return { totalMs: since(t0), stages };
    },
    peakRssMiB: ownPeakRssMiB,
    async close() {
      await Promise.all(Object.values(pipes).map((p) => p.dispose()));
    },
  };
}
