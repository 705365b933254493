// The compute floor: one onnxruntime-node InferenceSession per seed model (the same ONNX files and session options
// the project uses), tensors built by the models' own tokenizer / processors before timing, run one after another.
import { join } from 'node:path';
import { AutoFeatureExtractor, AutoImageProcessor, AutoTokenizer, RawImage, type Tensor as TjsTensor } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { sessionOptions } from '../../src/analysis/onnx/open-session.ts';
import { onnxFileFor } from '../../src/hub/pull.ts';
import { SEED_MODELS, seedConfig } from './seed-config.ts';
import { ownPeakRssMiB, since, type Stack, type StackOptions } from './stack.ts';

type Feeds = Record<string, ort.Tensor>;

/** Loads the three sessions and pre-builds their input tensors. */
export async function createFloorStack(o: StackOptions): Promise<Stack> {
  const config = seedConfig(o.modelsDir, o.dtype, o.env);
  const dir = (m: keyof typeof SEED_MODELS) => join(o.modelsDir, SEED_MODELS[m]);
  const options = sessionOptions(config) as ort.InferenceSession.SessionOptions;
  const file = onnxFileFor(o.dtype);
  const sessions = {
    text: await ort.InferenceSession.create(join(dir('text'), file), options),
    voice: await ort.InferenceSession.create(join(dir('voice'), file), options),
    face: await ort.InferenceSession.create(join(dir('face'), file), options),
  };
  const tokenizer = await AutoTokenizer.from_pretrained(dir('text'), { local_files_only: true });
  const encoded = tokenizer(o.inputs.text) as { input_ids: TjsTensor; attention_mask: TjsTensor };
  const imageProcessor = await AutoImageProcessor.from_pretrained(dir('face'), { local_files_only: true });
  const { width, height, data } = o.inputs.image;
  const pixels = (await imageProcessor(new RawImage(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height, 3))) as { pixel_values: TjsTensor };
  const extractor = await AutoFeatureExtractor.from_pretrained(dir('voice'), { local_files_only: true });
  const audio = (await extractor(o.inputs.voice16k.samples)) as { input_values: TjsTensor };
  const feeds: Record<keyof typeof sessions, Feeds> = {
    text: { input_ids: toOrt(encoded.input_ids), attention_mask: toOrt(encoded.attention_mask) },
    voice: { input_values: toOrt(audio.input_values) },
    face: { pixel_values: toOrt(pixels.pixel_values) },
  };
  return {
    describe: () => `ORT sessions ${file}: text ${feeds.text.input_ids!.dims.join('×')} tokens, voice ${feeds.voice.input_values!.dims.join('×')}, face ${feeds.face.pixel_values!.dims.join('×')}`,
    async run() {
      const stages: Record<string, number> = {};
      const t0 = performance.now();
      for (const m of ['text', 'voice', 'face'] as const) {
        const t = performance.now();
        await sessions[m].run(feeds[m]);
        stages[m] = since(t);
      }
      return { totalMs: since(t0), stages };
    },
    peakRssMiB: ownPeakRssMiB,
    async close() {
      await Promise.all(Object.values(sessions).map((s) => s.release()));
    },
  };
}

function toOrt(t: TjsTensor): ort.Tensor {
  return new ort.Tensor(t.type as 'float32', t.data as Float32Array, t.dims);
}
