// Card source of the stress-language model (models/text-stress), part of every text analysis.
import type { CardSource } from '../types.ts';
import { DREADDIT } from './shared-data.ts';

/** The hand-written part of the text-stress card. */
export const textStress: CardSource = {
  name: 'text-stress',
  kind: 'model',
  title: 'stress language in the journal',
  part: 'text',
  engines: ['lite', 'transformers'],
  summary: 'Gives the probability that a journal entry uses stress language, learned from Reddit posts labelled stressed / not stressed; the risk model reads it beside the emotions.',
  howGood: 'Out of fold on the Reddit posts it learned from, it ranks a stressed post above a calm one about 86 times in 100, and its probabilities are well calibrated there. Posts were all from help-seeking communities (abuse, anxiety, PTSD, money, relationships); everyday work diaries were never measured.',
  intendedUse: ['One signal in the journal analysis of a personal English check-in.'],
  notIntendedUse: ['Detecting stress in other people\'s messages or at work; any clinical screening.'],
  trainingData: [DREADDIT],
  limitations: [
    'English only; Reddit posts of ten subreddits, not diaries.',
    'Labels are crowd judgements of stress in a post, not a measure of burnout.',
    'The Dreaddit test split was not used; figures are out-of-fold on the train split.',
    'Per-subreddit figures: run `npx burnout eval risk --proxy dreaddit --folds 5 --data ../shared/data/text/dreaddit/dreaddit-train.csv --by subreddit --json` (the fused risk on text only, out of fold).',
  ],
  reviewed: '2026-12-05',
};
