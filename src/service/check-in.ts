// One check-in after Stages 1–2 (which the analysis pool runs off the event loop): the diary stores it at its time
// (now or back-dated) with its trend over days (Stage 3, computed where `computeTrend` says) and syncs the alerts, in
// ONE transaction with its consents and (only with config + consent) raw content.
import type { Kysely } from 'kysely';
import type { Modality } from '../analysis/types.ts';
import type { AssessmentResult } from '../assessment.ts';
import type { Config } from '../config/schema.ts';
import { parseCheckInTime } from '../diary/check-in-time.ts';
import { recordCheckIn, type AlsoInTransaction } from '../diary/record-check-in.ts';
import type { TrendModel } from '../trend/load.ts';
import type { MediaToStore } from '../store/assessments.ts';
import type { StoredAssessment } from '../store/record.ts';
import type { Database } from '../store/types.ts';

/** What storing a check-in needs: the store, the trend model (and where trends run) and the config. */
export interface CheckInDeps {
  db: Kysely<Database>;
  /** The trend model; null when it is not available (the check-in then has no trend; GET /api/models says why). */
  trendModel: TrendModel | null;
  config: Readonly<Config>;
  /** Fusion model identity stored with the assessment. */
  fusionModel?: string | null;
  /** Extra writes in the check-in's transaction (a job marking itself done, so that it is stored exactly once). */
  also?: AlsoInTransaction;
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
  /** What the user agreed to have stored: raw content of these modalities, and 'note' for the note. */
  consent: ReadonlySet<Modality | 'note'>;
  /** When the check-in happened (ISO 8601 with offset); absent → now. Validated here (INPUT_INVALID naming "at"). */
  at?: string;
  /** A free-text note (not analysed), kept only when text storage is allowed and `consent` has 'note'. */
  note?: string;
  /** Raw media, stored only when config.store.allowMediaStorage is on and the modality is in `consent`. */
  media?: Partial<Record<'voice' | 'face', { bytes: Uint8Array; mime: string }>>;
  /** Who is acting, for the audit log. */
  actor: string;
}

/**
 * Stores one assessed check-in and returns what was stored. The trend covers the profile's local days up to the
 * check-in's time; the diary recomputes later trends (a back-dated check-in) and syncs the alerts. Callers run it one
 * at a time per store (the server's serial queue) so that each check-in's trend sees the one before.
 */
export async function storeCheckIn(deps: CheckInDeps, req: CheckInRequest): Promise<StoredAssessment> {
  const at = parseCheckInTime(req.at, deps.config);
  const store = deps.config.store;
  const keepText = store.allowTextStorage && req.consent.has('text') && req.text !== undefined;
  const keepNote = store.allowTextStorage && req.consent.has('note') && req.note !== undefined && req.note.trim() !== '';
  const media: MediaToStore[] = [];
  if (store.allowMediaStorage) {
    for (const kind of ['voice', 'face'] as const) {
      const m = req.media?.[kind];
      if (m && req.consent.has(kind)) media.push({ kind, mime: m.mime, bytes: m.bytes });
    }
  }
  const given = req.given.filter((m) => storageAllowed(deps.config, m));
  const noteConsent = store.allowTextStorage && req.note?.trim() ? [{ kind: 'note' as const, granted: keepNote }] : [];
  return recordCheckIn({ db: deps.db, trendModel: deps.trendModel, config: deps.config }, {
    profileId: req.profileId,
    at,
    result: req.result,
    fusionModel: deps.fusionModel ?? null,
    journalText: keepText ? (req.text ?? null) : null,
    note: keepNote ? (req.note?.trim() ?? null) : null,
    consents: [...given.map((kind) => ({ kind, granted: req.consent.has(kind) })), ...noteConsent],
    media,
    actor: req.actor,
  }, deps.also);
}

/** Whether config lets raw content of this modality be stored at all (consent is then recorded). */
function storageAllowed(config: Readonly<Config>, m: Modality): boolean {
  return m === 'text' ? config.store.allowTextStorage : config.store.allowMediaStorage;
}
