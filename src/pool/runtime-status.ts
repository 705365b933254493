// What a loaded AssessRuntime reports about itself: each engine's status and the fusion model's identity (shown by
// GET /api/models and stored with each assessment). Computed inside the worker that holds the runtime.
import type { EngineStatus } from '../analysis/engine-registry.ts';
import type { AssessRuntime } from '../assess.ts';

/** Engine status per modality and the fusion model's identity, from a loaded runtime. */
export function runtimeStatuses(runtime: AssessRuntime): Record<string, EngineStatus[]> {
  const out: Record<string, EngineStatus[]> = {};
  for (const [m, statuses] of Object.entries(runtime.engines.statuses)) out[m] = statuses ?? [];
  out.fusion = [{ name: 'attention', ok: true, model: fusionModelName(runtime) }];
  return out;
}

/** A short identity of the runtime's fusion model, stored with each assessment. */
export function fusionModelName(runtime: AssessRuntime): string {
  const meta = runtime.fusion.metadata;
  return `${meta.format} (${meta.representation}, ${meta.parameterCount} parameters)`;
}
