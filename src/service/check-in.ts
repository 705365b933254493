// One check-in: assess (Stages 1–2) → the diary stores it at its time (now or back-dated) with its trend over days
// (Stage 3) and syncs the alerts, in ONE transaction with its consents and (only with config + consent) raw content.
import type { Kysely } from 'kysely';
import type { Modality, ModalityInputs } from '../analysis/types.ts';
import { assessCheckIn, type AssessRuntime } from '../assess.ts';
import type { Config } from '../config/schema.ts';
import { parseCheckInTime } from '../diary/check-in-time.ts';
import { recordCheckIn } from '../diary/record-check-in.ts';
import type { TrendModel } from '../trend/load.ts';
import type { SelfReport } from '../trend/types.ts';
import type { MediaToStore } from '../store/assessments.ts';
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
 * Runs one check-in end to end and returns what was stored. The trend covers the profile's local days up to the
 * check-in's time; the diary recomputes later trends (a back-dated check-in) and syncs the alerts.
 */
export async function checkIn(deps: CheckInDeps, req: CheckInRequest): Promise<StoredAssessment> {
  const at = parseCheckInTime(req.at, deps.config);
  const result = await assessCheckIn(deps.runtime, req.inputs, req.selfReport);

  const store = deps.config.store;
  const keepText = store.allowTextStorage && req.consent.has('text') && req.inputs.text !== undefined;
  const keepNote = store.allowTextStorage && req.consent.has('note') && req.note !== undefined && req.note.trim() !== '';
  const media: MediaToStore[] = [];
  if (store.allowMediaStorage) {
    for (const kind of ['voice', 'face'] as const) {
      const m = req.media?.[kind];
      if (m && req.consent.has(kind)) media.push({ kind, mime: m.mime, bytes: m.bytes });
    }
  }
  const given = (Object.keys(req.inputs) as Modality[]).filter((m) => storageAllowed(deps.config, m));
  const noteConsent = store.allowTextStorage && req.note?.trim() ? [{ kind: 'note' as const, granted: keepNote }] : [];
  return recordCheckIn({ db: deps.db, trendModel: deps.trendModel, config: deps.config }, {
    profileId: req.profileId,
    at,
    result,
    fusionModel: deps.fusionModel ?? null,
    journalText: keepText ? (req.inputs.text ?? null) : null,
    note: keepNote ? (req.note?.trim() ?? null) : null,
    consents: [...given.map((kind) => ({ kind, granted: req.consent.has(kind) })), ...noteConsent],
    media,
    actor: req.actor,
  });
}

/** Whether config lets raw content of this modality be stored at all (consent is then recorded). */
function storageAllowed(config: Readonly<Config>, m: Modality): boolean {
  return m === 'text' ? config.store.allowTextStorage : config.store.allowMediaStorage;
}
