// The work of one check-in job on a worker: read the job (its request and media), decode + Stages 1–2 in the analysis
// pool within the time budget, then store it through the diary — trend, later trends, alerts — in one
// transaction that also marks the job done. A job already ended or erased is skipped, so a check-in is stored once.
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { BurnoutError, toBurnoutError } from '../errors.ts';
import type { AnalysisPool } from '../pool/analysis-pool.ts';
import { loadBaseline } from '../service/baseline.ts';
import { storeCheckIn } from '../service/check-in.ts';
import { finishJob, requeueJob, startAttempt, type JobRequest } from '../store/check-in-jobs.ts';
import { dropProfileIfEmpty } from '../store/profiles.ts';
import type { Database } from '../store/types.ts';
import type { TrendModel } from '../trend/load.ts';
import { isTransient } from './failures.ts';

/** What a worker brings to a job. */
export interface CheckInJobDeps {
  db: Kysely<Database>;
  config: Readonly<Config>;
  pool: AnalysisPool;
  /** The trend model (null: check-ins are stored without a trend). */
  trendModel: TrendModel | null;
  /** Who acts, for the audit log. */
  actor: string;
}

/** graphile-worker's view of the attempt: how many were made, including this one, and how many are allowed. */
export interface Attempt {
  attempts: number;
  maxAttempts: number;
}

/** Thrown inside the store transaction when the job has ended or gone meanwhile: rolls the check-in back. */
const JOB_GONE = new BurnoutError('NOT_FOUND', 'the check-in job was erased or has already ended');

/**
 * Runs job `id`. Resolves when the job has ended (done, failed with a code, or nothing to do); throws on a transient
 * failure with attempts left, so that graphile-worker retries it after its back-off.
 */
export async function runCheckInJob(deps: CheckInJobDeps, id: string, attempt: Attempt): Promise<void> {
  const started = await startAttempt(deps.db, id);
  if (!started) return;
  const { job, media } = started;
  try {
    const req = JSON.parse(job.request_json!) as JobRequest;
    const audio = media.find((m) => m.kind === 'voice');
    const image = media.find((m) => m.kind === 'face');
    // The person's own baseline as of the check-in's time, read from the store as the server does without jobs.
    const baseline = await loadBaseline(deps.db, deps.config, job.profile_id, job.at);
    const { result, fusionModel } = await deps.pool.analyze({
      text: req.text, audio: audio?.bytes, image: image?.bytes, selfReport: req.selfReport, baseline, waitForModels: true,
    });
    await storeCheckIn({
      db: deps.db,
      trendModel: deps.trendModel,
      config: deps.config,
      fusionModel,
      also: async (trx, assessmentId) => { if (!(await finishJob(trx, id, { assessmentId }))) throw JOB_GONE; },
    }, {
      profileId: job.profile_id,
      result,
      given: req.given,
      text: req.text,
      consent: new Set(req.consent),
      at: job.at,
      ...(req.note !== undefined ? { note: req.note } : {}),
      media: {
        ...(audio ? { voice: { bytes: audio.bytes, mime: audio.mime } } : {}),
        ...(image ? { face: { bytes: image.bytes, mime: image.mime } } : {}),
      },
      actor: deps.actor,
    });
  } catch (e) {
    // Erased while it ran: nothing was stored, and the profile row the diary re-created goes too.
    if (e === JOB_GONE) {
      await dropProfileIfEmpty(deps.db, job.profile_id);
      return;
    }
    const err = toBurnoutError(e);
    if (isTransient(err.code) && attempt.attempts < attempt.maxAttempts) {
      await requeueJob(deps.db, id, err.code, err.message);
      throw err;
    }
    await deps.db.transaction().execute((trx) => finishJob(trx, id, { code: err.code, message: err.message }));
  }
}
