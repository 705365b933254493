// A set of loaded engines (one per modality), reused across analyses; runs the modalities concurrently.
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import type { EngineStatus } from './engine-registry.ts';
import { MODALITY_LOADERS } from './loaders.ts';
import { MODALITIES, type Engine, type Modality, type ModalityInputs, type ModalityResult } from './types.ts';

/** Loaded engines and why each configured engine did or did not load. */
export interface EngineSet {
  engines: { [M in Modality]?: Engine<ModalityInputs[M]> };
  statuses: { [M in Modality]?: EngineStatus[] };
  dispose(): Promise<void>;
}

/**
 * Loads the serving engine for each requested modality (in parallel); the hub models' sessions go to the ONNX Runtime
 * thread (src/analysis/onnx/). A modality with no engine stays unset.
 */
export async function loadEngineSet(config: Readonly<Config>, modalities: readonly Modality[] = MODALITIES): Promise<EngineSet> {
  const set: EngineSet = {
    engines: {},
    statuses: {},
    async dispose() {
      await Promise.all(Object.values(set.engines).map((e) => e?.dispose()));
      set.engines = {};
    },
  };
  await Promise.all(
    modalities.map(async (m) => {
      const loader = MODALITY_LOADERS[m] as ((c: Readonly<Config>) => Promise<{ engine: unknown; statuses: EngineStatus[] }>) | undefined;
      if (!loader) {
        set.statuses[m] = [{ name: '-', ok: false, reason: `no ${m} engine is available in this version` }];
        return;
      }
      const choice = await loader(config);
      set.statuses[m] = choice.statuses;
      if (choice.engine) (set.engines as Record<string, unknown>)[m] = choice.engine;
    }),
  );
  return set;
}

/** Per-modality results; a modality not given is `absent`. */
export type ModalityResults = Record<Modality, ModalityResult>;

/**
 * Analyses every given input concurrently with the set's engines. A given modality whose engines all failed to
 * load raises MODEL_MISSING with every reason (never a fabricated result).
 */
export async function analyzeInputs(set: EngineSet, inputs: Partial<ModalityInputs>): Promise<ModalityResults> {
  const entries = await Promise.all(
    MODALITIES.map(async (m): Promise<[Modality, ModalityResult]> => {
      const input = inputs[m];
      if (input === undefined) return [m, { status: 'absent', reason: `no ${m} input was given` }];
      const engine = set.engines[m] as Engine<typeof input> | undefined;
      if (!engine) {
        const why = (set.statuses[m] ?? []).map((s) => `${s.name}: ${s.reason}`).join('; ');
        const hint = (set.statuses[m] ?? []).find((s) => s.hint)?.hint;
        throw new BurnoutError('MODEL_MISSING', `no ${m} engine could load (${why})`, { hint });
      }
      return [m, await engine.analyze(input)];
    }),
  );
  return Object.fromEntries(entries) as ModalityResults;
}
