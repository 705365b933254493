// Speech-emotion engine registry (deep engines only; acoustic features need no weights and always run).
import type { Config } from '../../config/schema.ts';
import type { AudioInput, EngineFactory } from '../types.ts';
import { createTransformersVoiceEngine } from './transformers-engine.ts';

/** Known speech-emotion engines, by config name. */
export const voiceEmotionEngines: Record<string, EngineFactory<AudioInput, Readonly<Config>>> = {
  transformers: createTransformersVoiceEngine,
};
