// Card source of the hub speech-emotion engine (wav2vec2), used after `burnout models pull`.
import type { CardSource } from '../types.ts';

/** The hand-written part of the voice-transformers card. */
export const voiceTransformers: CardSource = {
  name: 'voice-transformers',
  kind: 'engine',
  title: 'wav2vec2 speech emotions (hub model)',
  part: 'voice',
  engines: ['acoustic+transformers', 'transformers'],
  summary: 'Names the emotion in your voice with a wav2vec2 speech-emotion model (onnx-community/wav2vec2-emotion-recognition-ONNX), when it has been downloaded; the acoustic features are computed beside it.',
  howGood: 'Its authors report about 80 % accuracy on their own validation set of acted speech. It was trained on RAVDESS among others, so the project\'s RAVDESS clips cannot test it fairly, and it was not re-measured here.',
  intendedUse: ['One weak input to your own check-in.'],
  notIntendedUse: ['Emotion recognition of other people or employees (banned at work under the EU AI Act); diagnosis.'],
  trainingData: [
    { name: 'TESS, CREMA-D, SAVEE and RAVDESS (per the authors\' card)', licence: 'model on the Hugging Face hub; RAVDESS is CC BY-NC-SA 4.0, so check the hub card before commercial use.', provenance: 'Hub id onnx-community/wav2vec2-emotion-recognition-ONNX (conversion of Dpngtm/wav2vec2-emotion-recognition); downloaded only by `npx burnout models pull`.' },
  ],
  recordedMetrics: [
    { figure: 'accuracy (authors, their validation set)', value: 0.7957, data: 'the authors\' own split (not re-measured)', command: 'npx burnout models pull --modality voice && npx burnout eval voice --data ../shared/data/voice --by gender --json' },
  ],
  limitations: ['Acted speech only; everyday tired speech differs.', 'RAVDESS is in its training data: scores on it are memorised, not general.', 'English-speaking actors only.'],
  reviewed: '2026-12-05',
};
