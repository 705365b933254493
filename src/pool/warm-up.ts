// Warm-up at start-up: before a worker says its models are ready, every loaded engine runs once on inputs made in code
// (text; 3 s of speech-like voice, so that the speech-emotion model runs too; a face-crop-sized image for the
// facial-emotion net; a larger face-less image for the detector), an image is decoded (sharp/libvips) and the trend
// model reads a short history, so that the first real check-in does not pay for compiling kernels and first
// allocations (issue 18 measured the first request 340 ms slower with a text-only warm-up).
import sharp from 'sharp';
import { assessCheckIn, type AssessRuntime } from '../assess.ts';
import type { ImageInput, ModalityResult } from '../analysis/types.ts';
import type { Config } from '../config/schema.ts';
import type { Risk } from '../fusion/types.ts';
import { speechLikeVoice } from '../media/audio/speech-like.ts';
import { TARGET_SAMPLE_RATE } from '../media/audio/decode.ts';
import { decodeUploads } from '../service/decode-uploads.ts';
import { computeTrend } from '../trend/infer.ts';
import type { TrendModel } from '../trend/load.ts';
import type { TrendCheckIn } from '../trend/types.ts';

/** The warm-up check-ins: text + voice + a face crop (taken as a crop: the emotion net runs), then a photo for detection. */
export function warmUpInputs(config: AssessRuntime['config']): Array<Parameters<typeof assessCheckIn>[1]> {
  const side = Math.max(config.face.minFacePx, Math.min(config.face.cropMaxSidePx, 96));
  return [
    {
      text: 'A quiet day at work, then a walk.',
      voice: { samples: speechLikeVoice(TARGET_SAMPLE_RATE, 3), sampleRate: TARGET_SAMPLE_RATE },
      face: greyImage(side, side),
    },
    { face: greyImage(320, 240) },
  ];
}

/**
 * Runs the warm-up check-ins on `runtime` and resolves to it. Their results are thrown away and their failures ignored
 * (a face-less photo is rejected, which still ran the detector): warm-up never keeps a worker from serving.
 */
export async function warmUp(runtime: AssessRuntime): Promise<AssessRuntime> {
  for (const inputs of warmUpInputs(runtime.config)) await assessCheckIn(runtime, inputs, {}).catch(() => {});
  return runtime;
}

/** Decodes a small PNG made in code (the first sharp/libvips decode in a thread is the slow one); never throws. */
export async function warmUpDecoding(config: Readonly<Config>): Promise<void> {
  const { data, width, height } = greyImage(64, 48);
  const png = await sharp(data, { raw: { width, height, channels: 3 } }).png().toBuffer().catch(() => null);
  if (png) await decodeUploads({ image: new Uint8Array(png) }, config).catch(() => {});
}

/** Runs the trend model once on a made-up history of config.trend.minDays days (self-report only); never throws. */
export function warmUpTrend(model: TrendModel, config: Readonly<Config>): void {
  const absent: ModalityResult = { status: 'absent', reason: 'warm-up' };
  const risk: Risk = {
    level: 'moderate', probabilities: { low: 0.3, moderate: 0.4, high: 0.3 }, confidence: 0.4, uncertainty: 0.2,
    reliable: false, modalityWeights: { text: 0, voice: 0, face: 0, selfReport: 1 },
  };
  const history: TrendCheckIn[] = Array.from({ length: config.trend.minDays }, (_, d) => ({
    at: new Date(Date.UTC(2026, 0, 1 + d, 12)).toISOString(),
    risk,
    modalities: { text: absent, voice: absent, face: absent },
    selfReport: { energy: 5, stress: 5 + d, work: 8 },
  }));
  try {
    computeTrend(model, history, { minDays: config.trend.minDays, windowDays: config.trend.windowDays, timeZone: 'UTC' });
  } catch {
    // warm-up only
  }
}

/** A smooth grey gradient (no face), RGB. */
function greyImage(width: number, height: number): ImageInput {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.fill(64 + Math.round((128 * (x + y)) / (width + height)), (y * width + x) * 3, (y * width + x) * 3 + 3);
  }
  return { data, width, height };
}
