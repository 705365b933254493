// Shared "first engine that loads serves" logic for every modality's registry, with reasons for the others.
import { BurnoutError, toBurnoutError } from '../errors.ts';
import type { Engine, EngineFactory } from './types.ts';

/** Why an engine did or did not load. */
export interface EngineStatus {
  name: string;
  ok: boolean;
  model?: string;
  reason?: string;
  hint?: string;
}

/** The engine chosen for a modality plus the status of every configured engine, in order. */
export interface EngineChoice<I> {
  engine: Engine<I> | null;
  statuses: EngineStatus[];
}

/**
 * Tries the configured engine names in order and returns the first that loads.
 * Engines after the chosen one are reported as `not tried`. Unknown names are reported, not thrown.
 */
export async function loadFirstEngine<I, C>(
  registry: Readonly<Record<string, EngineFactory<I, C>>>,
  order: readonly string[],
  config: C,
): Promise<EngineChoice<I>> {
  const statuses: EngineStatus[] = [];
  let engine: Engine<I> | null = null;
  for (const name of order) {
    if (engine) {
      statuses.push({ name, ok: false, reason: `not tried: ${engine.name} serves first` });
      continue;
    }
    const factory = registry[name];
    if (!factory) {
      statuses.push({ name, ok: false, reason: `unknown engine (known: ${Object.keys(registry).join(', ')})` });
      continue;
    }
    try {
      engine = await factory(config);
      statuses.push({ name, ok: true, model: engine.model });
    } catch (e) {
      const err = toBurnoutError(e);
      const reason = err.code === 'INTERNAL' ? `failed to load: ${describeCause(e)}` : err.message;
      statuses.push({ name, ok: false, reason, hint: err.hint });
    }
  }
  return { engine, statuses };
}

/** Loads every engine once only to report status (for `models status`), disposing each. */
export async function probeEngines<I, C>(
  registry: Readonly<Record<string, EngineFactory<I, C>>>,
  order: readonly string[],
  config: C,
): Promise<EngineStatus[]> {
  const out: EngineStatus[] = [];
  for (const name of order) {
    const choice = await loadFirstEngine(registry, [name], config);
    await choice.engine?.dispose();
    out.push(...choice.statuses);
  }
  return out;
}

/** Throws MODEL_MISSING when no engine loaded, naming every reason. */
export function requireEngine<I>(choice: EngineChoice<I>, modality: string): Engine<I> {
  if (choice.engine) return choice.engine;
  const why = choice.statuses.map((s) => `${s.name}: ${s.reason}`).join('; ');
  throw new BurnoutError('MODEL_MISSING', `no ${modality} engine could load (${why})`, {
    hint: choice.statuses.find((s) => s.hint)?.hint,
  });
}

function describeCause(e: unknown): string {
  const inner = e instanceof Error ? e.message : String(e);
  return inner.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
