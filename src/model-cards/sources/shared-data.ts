// The data sets the cards name, written once: licence and provenance as the data READMEs give them.
import type { CardData } from '../types.ts';

/** GoEmotions (Ekman grouping): the lite text model's training data. */
export const GOEMOTIONS: CardData = {
  name: 'GoEmotions, Ekman grouping (Demszky et al. 2020)',
  licence: 'Apache-2.0 as listed on the Hugging Face card google-research-datasets/go_emotions (CC BY 4.0 could not be confirmed); the texts are Reddit comments.',
  provenance: 'English Reddit comments labelled by crowd workers, Ekman files from GitHub monologg/GoEmotions-pytorch (checked row by row against Google\'s ekman_mapping.json); ../shared/data/text/goemotions_ekman (SHA-256 of each file in metadata.json).',
};

/** Dreaddit: the stress-language model's training data and the text proxy of `eval risk`. */
export const DREADDIT: CardData = {
  name: 'Dreaddit train split (Turcan & McKeown 2019, arXiv:1911.00133)',
  licence: 'none stated by the authors (research data); the weights derived from it carry the same caveat — check before any commercial use.',
  provenance: 'Five-sentence segments of English Reddit posts from ten subreddits (abuse, anxiety, financial need, PTSD, relationships, stress), labelled stress / not stress by crowd workers; ../shared/data/text/dreaddit/dreaddit-train.csv.',
};

/** RAVDESS: evaluation only. */
export const RAVDESS: CardData = {
  name: 'RAVDESS speech, development half (Livingstone & Russo 2018) — evaluation only',
  licence: 'CC BY-NC-SA 4.0 (non-commercial).',
  provenance: '70 acted clips of 10 North American English-speaking professional actors (5 female, 5 male), two fixed sentences; ../shared/data/voice. No weight is fitted on it.',
};

/** FER-2013: evaluation only here. */
export const FER2013: CardData = {
  name: 'FER-2013 test-split crops (Goodfellow et al. 2013) — evaluation only here',
  licence: 'no explicit open licence (Kaggle competition data); research and evaluation only.',
  provenance: '474 grayscale 48×48 face crops gathered by Google image search, 7 expression classes; ../shared/data/face. No weight of this project is fitted on it.',
};
