// Config section `face`: image limits, detection and facial-emotion engines.
import { z } from 'zod';

export const faceSection = z.object({
  /** Facial-emotion engines in preference order; the first that loads serves. Known: vit, human. */
  engines: z.array(z.enum(['vit', 'human'])).min(1).default(['vit', 'human']),
  /** Hub id (or folder under models.cacheDir) of the transformers.js image-classification model. */
  vitModel: z.string().min(1).default('trpakov/vit-face-expression'),
  /** Largest decoded image accepted, in pixels (width × height). */
  maxPixels: z.number().int().positive().default(25_000_000),
  /**
   * Where the BlazeFace detector runs: `onnx` (converted from Human's model at load, in the ONNX Runtime thread: ~6 ms
   * there instead of ~25–40 ms of tfjs-WASM on the analysing thread) or `human` (Human on tfjs-WASM). Same boxes to
   * float rounding (docs/face.md).
   */
  detector: z.enum(['onnx', 'human']).default('onnx'),
  /** BlazeFace detections scoring below this (0–1) are ignored (lower finds more faces and more false ones). */
  minDetectionScore: z.number().min(0).max(1).default(0.5),
  /** Smallest face side, in pixels, that is analysed; smaller faces are rejected with their size. */
  minFacePx: z.number().int().positive().default(40),
  /** Images that are square and at most this many pixels wide are treated as face crops (no detection). */
  cropMaxSidePx: z.number().int().positive().default(128),
  /**
   * Horizontal-flip test-time augmentation (average of the crop and its mirror image). Off by default: on the
   * development crops it did not pay (Human 0.652 with it, 0.656 without) and it runs the emotion net on a batch of 2
   * (ViT q8 +58 ms per check-in; docs/face.md, docs/performance.md).
   */
  flipTta: z.boolean().default(false),
}).strict();
