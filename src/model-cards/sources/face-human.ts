// Card source of Human's facial-emotion net (offline face engine, weights shipped in its npm package).
import type { CardSource } from '../types.ts';
import { FER2013 } from './shared-data.ts';

/** The hand-written part of the face-human card. */
export const faceHuman: CardSource = {
  name: 'face-human',
  kind: 'engine',
  title: 'Human facial expressions (offline)',
  part: 'face',
  engines: ['human'],
  summary: 'Finds your face in the photo (BlazeFace) and reads its expression with the small FER-2013 emotion net that ships with the @vladmandic/human package.',
  howGood: 'On 474 posed and candid face crops from FER-2013 it names the expression right about 65 times in 100 (people agree with these labels about 65 % of the time too). A face shows an expression, not a feeling: a neutral face at the end of a hard day is still neutral.',
  intendedUse: ['One input to your own check-in, from a photo you take of yourself.'],
  notIntendedUse: ['Reading other people\'s faces; any workplace use (emotion recognition from faces at work is banned under the EU AI Act); identity or health decisions.'],
  trainingData: [
    { name: 'FER-2013 (oarriaga/face_classification, per Human\'s documentation)', licence: 'Human is MIT-licensed; FER-2013 itself has no explicit open licence.', provenance: 'node_modules/@vladmandic/human/models/emotion.*, version pinned in package.json.' },
    FER2013,
  ],
  recordedMetrics: [
    { figure: 'accuracy (flip TTA on, the default)', value: 0.6519, data: 'FER-2013 test-split crops, 474', command: 'npx burnout eval face --engine human --data ../shared/data/face --json' },
    { figure: 'macro-F1 (flip TTA on)', value: 0.6569, data: 'FER-2013 test-split crops, 474', command: 'npx burnout eval face --engine human --data ../shared/data/face --json' },
  ],
  disaggregated: [{
    by: 'fer_usage',
    metric: 'accuracy',
    data: 'FER-2013 test-split crops (474)',
    command: 'npx burnout eval face --engine human --data ../shared/data/face --by fer_usage --json',
    date: '2026-12-05',
    groups: [
      { group: 'PrivateTest', n: 251, value: 0.6614, interval: [0.6016, 0.7211] },
      { group: 'PublicTest', n: 223, value: 0.6413, interval: [0.5785, 0.704] },
    ],
    note: 'Largest gap: 0.020, inside the intervals. FER-2013 carries no age, gender or skin-tone column, so the fairness across people that matters most cannot be measured with it.',
  }],
  limitations: ['Learned from web images that over-represent Western faces; performance for other groups is unknown.', 'Posed and web photos; lighting, glasses and head pose lower accuracy.', 'Grayscale 64×64 input: fine detail is lost.'],
  reviewed: '2026-12-05',
};
