// What travels between an engine thread and the thread that uses it: the load outcome, inputs in, results out.
import type { WireError } from '../../errors-wire.ts';
import type { Config } from '../../config/schema.ts';
import type { EngineStatus } from '../engine-registry.ts';
import type { Modality, ModalityResult } from '../types.ts';

/** What an engine thread is started with. */
export interface EngineThreadData {
  config: Config;
  modality: Modality;
}

/** From the engine thread. */
export type EngineThreadMessage =
  | { kind: 'loaded'; statuses: EngineStatus[]; engine: { name: string; model: string } | null }
  | { kind: 'load-failed'; error: WireError }
  | { kind: 'result'; id: number; result: ModalityResult }
  | { kind: 'failed'; id: number; error: WireError }
  | { kind: 'disposed' };

/** To the engine thread. */
export type EngineThreadRequest =
  | { kind: 'analyze'; id: number; input: unknown }
  | { kind: 'dispose' };
