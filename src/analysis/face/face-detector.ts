// Face detection with Human's BlazeFace: every face in an RGB image, largest first, with its box, score and crop region.
import type { Config } from '../../config/schema.ts';
import type { ImageInput } from '../types.ts';
import { downscaleByFactor, type NormalizedBox } from './face-image.ts';
import { loadHumanDetector, type LoadedHuman } from './human-loader.ts';

/** A pixel rectangle in the input image. */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One detected face. */
export interface DetectedFace {
  /** The analysed region (face plus Human's margin), clamped to the image, in input pixels. */
  box: FaceBox;
  /** The same region unclamped, as fractions of the image (for cropping; outside parts are black). */
  region: NormalizedBox;
  /** BlazeFace confidence, 0–1. */
  score: number;
  /** Side of the face itself (the detector box before Human's margin), in input pixels. */
  sizePx: number;
}

/** A loaded detector. Calls are serialised (Human keeps per-instance state while it runs). */
export interface FaceDetector {
  readonly model: string;
  detect(image: ImageInput): Promise<DetectedFace[]>;
  dispose(): Promise<void>;
}

/** Longest side the detector sees; larger photos are block-averaged down first (BlazeFace itself works at 128 px). */
export const DETECT_MAX_SIDE = 1280;
/** Human's default margin around the BlazeFace box; the emotion nets were used with crops made this way. */
export const DETECTOR_SCALE = 1.4;
const MAX_FACES = 20;

/** Loads BlazeFace through Human with config.face.minDetectionScore as the detection threshold. */
export async function createFaceDetector(config: Readonly<Config>): Promise<FaceDetector> {
  const loaded = await loadHumanDetector({ minScore: config.face.minDetectionScore, maxFaces: MAX_FACES, detectorScale: DETECTOR_SCALE });
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  return {
    model: `blazeface (@vladmandic/human ${loaded.version})`,
    detect(image) {
      if (disposed) return Promise.reject(new Error('face detector used after dispose()'));
      const run = queue.then(() => detectFaces(loaded, image));
      queue = run.catch(() => undefined);
      return run;
    },
    async dispose() {
      // Human keeps its loaded weights in module variables of its bundle, shared by all instances in the process;
      // freeing them here would break other live detectors, so only this wrapper is released.
      disposed = true;
    },
  };
}

async function detectFaces({ human, tf }: LoadedHuman, image: ImageInput): Promise<DetectedFace[]> {
  const factor = Math.ceil(Math.max(image.width, image.height) / DETECT_MAX_SIDE);
  const small = downscaleByFactor(image, factor);
  const input = tf.tensor3d(small.data, [small.height, small.width, 3], 'int32');
  let faces;
  try {
    const result = await human.detect(input);
    if (result.error) throw new Error(`face detection failed: ${result.error}`);
    faces = result.face;
  } finally {
    input.dispose();
  }
  const scaleX = image.width / small.width;
  const scaleY = image.height / small.height;
  return faces
    .map((f): DetectedFace => {
      const [bx, by, bw, bh] = f.box;
      const [rx, ry, rw, rh] = f.boxRaw;
      return {
        box: { x: Math.round(bx * scaleX), y: Math.round(by * scaleY), width: Math.round(bw * scaleX), height: Math.round(bh * scaleY) },
        region: [ry, rx, ry + rh, rx + rw],
        score: f.boxScore,
        sizePx: Math.round((Math.min(f.size[0], f.size[1]) * scaleX) / DETECTOR_SCALE),
      };
    })
    .sort((a, b) => b.sizePx - a.sizePx || b.score - a.score);
}
