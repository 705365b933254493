// Warm-up at start-up: before a worker says its models are ready, every loaded engine runs twice on inputs made in code
// (text; 5 s of speech-like voice, so that the speech-emotion model runs too; a face-crop-sized image for the
// facial-emotion net; a face-less webcam-sized photo for the detector), the acoustic features run until V8 has
// compiled them, and a 48 kHz WAV and a JPEG photo are decoded, so that the first real check-ins do not pay for
// compiling kernels and JavaScript and first allocations. (Issue 18 measured the first request
// 340 ms slower with a text-only warm-up; with one pass over 3 s of voice the first two check-ins of the seed-size
// benchmark still took ~430 ms against ~270 ms: ONNX Runtime grows its buffers over two runs at a larger input.)
import sharp from 'sharp';
import { assessCheckIn, type AssessRuntime } from '../assess.ts';
import type { ImageInput, ModalityInputs } from '../analysis/types.ts';
import { analyzeAcoustics } from '../analysis/voice/features.ts';
import type { Config } from '../config/schema.ts';
import { speechLikeVoice } from '../media/audio/speech-like.ts';
import { wavBytes } from '../media/audio/wav-encode.ts';
import { TARGET_SAMPLE_RATE } from '../media/audio/decode.ts';
import { decodeUploads, type RawInputs } from '../service/decode-uploads.ts';

/** Seconds of warm-up voice: a short recording (the dashboard asks for 10–30 s; the benchmark sends 5 s). */
const WARM_UP_VOICE_SEC = 5;
/** Passes over the warm-up check-ins (one left the next real check-in slow). */
const WARM_UP_PASSES = 2;
/**
 * Runs of the acoustic features (plain JavaScript) on the warm-up voice: V8 compiles their loops only after several
 * (5 s of voice: ~100 ms for each of the first two runs, 20–40 ms for the next four, ~9 ms from about the eighth).
 */
const ACOUSTIC_RUNS = 8;
/** Decodes of the warm-up uploads (the WAV reader and the 48 → 16 kHz resampler are JavaScript too). */
const DECODE_RUNS = 3;

/** The warm-up check-ins: text + voice + a face crop (taken as a crop: the emotion net runs), then a photo for detection. */
export function warmUpInputs(config: AssessRuntime['config']): Array<Partial<ModalityInputs>> {
  const side = Math.max(config.face.minFacePx, Math.min(config.face.cropMaxSidePx, 96));
  return [
    {
      text: 'A quiet day at work, then a walk.',
      voice: { samples: speechLikeVoice(TARGET_SAMPLE_RATE, WARM_UP_VOICE_SEC), sampleRate: TARGET_SAMPLE_RATE },
      face: greyImage(side, side),
    },
    { face: greyImage(640, 480) },
  ];
}

/**
 * Runs the warm-up check-ins on `runtime` (WARM_UP_PASSES times), then the acoustic features alone ACOUSTIC_RUNS times
 * when a voice engine is loaded, and resolves to it. Results are thrown away and failures ignored (a face-less photo is
 * rejected, which still ran the detector): warm-up never keeps a worker from serving.
 */
export async function warmUp(runtime: AssessRuntime): Promise<AssessRuntime> {
  const inputs = warmUpInputs(runtime.config);
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
    for (const check of inputs) await assessCheckIn(runtime, check, {}).catch(() => {});
  }
  const voice = runtime.engines.engines.voice ? inputs[0]?.voice : undefined;
  for (let run = 0; voice && run < ACOUSTIC_RUNS; run++) analyzeAcoustics(voice);
  return runtime;
}

/**
 * Decodes uploads made in code — 5 s of speech-like voice as a 16-bit 48 kHz WAV (the resampler's path) and a
 * webcam-sized JPEG (the first sharp/libvips decode in a thread is the slow one) — DECODE_RUNS times; never throws.
 */
export async function warmUpDecoding(config: Readonly<Config>): Promise<void> {
  const uploads = await warmUpUploads();
  for (let run = 0; run < DECODE_RUNS; run++) await decodeUploads(uploads, config).catch(() => {});
}

/** The warm-up uploads: a 16-bit 48 kHz WAV of speech-like voice and a 640×480 JPEG (without it if sharp fails). */
export async function warmUpUploads(): Promise<RawInputs> {
  const { data, width, height } = greyImage(640, 480);
  const jpeg = await sharp(data, { raw: { width, height, channels: 3 } }).jpeg().toBuffer().catch(() => null);
  const audio = wavBytes(speechLikeVoice(48_000, WARM_UP_VOICE_SEC), 48_000);
  return { audio, ...(jpeg ? { image: new Uint8Array(jpeg) } : {}) };
}

/** A smooth grey gradient (no face), RGB. */
function greyImage(width: number, height: number): ImageInput {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.fill(64 + Math.round((128 * (x + y)) / (width + height)), (y * width + x) * 3, (y * width + x) * 3 + 3);
  }
  return { data, width, height };
}
