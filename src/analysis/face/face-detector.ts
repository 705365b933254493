// Face detection with Human's BlazeFace: every face in an RGB image, largest first, with its box, score and crop region.
import type { Config } from '../../config/schema.ts';
import type { ImageInput } from '../types.ts';
import { downscaleByFactor, type NormalizedBox } from './face-image.ts';
import { loadOnnxBlazeFace } from './blazeface/onnx-detector.ts';
import { loadHumanDetector, type HumanFace, type LoadedHuman } from './human-loader.ts';

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

/** Human's non-maximum-suppression overlap (its default), for the ONNX detector's decoder. */
const IOU_THRESHOLD = 0.1;

/** Faces of an image, as Human reports them, from either detector. */
type DetectFaces = (image: ImageInput) => Promise<HumanFace[]>;

/**
 * Loads BlazeFace (config.face.detector: converted to ONNX, or through Human on tfjs-WASM) with
 * config.face.minDetectionScore as the detection threshold.
 */
export async function createFaceDetector(config: Readonly<Config>): Promise<FaceDetector> {
  const options = { minConfidence: config.face.minDetectionScore, maxDetected: MAX_FACES, scale: DETECTOR_SCALE };
  let detect: DetectFaces;
  let model: string;
  let release = async () => {};
  if (config.face.detector === 'onnx') {
    const onnx = await loadOnnxBlazeFace(config, { ...options, iouThreshold: IOU_THRESHOLD });
    ({ detect } = onnx);
    model = `blazeface (@vladmandic/human ${onnx.version}, ONNX Runtime)`;
    release = () => onnx.dispose();
  } else {
    const loaded = await loadHumanDetector({ minScore: options.minConfidence, maxFaces: MAX_FACES, detectorScale: DETECTOR_SCALE });
    detect = (image) => detectWithHuman(loaded, image);
    model = `blazeface (@vladmandic/human ${loaded.version})`;
  }
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  return {
    model,
    detect(image) {
      if (disposed) return Promise.reject(new Error('face detector used after dispose()'));
      const run = queue.then(() => detectFaces(detect, image));
      queue = run.catch(() => undefined);
      return run;
    },
    async dispose() {
      // Human keeps its loaded weights in module variables of its bundle, shared by all instances in the process;
      // freeing them here would break other live detectors, so only this wrapper (and an ONNX session) is released.
      disposed = true;
      await release();
    },
  };
}

/** Human's faces for an RGB image (tfjs-WASM). */
async function detectWithHuman({ human, tf }: LoadedHuman, image: ImageInput): Promise<HumanFace[]> {
  const input = tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
  try {
    const result = await human.detect(input);
    if (result.error) throw new Error(`face detection failed: ${result.error}`);
    return result.face;
  } finally {
    input.dispose();
  }
}

async function detectFaces(detect: DetectFaces, image: ImageInput): Promise<DetectedFace[]> {
  const factor = Math.ceil(Math.max(image.width, image.height) / DETECT_MAX_SIDE);
  const small = downscaleByFactor(image, factor);
  const faces = await detect(small);
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
