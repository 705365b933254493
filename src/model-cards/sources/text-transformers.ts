// Card source of the hub text engine (DistilRoBERTa emotion, ONNX), used after `burnout models pull`.
import type { CardSource } from '../types.ts';

/** The hand-written part of the text-transformers card. */
export const textTransformers: CardSource = {
  name: 'text-transformers',
  kind: 'engine',
  title: 'DistilRoBERTa text emotions (hub model)',
  part: 'text',
  engines: ['transformers'],
  summary: 'Reads the emotions in a journal entry with j-hartmann/emotion-english-distilroberta-base (an ONNX conversion), a 82-million-parameter language model, when it has been downloaded.',
  howGood: 'Its authors report 66 % accuracy on a balanced hold-out of six English corpora (guessing: 14 %). It was not re-measured here, and GoEmotions is among its training corpora, so a score on the project\'s GoEmotions data would be optimistic.',
  intendedUse: ['Emotion estimate of a personal English journal entry, when downloaded; otherwise the lite model serves.'],
  notIntendedUse: ['Judging other people; languages other than English; diagnosis.'],
  trainingData: [
    { name: 'Six English emotion corpora incl. GoEmotions (per the authors\' card)', licence: 'model released on the Hugging Face hub by its author; see the hub card of j-hartmann/emotion-english-distilroberta-base before commercial use.', provenance: 'Hub id Bachkippe/emotion-english-distilroberta-base_onnx (config text.transformersModel); downloaded only by `npx burnout models pull`, never committed.' },
  ],
  recordedMetrics: [
    { figure: 'accuracy (authors, 20 % hold-out)', value: 0.66, data: 'the authors\' own balanced split (not re-measured)', command: 'npx burnout models pull --modality text && npx burnout eval text --engine transformers --data ../shared/data/text/goemotions_ekman/dev.tsv' },
  ],
  limitations: ['English only.', 'Text longer than 512 tokens is cut; the result says so.', 'Not re-measured on this machine (the hub is unreachable here).'],
  reviewed: '2026-12-05',
};
