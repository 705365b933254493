// Text engine registry: engine name → factory. The config's `text.engines` order picks the serving one.
import type { Config } from '../../config/schema.ts';
import type { EngineFactory } from '../types.ts';
import { createTransformersTextEngine } from './transformers-engine.ts';
import { createLiteTextEngine } from './lite-engine.ts';

/** Known text engines. */
export const textEngines: Record<string, EngineFactory<string, Readonly<Config>>> = {
  transformers: createTransformersTextEngine,
  lite: createLiteTextEngine,
};
