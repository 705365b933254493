// One check-in: assess (Stages 1–2) → trend over the profile's stored history (Stage 3) → alert rules →
// ONE transaction storing the assessment, its alerts, consents and (only with config + consent) raw content.
import type { Kysely } from 'kysely';
import type { Modality, ModalityInputs } from '../analysis/types.ts';
import { assessCheckIn, type AssessRuntime } from '../assess.ts';
import type { AssessmentResult } from '../assessment.ts';
import type { Config } from '../config/schema.ts';
import { evaluateAlerts } from '../trend/alerts.ts';
import { computeTrend } from '../trend/infer.ts';
import type { TrendModel } from '../trend/load.ts';
import type { SelfReport, Trend, TrendCheckIn } from '../trend/types.ts';
import { recentHistory, saveCheckIn, type MediaToStore } from '../store/assessments.ts';
import { newId, nowIso } from '../store/ids.ts';
import type { StoredAssessment } from '../store/record.ts';
import type { Database } from '../store/types.ts';

/** What a check-in needs: the store, the loaded models and the config. */
export interface CheckInDeps {
  db: Kysely<Database>;
  runtime: AssessRuntime;
  /** The trend model; null when it is not available (the check-in then has no trend; GET /api/models says why). */
  trendModel: TrendModel | null;
  config: Readonly<Config>;
  /** Fusion model identity stored with the assessment. */
  fusionModel?: string | null;
}

/** One check-in request, already decoded. */
export interface CheckInRequest {
  profileId: string;
  inputs: Partial<ModalityInputs>;
  selfReport: SelfReport;
  /** Modalities whose raw content the user agreed to have stored. */
  consent: ReadonlySet<Modality>;
  /** Raw media, stored only when config.store.allowMediaStorage is on and the modality is in `consent`. */
  media?: Partial<Record<'voice' | 'face', { bytes: Uint8Array; mime: string }>>;
  /** Who is acting, for the audit log. */
  actor: string;
}

/**
 * Runs one check-in end to end and returns what was stored. The trend is computed over the profile's last
 * `trend.maxSteps − 1` stored check-ins plus this one; the alert rules see the same history.
 */
export async function checkIn(deps: CheckInDeps, req: CheckInRequest): Promise<StoredAssessment> {
  const result = await assessCheckIn(deps.runtime, req.inputs, req.selfReport);
  const at = nowIso();
  const past = await recentHistory(deps.db, req.profileId, deps.config.trend.maxSteps - 1);
  const history: TrendCheckIn[] = [...past, { at, ...result }];
  const trend = trendOf(deps, history);
  // Without a trend model the rules that need no trend (repeated High) still run.
  const alerts = evaluateAlerts(history, trend ?? { direction: 'insufficient_history', confidence: null, steps: history.length }, deps.config);
  const full: AssessmentResult = { ...result, ...(trend ? { trend } : {}), alerts };

  const store = deps.config.store;
  const keepText = store.allowTextStorage && req.consent.has('text') && req.inputs.text !== undefined;
  const media: MediaToStore[] = [];
  if (store.allowMediaStorage) {
    for (const kind of ['voice', 'face'] as const) {
      const m = req.media?.[kind];
      if (m && req.consent.has(kind)) media.push({ kind, mime: m.mime, bytes: m.bytes });
    }
  }
  const given = (Object.keys(req.inputs) as Modality[]).filter((m) => storageAllowed(deps.config, m));
  return saveCheckIn(deps.db, {
    assessment: {
      id: newId(),
      profileId: req.profileId,
      at,
      result: full,
      fusionModel: deps.fusionModel ?? null,
      journalText: keepText ? (req.inputs.text ?? null) : null,
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
