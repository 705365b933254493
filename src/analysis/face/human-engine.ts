// Facial-emotion engine `human`: Human's own FER-2013 emotion CNN on an RGB face crop; weights ship in its npm package.
import type * as tfjs from '@tensorflow/tfjs';
import type { Config } from '../../config/schema.ts';
import { LABEL_MAPS, mapToCanonical } from '../../emotions.ts';
import { BurnoutError } from '../../errors.ts';
import type { Engine, ImageInput, ModalityResult } from '../types.ts';
import { isValidRgb } from './face-image.ts';
import { loadHumanEmotionModel } from './human-loader.ts';

/** The net's seven outputs, in order (FER-2013 label ids 0–6, as Human's gear/emotion.ts annotates a 1-channel model). */
export const HUMAN_EMOTION_LABELS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'] as const;

/** Human's grey weights (src/tfjs/constants.ts `rgb`, MATLAB rgb2gray). */
const RGB_TO_GREY = [0.2989, 0.587, 0.114];
const INPUT_SIDE = 64;

/**
 * Loads the emotion net from Human's package. `analyze` repeats Human's preprocessing (src/gear/emotion.ts) exactly:
 * pixels scaled to 0–1, bilinear resize to 64×64 (tf.image.resizeBilinear, no corner alignment), grey = 0.2989 R +
 * 0.587 G + 0.114 B, then (grey − 0.5) × 2; the net's softmax is used as is. With config.face.flipTta the crop and its
 * mirror image run as one batch of two and their probabilities are averaged.
 */
export async function createHumanEngine(config: Readonly<Config>): Promise<Engine<ImageInput>> {
  const { tf, model, version } = await loadHumanEmotionModel();
  const inShape = model.inputs[0]?.shape ?? [];
  if (inShape[1] !== INPUT_SIDE || inShape[2] !== INPUT_SIDE || inShape[3] !== 1) {
    model.dispose();
    throw new BurnoutError('MODEL_LOAD_FAILED', `Human's emotion model has an unexpected input shape ${inShape.join('×')}`);
  }
  const name = `human-emotion (@vladmandic/human ${version}, FER-2013 CNN)`;
  const flip = config.face.flipTta;
  let disposed = false;

  return {
    name: 'human',
    model: name,
    async analyze(crop: ImageInput): Promise<ModalityResult> {
      if (disposed) throw new Error('human engine used after dispose()');
      if (!isValidRgb(crop)) return { status: 'rejected', reason: 'the face crop is empty or not RGB' };
      const started = performance.now();
      const probs = tf.tidy(() => (model.execute(preprocess(tf, crop, flip)) as tfjs.Tensor2D).mean(0));
      const values = await probs.data();
      probs.dispose();
      if (values.length !== HUMAN_EMOTION_LABELS.length) throw new Error(`Human's emotion model gave ${values.length} scores, not 7`);
      const scores = HUMAN_EMOTION_LABELS.map((label, i) => ({ label, score: values[i] ?? 0 }));
      const { emotions, covered } = mapToCanonical(scores, LABEL_MAPS.fer);
      return {
        status: 'ok',
        emotions,
        covered,
        features: {},
        engine: 'human',
        model: name,
        latencyMs: performance.now() - started,
      };
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      model.dispose();
    },
  };
}

/** The net's input for one crop: [1, 64, 64, 1], or [2, 64, 64, 1] with its mirror image when `flip` is set. */
function preprocess(tf: typeof tfjs, crop: ImageInput, flip: boolean): tfjs.Tensor4D {
  const pixels = tf.tensor4d(Float32Array.from(crop.data), [1, crop.height, crop.width, 3]).div(255) as tfjs.Tensor4D;
  const resized = tf.image.resizeBilinear(pixels, [INPUT_SIDE, INPUT_SIDE], false);
  const grey = tf.sum(tf.mul(resized, tf.tensor1d(RGB_TO_GREY)), 3, true);
  const input = tf.mul(tf.sub(grey, 0.5), 2) as tfjs.Tensor4D;
  return flip ? tf.concat([input, tf.reverse(input, 2)], 0) : input;
}
