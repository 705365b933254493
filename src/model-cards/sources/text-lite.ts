// Card source of the lite text model (models/text-lite), the offline text-emotion engine.
import type { CardSource } from '../types.ts';
import { GOEMOTIONS } from './shared-data.ts';

/** The hand-written part of the text-lite card. */
export const textLite: CardSource = {
  name: 'text-lite',
  kind: 'model',
  title: 'lite text emotions (offline)',
  part: 'text',
  engines: ['lite'],
  summary: 'Reads the emotions in a journal entry (anger, disgust, fear, joy, neutral, sadness, surprise) with a small word- and character-pattern model trained by this project.',
  howGood: 'It picks the main emotion of a short Reddit comment correctly about two times in three (67 %; guessing gives about 14 %). It does better on very short texts (up to 10 words) than on longer ones, and worst on anger. A journal entry is longer and more personal than the comments it learned from, so treat its reading as a rough hint.',
  intendedUse: [
    'An offline estimate of the emotions in a personal English journal entry, as one input of the burnout-risk check-in.',
    'Comparing your own entries over time, next to your own judgement.',
  ],
  notIntendedUse: [
    'Judging other people, screening employees or any decision about a person.',
    'Diagnosis of any condition; texts in languages other than English.',
  ],
  trainingData: [GOEMOTIONS],
  recordedMetrics: [],
  disaggregated: [{
    by: 'length',
    metric: 'accuracy',
    data: 'GoEmotions Ekman dev (5,426 comments)',
    command: 'npx burnout eval text --engine lite --data ../shared/data/text/goemotions_ekman/dev.tsv --by length --json',
    date: '2026-12-05',
    groups: [
      { group: '1-10 words', n: 2270, value: 0.7079, interval: [0.6903, 0.7264] },
      { group: '11-30 words', n: 3156, value: 0.6423, interval: [0.6258, 0.6591] },
    ],
    note: 'Largest gap: 0.066 accuracy (macro-F1 0.664 vs 0.595). GoEmotions comments are short; no dev comment has more than 30 words, so longer journal entries are outside what was measured.',
  }],
  limitations: [
    'English only (other languages are refused by the language gate).',
    'Learned from Reddit comments, labelled by crowd workers with moderate agreement; sarcasm and mixed feelings are often missed.',
    'Class offsets were tuned on the same dev split the figures are reported on; the cross-fitted macro-F1 is the fairer estimate.',
    'No demographic columns exist in GoEmotions, so performance by age, gender or dialect is unknown.',
  ],
  reviewed: '2026-12-05',
};
