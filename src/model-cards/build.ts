// Builds model cards from their sources and the models' metadata.json (reads files), and finds stale card files.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_SOURCES, cardPath } from './catalog.ts';
import { metadataDate, metadataMetrics } from './metadata-metrics.ts';
import { renderCard } from './render.ts';
import type { CardSource, ModelCard } from './types.ts';

/** The full card of a source: for a shipped model, its figures read from `<root>/models/<name>/metadata.json`. */
export function buildCard(root: string, source: CardSource): ModelCard {
  if (source.kind !== 'model') return { ...source, metadataMetrics: [], modelDate: null, metadata: null };
  const path = `models/${source.name}/metadata.json`;
  const bytes = readFileSync(join(root, path));
  const metadata = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  return {
    ...source,
    metadataMetrics: metadataMetrics(source.name, metadata),
    modelDate: metadataDate(metadata),
    metadata: { path, sha256: createHash('sha256').update(bytes).digest('hex').slice(0, 16) },
  };
}

/** Every card, built. */
export function buildAllCards(root: string): ModelCard[] {
  return CARD_SOURCES.map((s) => buildCard(root, s));
}

/** A card file as it is and as the generator would write it now. */
export interface CardFileState {
  name: string;
  path: string;
  expected: string;
  /** The file's content, or null when it does not exist. */
  actual: string | null;
  stale: boolean;
}

/** Compares one card file under `root` with what the generator would write now. */
export function cardFileState(root: string, source: CardSource): CardFileState {
  const path = cardPath(source);
  const expected = renderCard(buildCard(root, source));
  const actual = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null;
  return { name: source.name, path, expected, actual, stale: actual !== expected };
}

/** Compares every card file under `root` with what the generator would write now. */
export function cardFileStates(root: string): CardFileState[] {
  return CARD_SOURCES.map((s) => cardFileState(root, s));
}
