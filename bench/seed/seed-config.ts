// The configuration that points the project's engines at the seed-architecture model folders: BURNOUT_* variables,
// so that the library (loadConfig with them) and the server child (its environment) read exactly the same settings.
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';

/** The ONNX weight variants the benchmark compares. */
export type SeedDtype = 'q8' | 'fp32';

/** Folder names that `make_tjs_models.sh OUT_DIR` creates under OUT_DIR/tjs. */
export const SEED_MODELS = { text: 'text-distilroberta', face: 'face-vit', voice: 'voice-wav2vec2' } as const;

/**
 * BURNOUT_* settings for the three seed models in `modelsDir` (the `tjs` folder) with weights `dtype`: text and face
 * on their transformers.js engines only (no fallback to the offline engines, so a failed load is an error), voice
 * with the IEMOCAP label table of the seed's superb-er model. `extra` adds or overrides settings.
 */
export function seedEnv(modelsDir: string, dtype: SeedDtype, extra: Record<string, string> = {}): Record<string, string> {
  return {
    BURNOUT_MODELS_CACHE_DIR: modelsDir,
    BURNOUT_MODELS_DTYPE: dtype,
    BURNOUT_TEXT_ENGINES: 'transformers',
    BURNOUT_TEXT_TRANSFORMERS_MODEL: SEED_MODELS.text,
    BURNOUT_VOICE_ENGINES: 'transformers',
    BURNOUT_VOICE_TRANSFORMERS_MODEL: SEED_MODELS.voice,
    BURNOUT_VOICE_TRANSFORMERS_LABELS: 'iemocap',
    BURNOUT_FACE_ENGINES: 'vit',
    BURNOUT_FACE_VIT_MODEL: SEED_MODELS.face,
    ...extra,
  };
}

/** The project's config (config.yaml of the checkout) with the seed settings applied on top of the environment. */
export function seedConfig(modelsDir: string, dtype: SeedDtype, extra: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({ env: { ...process.env, ...seedEnv(modelsDir, dtype, extra) } });
}
