// The face modality analyzer: face detection (or the crop rule), then the first facial-emotion engine that loads.
import type { Config } from '../../config/schema.ts';
import { topEmotion, type EmotionScores } from '../../emotions.ts';
import { toBurnoutError } from '../../errors.ts';
import { loadFirstEngine, type EngineChoice } from '../engine-registry.ts';
import type { Engine, FeatureMap, ImageInput, ModalityOk, ModalityResult } from '../types.ts';
import { createFaceDetector, type FaceBox, type FaceDetector } from './face-detector.ts';
import { cropAndResize, isFaceCropInput, isValidRgb } from './face-image.ts';
import { faceEmotionEngines } from './registry.ts';

/**
 * Largest side of the face crop handed to an emotion engine that does not name its input side (Human's net resizes
 * to 64 itself); an engine that does (ViT: 224) gets its crop at exactly that side.
 */
export const MAX_CROP_SIDE = 224;

/**
 * The face loader: the first engine of config.face.engines that loads, plus the BlazeFace detector. Without an
 * emotion engine or a detector there is no analyzer (engine null) and the statuses say why.
 */
export async function loadFaceAnalyzer(config: Readonly<Config>): Promise<EngineChoice<ImageInput>> {
  const choice = await loadFirstEngine(faceEmotionEngines, config.face.engines, config);
  if (!choice.engine) return choice;
  try {
    const detector = await createFaceDetector(config);
    return { engine: createFaceAnalyzer(config, detector, choice.engine), statuses: choice.statuses };
  } catch (e) {
    await choice.engine.dispose();
    const err = toBurnoutError(e);
    const reason = `face detector failed to load: ${err.code === 'INTERNAL' && e instanceof Error ? e.message : err.message}`;
    return { engine: null, statuses: [...choice.statuses, { name: 'detector', ok: false, reason, hint: err.hint }] };
  }
}

/**
 * Wraps a detector and an emotion engine into the face Engine: picks the largest face (or the whole image when it is
 * a face crop), rejects no face / too small a face, crops, and reads the emotions. Disposing it disposes both.
 */
export function createFaceAnalyzer(config: Readonly<Config>, detector: FaceDetector, emotion: Engine<ImageInput>): Engine<ImageInput> {
  const { minFacePx, cropMaxSidePx } = config.face;
  return {
    name: emotion.name,
    model: emotion.model,
    async analyze(image: ImageInput): Promise<ModalityResult> {
      if (!isValidRgb(image)) return { status: 'rejected', reason: 'the image is empty or its pixels are not RGB' };
      const started = performance.now();
      const cropInput = isFaceCropInput(image, cropMaxSidePx);
      const notes: string[] = [];
      let box: FaceBox = { x: 0, y: 0, width: image.width, height: image.height };
      let crop: ImageInput = { data: image.data, width: image.width, height: image.height };
      let faceCount = 1;
      let detectionScore: number | null = null;
      let faceSizePx = Math.min(image.width, image.height);
      if (cropInput) {
        notes.push('the image was taken as a face crop, so face detection was skipped');
      } else {
        const faces = await detector.detect(image);
        const face = faces[0];
        if (!face) return { status: 'rejected', reason: 'no face found' };
        ({ box, score: detectionScore, sizePx: faceSizePx } = face);
        faceCount = faces.length;
        if (faceCount > 1) notes.push(`${faceCount} faces were found; the largest (${faceSizePx} px) was analysed`);
        // Cropped straight to the model's input: a smaller face cropped at its own size went through a second,
        // libvips resize in the ViT processor (222 → 224 px for the seed photo: ~3.6 ms, a thread hop and its copies).
        const regionPx = (face.region[3] - face.region[1]) * image.width;
        const side = emotion.inputSide ?? Math.max(1, Math.min(MAX_CROP_SIDE, Math.round(regionPx)));
        crop = cropAndResize(image, face.region, side);
      }
      if (faceSizePx < minFacePx) {
        return { status: 'rejected', reason: `the face is too small: ${faceSizePx} px across, at least ${minFacePx} px needed` };
      }
      const read = await emotion.analyze({ ...crop, isFaceCrop: true });
      if (read.status !== 'ok') return read;
      const features: FeatureMap = {
        faceCount, detectionScore, faceSizePx,
        boxX: box.x, boxY: box.y, boxW: box.width, boxH: box.height,
        cropInput: cropInput ? 1 : 0,
      };
      const result: ModalityOk = {
        ...read,
        features: { ...read.features, ...features },
        details: { ...read.details, box, detector: cropInput ? null : detector.model },
        explanation: explain(read.emotions),
        notes: [...notes, ...(read.notes ?? [])],
        latencyMs: performance.now() - started,
      };
      return result;
    },
    async dispose() {
      await Promise.all([emotion.dispose(), detector.dispose()]);
    },
  };
}

function explain(emotions: EmotionScores | null): string[] {
  if (!emotions) return [];
  const top = topEmotion(emotions);
  return [
    `The facial expression reads mostly as ${top} (${Math.round(emotions[top] * 100)} %).`,
    'One photo shows a moment, not a mood: the face counts as one weak signal among several.',
  ];
}
