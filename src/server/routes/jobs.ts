// GET /api/jobs/:id — a check-in job (PostgreSQL with jobs on): queued / running / done (with the assessment) /
// failed (with the error code), and the POST /api/assessments answer that goes through a job (201 within
// server.syncWaitMs, else 202 with Location).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BurnoutError } from '../../errors.ts';
import type { JobClient } from '../../jobs/job-client.ts';
import type { CheckInUpload } from '../upload.ts';
import type { AppContext } from '../app.ts';
import { profileOf } from '../profile.ts';
import { idOf, profileRecordRoute } from '../schemas.ts';
import { job } from '../openapi/assessment.ts';
import { ref } from '../openapi/components.ts';

/** Registers GET /api/jobs/:id (only when the server has check-in jobs). */
export function registerJobRoutes(app: FastifyInstance, ctx: AppContext): void {
  const jobs = ctx.jobs;
  if (!jobs) return;
  app.get('/api/jobs/:id', profileRecordRoute('A check-in job: queued, running, done (with the assessment) or failed (with the error code)', ref(job)),
    async (request) => jobs.view(profileOf(request), idOf(request)));
}

/**
 * Queues an uploaded check-in (its time fixed now) and answers: 201 with the stored assessment when it ends within
 * server.syncWaitMs (0 with `Prefer: respond-async`), the job's error when it failed, else 202 + Location of the job.
 */
export async function answerThroughJob(jobs: JobClient, ctx: AppContext, request: FastifyRequest, reply: FastifyReply, profileId: string, upload: CheckInUpload, at: string): Promise<FastifyReply> {
  const given = [...(upload.text !== undefined ? ['text' as const] : []), ...(upload.audio ? ['voice' as const] : []), ...(upload.image ? ['face' as const] : [])];
  const id = await jobs.submit({
    profileId,
    at,
    request: {
      ...(upload.text !== undefined ? { text: upload.text } : {}),
      selfReport: upload.selfReport, consent: [...upload.consent], given,
      ...(upload.note !== undefined ? { note: upload.note } : {}),
    },
    media: [
      ...(upload.audio ? [{ kind: 'voice' as const, mime: upload.audio.mime, bytes: upload.audio.bytes }] : []),
      ...(upload.image ? [{ kind: 'face' as const, mime: upload.image.mime, bytes: upload.image.bytes }] : []),
    ],
  });
  const async = /\brespond-async\b/i.test(String(request.headers.prefer ?? ''));
  const job = await jobs.waitFor(profileId, id, async ? 0 : ctx.config.server.syncWaitMs);
  if (job.state === 'done' && job.assessment) return reply.status(201).header('location', `/api/assessments/${job.assessment.id}`).send(job.assessment);
  if (job.state === 'failed') throw new BurnoutError(job.error?.code ?? 'INTERNAL', job.error?.message ?? 'the check-in could not be analysed');
  return reply.status(202).header('location', `/api/jobs/${id}`).send(job);
}
