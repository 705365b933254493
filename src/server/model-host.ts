// Keeps the server's models: the analysis pool (its worker threads each hold the engines + fusion model) and the
// trend model (Stage 3, on the event loop: a few ms), loaded once at start-up (optionally after pulling hub models),
// with their status and download progress for GET /api/models.
import type { EngineStatus } from '../analysis/engine-registry.ts';
import type { Config } from '../config/schema.ts';
import { resolvePath } from '../config/load.ts';
import { toBurnoutError } from '../errors.ts';
import { configuredHubModels, pullModel } from '../hub/pull.ts';
import { createAnalysisPool, type AnalysisPool } from '../pool/analysis-pool.ts';
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
  /** Decodes and assesses check-ins off the event loop; null only before start-up created it. */
  analysis: AnalysisPool | null;
  /** Identity of the fusion model the workers loaded (stored with each assessment). */
  fusionModel: string | null;
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
    analysis: null,
    fusionModel: null,
    trendModel: null,
    engines: {},
    downloads: [],
    ready: Promise.resolve(),
    async dispose() {
      await host.ready;
      await host.analysis?.close();
      host.trendModel?.dispose();
    },
  };
  const changed = () => options.onChange?.(host);
  // Without --pull the workers start at once, so that bad uploads are answered while the models load.
  if (!options.pull) host.analysis = createAnalysisPool(config);
  host.ready = (async () => {
    if (options.pull) {
      await pullAll(config, host, changed);
      host.analysis = createAnalysisPool(config);
    }
    try {
      const status = await host.analysis!.status();
      Object.assign(host.engines, status.engines);
      host.fusionModel = status.fusionModel;
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

/**
 * A host whose models are not available (state 'failed' with a reason), e.g. for serving stored data only. Its
 * workers still decode uploads, so bad media gets its own 4xx; a good check-in gets 503 MODEL_MISSING.
 */
export function unavailableModelHost(config: Readonly<Config>, reason: string): ModelHost {
  const analysis = createAnalysisPool(config, { modelsUnavailable: reason });
  return {
    state: 'failed',
    analysis,
    fusionModel: null,
    trendModel: null,
    engines: {},
    downloads: [],
    error: reason,
    ready: Promise.resolve(),
    dispose: () => analysis.close(),
  };
}

/**
 * The models of `serve --no-inference`: no Stage 1–2 engines and no analysis pool (separate `burnout worker` processes
 * analyse check-ins), only the small trend model, which edits, deletions, imports and GET /api/trend recompute with.
 */
export function trendOnlyModelHost(config: Readonly<Config>): ModelHost {
  const host: ModelHost = {
    state: 'loading',
    analysis: null,
    fusionModel: null,
    trendModel: null,
    engines: { analysis: [{ name: 'workers', ok: true, model: 'check-ins are analysed by `burnout worker` processes' }] },
    downloads: [],
    ready: Promise.resolve(),
    async dispose() {
      await host.ready;
      host.trendModel?.dispose();
    },
  };
  host.ready = (async () => {
    try {
      host.trendModel = await loadTrendModel(resolvePath(config.trend.modelDir));
      host.engines.trend = [{ name: 'gru', ok: true, model: config.trend.modelDir }];
    } catch (e) {
      const err = toBurnoutError(e);
      host.engines.trend = [{ name: 'gru', ok: false, reason: err.message, hint: err.hint }];
    }
    host.state = 'ready';
  })();
  return host;
}
