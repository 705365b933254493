// Warm-up at start-up: before a worker says its models are ready, every loaded engine runs twice on inputs made in code
// (text; 5 s of speech-like voice, so that the speech-emotion model runs too; a face-crop-sized image for the
// facial-emotion net; a larger face-less image for the detector), and an image is decoded (sharp/libvips), so that
// the first real check-ins do not pay for compiling kernels and first allocations. (Issue 18 measured the first request
// 340 ms slower with a text-only warm-up; with one pass over 3 s of voice the first two check-ins of the seed-size
// benchmark still took ~430 ms against ~270 ms: ONNX Runtime grows its buffers over two runs at a larger input.)
import sharp from 'sharp';
import { assessCheckIn, type AssessRuntime } from '../assess.ts';
import type { ImageInput, ModalityInputs } from '../analysis/types.ts';
import type { Config } from '../config/schema.ts';
import { speechLikeVoice } from '../media/audio/speech-like.ts';
import { TARGET_SAMPLE_RATE } from '../media/audio/decode.ts';
import { decodeUploads } from '../service/decode-uploads.ts';

/** Seconds of warm-up voice: a short recording (the dashboard asks for 10–30 s; the benchmark sends 5 s). */
const WARM_UP_VOICE_SEC = 5;
/** Passes over the warm-up check-ins (one left the next real check-in slow). */
const WARM_UP_PASSES = 2;

/** The warm-up check-ins: text + voice + a face crop (taken as a crop: the emotion net runs), then a photo for detection. */
export function warmUpInputs(config: AssessRuntime['config']): Array<Partial<ModalityInputs>> {
  const side = Math.max(config.face.minFacePx, Math.min(config.face.cropMaxSidePx, 96));
  return [
    {
      text: 'A quiet day at work, then a walk.',
      voice: { samples: speechLikeVoice(TARGET_SAMPLE_RATE, WARM_UP_VOICE_SEC), sampleRate: TARGET_SAMPLE_RATE },
      face: greyImage(side, side),
    },
    { face: greyImage(320, 240) },
  ];
}

/**
 * Runs the warm-up check-ins on `runtime` (WARM_UP_PASSES times) and resolves to it. Their results are thrown away and their failures ignored
 * (a face-less photo is rejected, which still ran the detector): warm-up never keeps a worker from serving.
 */
export async function warmUp(runtime: AssessRuntime): Promise<AssessRuntime> {
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
    for (const inputs of warmUpInputs(runtime.config)) await assessCheckIn(runtime, inputs, {}).catch(() => {});
  }
  return runtime;
}

/** Decodes a small PNG made in code (the first sharp/libvips decode in a thread is the slow one); never throws. */
export async function warmUpDecoding(config: Readonly<Config>): Promise<void> {
  const { data, width, height } = greyImage(64, 48);
  const png = await sharp(data, { raw: { width, height, channels: 3 } }).png().toBuffer().catch(() => null);
  if (png) await decodeUploads({ image: new Uint8Array(png) }, config).catch(() => {});
}

/** A smooth grey gradient (no face), RGB. */
function greyImage(width: number, height: number): ImageInput {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.fill(64 + Math.round((128 * (x + y)) / (width + height)), (y * width + x) * 3, (y * width + x) * 3 + 3);
  }
  return { data, width, height };
}
