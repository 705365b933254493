// Check-in jobs repository (our side of a durable job; src/jobs/ drives the queue): create a job with its request and
// media, start an attempt, finish it (done or failed) — which deletes its content at once — and forget old finished jobs.
import { sql, type Kysely } from 'kysely';
import type { Modality } from '../analysis/types.ts';
import type { ErrorCode } from '../errors.ts';
import type { SelfReport } from '../trend/types.ts';
import { nowIso } from './ids.ts';
import type { CheckInJobsTable } from './job-types.ts';
import type { Database } from './types.ts';

/** Where a job is: queued (waiting or between retries), running, done (stored) or failed (with an error code). */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** A check-in request as a job keeps it until it ends (the media are kept beside it). */
export interface JobRequest {
  text?: string;
  selfReport: SelfReport;
  /** What may be kept: modalities and 'note'. */
  consent: Array<Modality | 'note'>;
  note?: string;
  /** The modalities the request gave. */
  given: Modality[];
}

/** A job's uploaded file. */
export interface JobMedia {
  kind: 'voice' | 'face';
  mime: string;
  bytes: Uint8Array;
}

/** A job row. */
export type JobRow = CheckInJobsTable;

/** NOTIFY channel on which a finished job's id is announced (servers waiting for it listen). */
export const JOB_DONE_CHANNEL = 'burnout_job_done';

/** Inserts a queued job with its request and media (inside the caller's transaction, with the queue entry). */
export async function insertJob(trx: Kysely<Database>, job: { id: string; profileId: string; at: string; request: JobRequest; media: JobMedia[] }): Promise<void> {
  const now = nowIso();
  await trx.insertInto('check_in_jobs').values({
    id: job.id, profile_id: job.profileId, state: 'queued', created_at: now, updated_at: now, at: job.at, attempts: 0,
    request_json: JSON.stringify(job.request), assessment_id: null, error_code: null, error_message: null, queue_job_id: null,
  }).execute();
  for (const m of job.media) {
    await trx.insertInto('check_in_job_media').values({ job_id: job.id, kind: m.kind, mime: m.mime, bytes: m.bytes }).execute();
  }
}

/** Records graphile-worker's id of the job's queue entry. */
export async function setQueueJobId(trx: Kysely<Database>, id: string, queueJobId: string): Promise<void> {
  await trx.updateTable('check_in_jobs').set({ queue_job_id: queueJobId }).where('id', '=', id).execute();
}

/** One job of the profile (undefined when unknown, erased, or another profile's). */
export async function getJob(db: Kysely<Database>, profileId: string, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('check_in_jobs').selectAll().where('id', '=', id).where('profile_id', '=', profileId).executeTakeFirst();
}

/** Jobs queued or running, over all profiles (admission across servers). */
export async function countUnfinishedJobs(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('check_in_jobs').select((eb) => eb.fn.countAll().as('n'))
    .where('state', 'in', ['queued', 'running']).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks the job running and counts the attempt; returns it with its media, or null when there is nothing to do (the
 * job was erased with its profile, or has already ended — a worker that died after storing it).
 */
export async function startAttempt(db: Kysely<Database>, id: string): Promise<{ job: JobRow; media: JobMedia[] } | null> {
  const job = await db.updateTable('check_in_jobs')
    .set((eb) => ({ state: 'running', attempts: eb('attempts', '+', 1), updated_at: nowIso() }))
    .where('id', '=', id).where('state', 'in', ['queued', 'running']).returningAll().executeTakeFirst();
  if (!job || job.request_json === null) return null;
  const media = await db.selectFrom('check_in_job_media').select(['kind', 'mime', 'bytes']).where('job_id', '=', id).execute();
  return { job, media: media.map((m) => ({ kind: m.kind as JobMedia['kind'], mime: m.mime, bytes: m.bytes })) };
}

/**
 * Ends the job: done with its assessment, or failed with an error code. Its request and media are deleted in the same
 * statement set, and waiting servers are notified at commit. Returns false (nothing changed) when the job is gone or
 * has already ended — the caller then rolls back, so a check-in is never stored twice.
 */
export async function finishJob(trx: Kysely<Database>, id: string, outcome: { assessmentId: string } | { code: ErrorCode; message: string }): Promise<boolean> {
  const done = 'assessmentId' in outcome;
  const res = await trx.updateTable('check_in_jobs').set({
    state: done ? 'done' : 'failed', updated_at: nowIso(), request_json: null,
    assessment_id: done ? outcome.assessmentId : null,
    error_code: done ? null : outcome.code, error_message: done ? null : outcome.message,
  }).where('id', '=', id).where('state', 'in', ['queued', 'running']).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await trx.deleteFrom('check_in_job_media').where('job_id', '=', id).execute();
  await notifyJobDone(trx, id);
  return true;
}

/** Puts a job back in the queue after a transient failure (it will be retried), keeping the error for GET /api/jobs. */
export async function requeueJob(db: Kysely<Database>, id: string, code: ErrorCode, message: string): Promise<void> {
  await db.updateTable('check_in_jobs').set({ state: 'queued', updated_at: nowIso(), error_code: code, error_message: message })
    .where('id', '=', id).where('state', '=', 'running').execute();
}

/** Deletes finished jobs whose last change is older than `before` (ISO-8601 UTC); returns how many. */
export async function purgeFinishedJobs(db: Kysely<Database>, before: string): Promise<number> {
  const res = await db.deleteFrom('check_in_jobs').where('state', 'in', ['done', 'failed']).where('updated_at', '<', before).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Announces a finished job on JOB_DONE_CHANNEL (PostgreSQL; delivered when the transaction commits). */
async function notifyJobDone(trx: Kysely<Database>, id: string): Promise<void> {
  await sql`select pg_notify(${JOB_DONE_CHANNEL}, ${id})`.execute(trx);
}
