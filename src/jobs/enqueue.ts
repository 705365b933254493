// Accepting a check-in as a durable job: the request (text, self-report, consent, note) and its media go into our job
// tables and the queue entry into graphile-worker's, in ONE transaction — a check-in is either fully queued or not at all.
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import { countUnfinishedJobs, insertJob, setQueueJobId, type JobMedia, type JobRequest } from '../store/check-in-jobs.ts';
import { newId } from '../store/ids.ts';
import { ensureProfile } from '../store/profiles.ts';
import type { Database } from '../store/types.ts';
import { addQueueEntry } from './queue.ts';

/** One accepted check-in: its profile, its time (ISO-8601 UTC, fixed now), the request and its uploads. */
export interface CheckInJobInput {
  profileId: string;
  at: string;
  request: JobRequest;
  media: JobMedia[];
}

/**
 * Queues the check-in and returns the job id. Refuses with RATE_LIMITED (Retry-After) when `jobs.maxQueued` jobs are
 * already queued or running across all servers.
 */
export async function enqueueCheckIn(db: Kysely<Database>, config: Readonly<Config>, input: CheckInJobInput): Promise<string> {
  const unfinished = await countUnfinishedJobs(db);
  if (unfinished >= config.jobs.maxQueued) {
    throw new BurnoutError('RATE_LIMITED', `${unfinished} check-ins are waiting for analysis; try again in a minute`, { retryAfterSec: 60 });
  }
  await ensureProfile(db, input.profileId);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await insertJob(trx, { id, ...input });
    await setQueueJobId(trx, id, await addQueueEntry(trx, config.jobs.schema, id, input.profileId, config.jobs.maxAttempts));
  });
  return id;
}
