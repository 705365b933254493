// Facial-emotion engine registry: engines that read emotions from a face crop (detection happens before).
import type { Config } from '../../config/schema.ts';
import type { EngineFactory, ImageInput } from '../types.ts';
import { createVitEngine } from './vit-engine.ts';
import { createHumanEngine } from './human-engine.ts';

/** Known facial-emotion engines, by config name. Each analyses an RGB face crop. */
export const faceEmotionEngines: Record<string, EngineFactory<ImageInput, Readonly<Config>>> = {
  vit: createVitEngine,
  human: createHumanEngine,
};
