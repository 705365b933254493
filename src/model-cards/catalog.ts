// Every card the project has: the shipped models (models/<name>/MODEL_CARD.md) and the loadable engines
// (docs/model-cards/<name>.md), and which card covers a result's engine. Pure: the web imports it too.
import type { CardSource } from './types.ts';
import { faceHuman } from './sources/face-human.ts';
import { faceVit } from './sources/face-vit.ts';
import { fusion } from './sources/fusion.ts';
import { textLite } from './sources/text-lite.ts';
import { textStress } from './sources/text-stress.ts';
import { textTransformers } from './sources/text-transformers.ts';
import { trend } from './sources/trend.ts';
import { voiceAcoustic } from './sources/voice-acoustic.ts';
import { voiceTransformers } from './sources/voice-transformers.ts';

/** All card sources, shipped models first. */
export const CARD_SOURCES: readonly CardSource[] = [fusion, textLite, textStress, trend, textTransformers, voiceAcoustic, voiceTransformers, faceHuman, faceVit];

/** The card source named `name`, or undefined. */
export function cardSource(name: string): CardSource | undefined {
  return CARD_SOURCES.find((c) => c.name === name);
}

/** The repository-relative path of a card. */
export function cardPath(source: Pick<CardSource, 'kind' | 'name'>): string {
  return source.kind === 'model' ? `models/${source.name}/MODEL_CARD.md` : `docs/model-cards/${source.name}.md`;
}

/**
 * The card that covers a result part: for a modality the card of the engine that served (falling back to the first
 * card of that modality), for `risk` and `trend` their model's card.
 */
export function cardNameFor(part: CardSource['part'], engine?: string): string | undefined {
  const ofPart = CARD_SOURCES.filter((c) => c.part === part);
  return (ofPart.find((c) => engine !== undefined && c.engines.includes(engine)) ?? ofPart[0])?.name;
}
