// One check-in after Stages 1–2 (which the analysis pool runs off the event loop): trend over the profile's stored
// history (Stage 3) → alert rules → ONE transaction storing the assessment, its alerts, consents and (only with
// config + consent) raw content.
import type { Kysely } from 'kysely';
import type { Modality } from '../analysis/types.ts';
import type { AssessmentResult } from '../assessment.ts';
import type { Config } from '../config/schema.ts';
import { evaluateAlerts } from '../trend/alerts.ts';
import { computeTrend } from '../trend/infer.ts';
import type { TrendModel } from '../trend/load.ts';
import type { Trend, TrendCheckIn } from '../trend/types.ts';
import { recentHistory, saveCheckIn, type MediaToStore } from '../store/assessments.ts';
import { newId, nowIso } from '../store/ids.ts';
import type { StoredAssessment } from '../store/record.ts';
import type { Database } from '../store/types.ts';

/** What storing a check-in needs: the store, the trend model and the config. */
export interface CheckInDeps {
  db: Kysely<Database>;
  /** Computes Stage 3 elsewhere (the server's worker pool, off the event loop); default: with `trendModel` here. */
  computeTrend?: (history: TrendCheckIn[]) => Promise<Trend | null>;
  /** The trend model; null when it is not available (the check-in then has no trend; GET /api/models says why). */
  trendModel: TrendModel | null;
  config: Readonly<Config>;
  /** Fusion model identity stored with the assessment. */
  fusionModel?: string | null;
}

/** One check-in request, already assessed (Stages 1–2). */
export interface CheckInRequest {
  profileId: string;
  /** The Stage 1–2 result (assessCheckIn's answer, from the analysis pool). */
  result: AssessmentResult;
  /** The modalities the request gave. */
  given: readonly Modality[];
  /** The journal text as sent (stored only with config + consent). */
  text?: string;
  /** Modalities whose raw content the user agreed to have stored. */
  consent: ReadonlySet<Modality>;
  /** Raw media, stored only when config.store.allowMediaStorage is on and the modality is in `consent`. */
  media?: Partial<Record<'voice' | 'face', { bytes: Uint8Array; mime: string }>>;
  /** Who is acting, for the audit log. */
  actor: string;
}

/**
 * Stores one assessed check-in and returns what was stored. The trend is computed over the profile's last
 * `trend.maxSteps − 1` stored check-ins plus this one; the alert rules see the same history. Callers run it one at a
 * time per store (the server's serial queue) so that each check-in's trend sees the one before.
 */
export async function storeCheckIn(deps: CheckInDeps, req: CheckInRequest): Promise<StoredAssessment> {
  const result = req.result;
  const at = nowIso();
  const past = await recentHistory(deps.db, req.profileId, deps.config.trend.maxSteps - 1);
  const history: TrendCheckIn[] = [...past, { at, ...result }];
  const trend = deps.computeTrend ? await deps.computeTrend(history) : trendOf(deps, history);
  // Without a trend model the rules that need no trend (repeated High) still run.
  const alerts = evaluateAlerts(history, trend ?? { direction: 'insufficient_history', confidence: null, steps: history.length }, deps.config);
  const full: AssessmentResult = { ...result, ...(trend ? { trend } : {}), alerts };

  const store = deps.config.store;
  const keepText = store.allowTextStorage && req.consent.has('text') && req.text !== undefined;
  const media: MediaToStore[] = [];
  if (store.allowMediaStorage) {
    for (const kind of ['voice', 'face'] as const) {
      const m = req.media?.[kind];
      if (m && req.consent.has(kind)) media.push({ kind, mime: m.mime, bytes: m.bytes });
    }
  }
  const given = req.given.filter((m) => storageAllowed(deps.config, m));
  return saveCheckIn(deps.db, {
    assessment: {
      id: newId(),
      profileId: req.profileId,
      at,
      result: full,
      fusionModel: deps.fusionModel ?? null,
      journalText: keepText ? (req.text ?? null) : null,
    },
    alerts,
    consents: given.map((kind) => ({ kind, granted: req.consent.has(kind) })),
    media,
    actor: req.actor,
  });
}

/** The trend over `history`, or null without a trend model. */
function trendOf(deps: CheckInDeps, history: TrendCheckIn[]): Trend | null {
  if (!deps.trendModel) return null;
  return computeTrend(deps.trendModel, history, deps.config).trend;
}

/** Whether config lets raw content of this modality be stored at all (consent is then recorded). */
function storageAllowed(config: Readonly<Config>, m: Modality): boolean {
  return m === 'text' ? config.store.allowTextStorage : config.store.allowMediaStorage;
}
