// One loader per modality: turns config into the serving engine (first that loads) plus every engine's status.
import type { Config } from '../config/schema.ts';
import type { EngineChoice } from './engine-registry.ts';
import type { Modality, ModalityInputs } from './types.ts';
import { loadTextAnalyzer } from './text/text-analyzer.ts';
import { loadVoiceAnalyzer } from './voice/analyzer.ts';
import { loadFaceAnalyzer } from './face/face-analyzer.ts';

/** A loader picks the serving engine for one modality. */
export type ModalityLoader<M extends Modality> = (config: Readonly<Config>) => Promise<EngineChoice<ModalityInputs[M]>>;

/** Loaders by modality. Voice and face are added by their stages. */
export const MODALITY_LOADERS: { [M in Modality]?: ModalityLoader<M> } = {
  text: loadTextAnalyzer,
  voice: loadVoiceAnalyzer,
  face: loadFaceAnalyzer,
};
