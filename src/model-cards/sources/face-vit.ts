// Card source of the hub face engine (ViT facial expression), used after `burnout models pull`.
import type { CardSource } from '../types.ts';

/** The hand-written part of the face-vit card. */
export const faceVit: CardSource = {
  name: 'face-vit',
  kind: 'engine',
  title: 'ViT facial expressions (hub model)',
  part: 'face',
  engines: ['vit'],
  summary: 'Reads the expression of the face in your photo with trpakov/vit-face-expression, a vision transformer fine-tuned on FER-2013, when it has been downloaded.',
  howGood: 'Its author reports 71 % accuracy on the FER-2013 test split. Its training data is FER-2013, so the project\'s FER-2013 crops are in-domain for it and were not used to re-measure it here.',
  intendedUse: ['One input to your own check-in, from a photo of yourself.'],
  notIntendedUse: ['Reading other people\'s faces; any workplace use; identity or health decisions.'],
  trainingData: [
    { name: 'FER-2013 (per the author\'s card)', licence: 'model on the Hugging Face hub; FER-2013 has no explicit open licence — check before commercial use.', provenance: 'Hub id trpakov/vit-face-expression (onnx/model.onnx); downloaded only by `npx burnout models pull`.' },
  ],
  recordedMetrics: [
    { figure: 'accuracy (author, FER-2013 test)', value: 0.7116, data: 'FER-2013 public test split (not re-measured)', command: 'npx burnout models pull --modality face && npx burnout eval face --engine vit --data ../shared/data/face --by fer_usage --json' },
  ],
  limitations: ['Western-skewed web faces; other groups not measured.', 'Only fp32 weights exist (343 MB); slower than Human\'s net.'],
  reviewed: '2026-12-05',
};
