// Config section `jobs`: durable check-in jobs on PostgreSQL (graphile-worker) for several servers and workers.
import { z } from 'zod';

export const jobsSection = z.object({
  /** With PostgreSQL, check-ins become durable jobs taken by workers; off: analysed inside the request (always so on SQLite). */
  enabled: z.boolean().default(true),
  /** PostgreSQL schema where graphile-worker keeps its own tables (created and migrated by the library). */
  schema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).default('graphile_worker'),
  /** Attempts of one check-in job; only transient failures (a crash, a lost connection) are retried, bad input never. */
  maxAttempts: z.number().int().min(1).max(25).default(4),
  /** Check-in jobs queued or running across all servers; more → 429 with Retry-After. */
  maxQueued: z.number().int().positive().default(1000),
  /** Hours a finished job's status (state, error code, assessment id — no content) stays readable at GET /api/jobs/:id. */
  retainHours: z.number().positive().default(24),
  /** Seconds between a worker's checks for jobs held by workers that died (their locks are then released). */
  sweepIntervalSec: z.number().positive().max(3600).default(5),
  /** Milliseconds between a worker's polls for due jobs (retries after back-off); new jobs arrive by LISTEN/NOTIFY. */
  pollIntervalMs: z.number().int().min(100).default(2000),
}).strict();
