// Test model cache: a temp folder as models.cacheDir, a config pointing at it, and tiny models under the configured ids.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../../src/config/schema.ts';
import { loadConfig } from '../../../src/config/load.ts';
import { localModelDir } from '../../../src/hub/pull.ts';
import type { TinyModelOptions } from './model-folder.ts';
import { writeTinyAudioModel } from './tiny-audio-model.ts';
import { writeTinyImageModel } from './tiny-image-model.ts';
import { writeTinyTextModel } from './tiny-text-model.ts';

/** Which tiny models to write (omitted or false: none for that modality). */
export interface CacheSpec {
  text?: TinyModelOptions | boolean;
  voice?: (TinyModelOptions & { labels?: readonly string[] }) | boolean;
  face?: TinyModelOptions | boolean;
  /** Extra BURNOUT_* overrides for the config (the cache folder is always set). */
  env?: Record<string, string>;
}

/** A temp model cache and the config that uses it. */
export interface TestModelCache {
  root: string;
  config: Readonly<Config>;
  /** A config for the same cache with more BURNOUT_* overrides. */
  withEnv(env: Record<string, string>): Readonly<Config>;
  cleanup(): Promise<void>;
}

/** Creates a temp models.cacheDir and writes the requested tiny models where the config expects them. */
export async function createTestModelCache(spec: CacheSpec = {}): Promise<TestModelCache> {
  const root = await mkdtemp(join(tmpdir(), 'burnout-models-'));
  const withEnv = (env: Record<string, string>) => loadConfig({ env: { BURNOUT_MODELS_CACHE_DIR: root, ...spec.env, ...env } });
  const config = withEnv({});
  const opts = <T extends object>(v: T | boolean | undefined): T | null => (v === undefined || v === false ? null : v === true ? ({} as T) : v);
  const text = opts(spec.text);
  const voice = opts(spec.voice);
  const face = opts(spec.face);
  if (text) await writeTinyTextModel(localModelDir(config, config.text.transformersModel), text);
  if (voice) await writeTinyAudioModel(localModelDir(config, config.voice.transformersModel), voice);
  if (face) await writeTinyImageModel(localModelDir(config, config.face.vitModel), face);
  return { root, config, withEnv, cleanup: () => rm(root, { recursive: true, force: true }) };
}
