// Kysely table types of the check-in jobs (migration 2026-12-08): our side of a durable check-in job (its request and
// media while it lives, its state and outcome afterwards), the registry of live workers, and shared rate-limit counters.
// graphile-worker's own tables live in their own schema (config jobs.schema) and are not typed here.

/** One check-in job. Content (request_json, media) exists only while the job is queued or running. */
export interface CheckInJobsTable {
  id: string;
  profile_id: string;
  /** 'queued' | 'running' | 'done' | 'failed'. */
  state: string;
  /** ISO-8601 UTC. */
  created_at: string;
  updated_at: string;
  /** When the check-in happened (ISO-8601 UTC), fixed when it was accepted. */
  at: string;
  /** Times a worker started it. */
  attempts: number;
  /** The request without media: text, self-report, consent, note, given modalities (JSON); null once the job ended. */
  request_json: string | null;
  /** The stored assessment (state 'done'). */
  assessment_id: string | null;
  /** ErrorCode of a failed job (or of the last transient failure while it is retried). */
  error_code: string | null;
  error_message: string | null;
  /** graphile-worker's job id (text), to remove a queued job on erasure. */
  queue_job_id: string | null;
}

/** A job's uploaded audio or image, deleted when the job ends. */
export interface CheckInJobMediaTable {
  job_id: string;
  /** 'voice' | 'face'. */
  kind: string;
  mime: string;
  bytes: Uint8Array;
}

/** A running `burnout worker` (or serve with inference): alive while it holds the advisory lock `lock_key`. */
export interface JobWorkersTable {
  /** graphile-worker's pool id (what it writes into locked_by). */
  id: string;
  lock_key: number;
  host: string;
  pid: number;
  threads: number;
  started_at: string;
}

/** Rate-limit counters shared by server replicas (PostgreSQL: an unlogged table). */
export interface RateLimitsTable {
  key: string;
  hits: number;
  /** Epoch milliseconds when the window ends. */
  reset_at: number;
}

/** The job tables, part of the Database interface. */
export interface JobTables {
  check_in_jobs: CheckInJobsTable;
  check_in_job_media: CheckInJobMediaTable;
  job_workers: JobWorkersTable;
  rate_limits: RateLimitsTable;
}
