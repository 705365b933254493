// Keeps the server's models: one AssessRuntime (engines + fusion) and the trend model, loaded once at start-up
// (optionally after pulling hub models), with their status and download progress for GET /api/models.
import { loadAssessRuntime, type AssessRuntime } from '../assess.ts';
import type { EngineStatus } from '../analysis/engine-registry.ts';
import type { Config } from '../config/schema.ts';
import { resolvePath } from '../config/load.ts';
import { toBurnoutError } from '../errors.ts';
import { configuredHubModels, pullModel } from '../hub/pull.ts';
import { loadTrendModel, type TrendModel } from '../trend/load.ts';
import type { Progress } from '../progress.ts';

/** One model download, as GET /api/models shows it. */
export interface DownloadView {
  model: string;
  /** 0–1, or null when the size is not known. */
  progress: number | null;
  state: 'pending' | 'downloading' | 'done' | 'failed';
  message?: string;
}

/** The models a server holds and how loading them went. */
export interface ModelHost {
  state: 'loading' | 'ready' | 'failed';
  runtime: AssessRuntime | null;
  trendModel: TrendModel | null;
  /** Status per modality plus `fusion` and `trend`. */
  engines: Record<string, EngineStatus[]>;
  downloads: DownloadView[];
  /** Why loading failed (state 'failed'). */
  error?: string;
  /** Resolves when loading has finished (ready or failed). */
  ready: Promise<void>;
  dispose(): Promise<void>;
}

/** Options for start-up. */
export interface ModelHostOptions {
  /** Download missing hub models first (needs internet). */
  pull?: boolean;
  /** Called on every status change (the CLI prints it). */
  onChange?: (host: ModelHost) => void;
}

/** Starts loading in the background and returns the host at once (state 'loading'). */
export function startModelHost(config: Readonly<Config>, options: ModelHostOptions = {}): ModelHost {
  const host: ModelHost = {
    state: 'loading',
    runtime: null,
    trendModel: null,
    engines: {},
    downloads: [],
    ready: Promise.resolve(),
    async dispose() {
      await host.ready;
      await host.runtime?.dispose();
      host.trendModel?.dispose();
    },
  };
  const changed = () => options.onChange?.(host);
  host.ready = (async () => {
    if (options.pull) await pullAll(config, host, changed);
    try {
      host.runtime = await loadAssessRuntime(config);
      Object.assign(host.engines, runtimeStatuses(host.runtime));
    } catch (e) {
      const err = toBurnoutError(e);
      host.state = 'failed';
      host.error = err.message;
      host.engines.fusion = [{ name: 'fusion', ok: false, reason: err.message, hint: err.hint }];
      changed();
      return;
    }
    const trendDir = resolvePath(config.trend.modelDir);
    try {
      host.trendModel = await loadTrendModel(trendDir);
      host.engines.trend = [{ name: 'gru', ok: true, model: config.trend.modelDir }];
    } catch (e) {
      const err = toBurnoutError(e);
      host.engines.trend = [{ name: 'gru', ok: false, reason: err.message, hint: err.hint }];
    }
    host.state = 'ready';
    changed();
  })();
  return host;
}

/** A host around models the caller already loaded (tests, benchmarks). */
export function readyModelHost(runtime: AssessRuntime, trendModel: TrendModel | null): ModelHost {
  return {
    state: 'ready',
    runtime,
    trendModel,
    engines: { ...runtimeStatuses(runtime), trend: [trendModel ? { name: 'gru', ok: true } : { name: 'gru', ok: false, reason: 'no trend model loaded' }] },
    downloads: [],
    ready: Promise.resolve(),
    async dispose() {
      await runtime.dispose();
      trendModel?.dispose();
    },
  };
}

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

async function pullAll(config: Readonly<Config>, host: ModelHost, changed: () => void): Promise<void> {
  const models = configuredHubModels(config);
  host.downloads = models.map((m) => ({ model: m.id, progress: null, state: 'pending' }));
  changed();
  for (const [i, m] of models.entries()) {
    const view = host.downloads[i]!;
    view.state = 'downloading';
    try {
      await pullModel(config, m, recorder(view, changed));
      view.state = 'done';
      view.progress = 1;
    } catch (e) {
      view.state = 'failed';
      view.message = toBurnoutError(e).message;
    }
    changed();
  }
}

function recorder(view: DownloadView, changed: () => void): Progress {
  let total = 0;
  let lastShown = -1;
  return {
    start(t, label) { total = t; view.message = label; view.progress = 0; changed(); },
    update(value) {
      view.progress = total > 0 ? Math.min(1, value / total) : null;
      const decile = Math.floor((view.progress ?? 0) * 10);
      if (decile !== lastShown) { lastShown = decile; changed(); }
    },
    stop() {},
  };
}

/** A host whose models are not available (state 'failed' with a reason), e.g. for serving stored data only. */
export function unavailableModelHost(reason: string): ModelHost {
  return {
    state: 'failed',
    runtime: null,
    trendModel: null,
    engines: {},
    downloads: [],
    error: reason,
    ready: Promise.resolve(),
    async dispose() {},
  };
}
