// What a server needs of check-in jobs: queue a check-in, wait for its end (up to a limit), and read a job — plus
// the per-server admission count of requests uploading or waiting. A server with --no-inference needs nothing else.
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { BurnoutError, type ErrorCode } from '../errors.ts';
import { createAdmission, type Admission } from '../pool/admission.ts';
import { getAssessment } from '../store/assessments.ts';
import { getJob, type JobRow, type JobState } from '../store/check-in-jobs.ts';
import type { StoredAssessment } from '../store/record.ts';
import type { Database } from '../store/types.ts';
import { enqueueCheckIn, type CheckInJobInput } from './enqueue.ts';
import { createJobWaiter } from './job-waiter.ts';
import { migrateQueue } from './queue.ts';

/** GET /api/jobs/:id: where the job is, and its assessment (done) or error (failed). */
export interface JobView {
  id: string;
  state: JobState;
  /** When the check-in happened. */
  at: string;
  createdAt: string;
  updatedAt: string;
  /** Times a worker started it (more than 1: it was retried). */
  attempts: number;
  assessment?: StoredAssessment;
  /** Failed: why (a code from the API's error table). Queued after a transient failure: the last one. */
  error?: { code: ErrorCode; message: string };
}

/** The server's side of check-in jobs. */
export interface JobClient {
  /** Requests uploading, queueing or waiting in this server (`server.maxQueuedCheckIns`; more → 429). */
  readonly admission: Admission;
  submit(input: CheckInJobInput): Promise<string>;
  /** Waits up to `ms` for the job to end; returns its view as it is then. */
  waitFor(profileId: string, id: string, ms: number): Promise<JobView>;
  /** The job of this profile, or NOT_FOUND. */
  view(profileId: string, id: string): Promise<JobView>;
  close(): Promise<void>;
}

/** Migrates graphile-worker's schema, opens the LISTEN connection and returns the client. */
export async function startJobClient(db: Kysely<Database>, config: Readonly<Config>): Promise<JobClient> {
  const url = config.store.databaseUrl;
  if (!url) throw new BurnoutError('CONFIG_INVALID', 'check-in jobs need PostgreSQL (store.databaseUrl or DATABASE_URL)');
  await migrateQueue(url, config.jobs.schema);
  const waiter = await createJobWaiter(url);
  const admission = createAdmission(config.server.maxQueuedCheckIns, 1);
  const view = async (profileId: string, id: string): Promise<JobView> => {
    const row = await getJob(db, profileId, id);
    if (!row) throw new BurnoutError('NOT_FOUND', `no check-in job ${id} in this profile (finished jobs are kept ${config.jobs.retainHours} h)`);
    return toView(db, row);
  };
  return {
    admission,
    submit: (input) => enqueueCheckIn(db, config, input),
    async waitFor(profileId, id, ms) {
      const ended = async () => {
        const row = await getJob(db, profileId, id);
        return !row || row.state === 'done' || row.state === 'failed';
      };
      if (ms > 0) await waiter.wait(id, ms, ended);
      return view(profileId, id);
    },
    view,
    close: () => waiter.close(),
  };
}

/** The API view of a job row (with the assessment when it is done and still stored). */
async function toView(db: Kysely<Database>, row: JobRow): Promise<JobView> {
  const out: JobView = {
    id: row.id, state: row.state as JobState, at: row.at, createdAt: row.created_at, updatedAt: row.updated_at, attempts: row.attempts,
  };
  if (row.state === 'done' && row.assessment_id) {
    out.assessment = await getAssessment(db, row.profile_id, row.assessment_id).catch(() => undefined);
  }
  if (row.error_code) out.error = { code: row.error_code as ErrorCode, message: row.error_message ?? '' };
  return out;
}
