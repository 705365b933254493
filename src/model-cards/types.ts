// The shapes of a model card: the hand-written source (plain words, uses, data, limitations, recorded evaluations)
// and the figures generated from a model's metadata.json. Rendered to Markdown and served to the dashboard.

/** What a card describes: a model this project ships (models/<name>) or an engine it can load. */
export type CardKind = 'model' | 'engine';

/** One training or evaluation data set: what it is, its licence and where it came from. */
export interface CardData {
  name: string;
  licence: string;
  provenance: string;
}

/** One figure: its value on which data, and the command that reproduces it. */
export interface CardMetric {
  figure: string;
  value: number;
  data: string;
  command: string;
}

/** Per-group figures of one evaluation run (`burnout eval … --by COLUMN`), recorded with its command and date. */
export interface CardGroups {
  by: string;
  metric: string;
  data: string;
  command: string;
  date: string;
  groups: Array<{ group: string; n: number; value: number; interval: [number, number] }>;
  /** What the gap means, in words. */
  note: string;
}

/** The hand-written part of a card. */
export interface CardSource {
  /** models/<name> for a model; the engine's card name for an engine. */
  name: string;
  kind: CardKind;
  title: string;
  /** The modality (or stage) the card belongs to, for links from the dashboard's result cards. */
  part: 'text' | 'voice' | 'face' | 'risk' | 'trend';
  /** Engine names (as results name them) this card covers. */
  engines: readonly string[];
  /** In plain words: what it does. */
  summary: string;
  /** In plain words: how good it is, and for whom it does worse. */
  howGood: string;
  intendedUse: readonly string[];
  notIntendedUse: readonly string[];
  trainingData: readonly CardData[];
  limitations: readonly string[];
  /** Figures measured outside metadata.json (published by the authors, or by `burnout eval`), with their commands. */
  recordedMetrics?: readonly CardMetric[];
  disaggregated?: readonly CardGroups[];
  /** The day the hand-written part was last reviewed (YYYY-MM-DD). */
  reviewed: string;
}

/** A full card: the source, the figures from metadata.json, and where the metadata came from. */
export interface ModelCard extends CardSource {
  /** Figures read from metadata.json (empty for an engine without one). */
  metadataMetrics: CardMetric[];
  /** The model's own date from metadata.json, when it records one. */
  modelDate: string | null;
  /** Path of the metadata.json (repository-relative) and the first 16 hex digits of its SHA-256. */
  metadata: { path: string; sha256: string } | null;
}
