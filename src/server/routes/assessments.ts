// POST /api/assessments (one check-in, optionally dated), GET /api/assessments (paged, date range), GET one by id.
// Editing and deleting one check-in are in entries.ts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BurnoutError } from '../../errors.ts';
import { getAssessment, listAssessmentsJson } from '../../store/assessments.ts';
import type { Modality } from '../../analysis/types.ts';
import { parseCheckInTime } from '../../diary/check-in-time.ts';
import { precheckAudioPrefix } from '../../media/audio/decode.ts';
import { refuseBiometric } from '../../org/biometric-rule.ts';
import { loadBaseline } from '../../service/baseline.ts';
import { storeCheckIn } from '../../service/check-in.ts';
import type { AppContext } from '../app.ts';
import { actorOf, profileOf } from '../profile.ts';
import { checkInHeaders, errors, idOf, jsonSchema, listQuery, locationHeader, parseWith, profileQuery, profileRecordRoute } from '../schemas.ts';
import { assessment, assessmentPage, job } from '../openapi/assessment.ts';
import { bodyComponent, ref } from '../openapi/components.ts';
import { readCheckInUpload } from '../upload.ts';
import { answerThroughJob } from './jobs.ts';

/** The multipart form of a check-in (read and checked field by field by ../upload.ts; documented here). */
const checkInBody = bodyComponent('CheckIn', z.object({
  text: z.string().optional().describe('journal text (≤ text.maxChars characters)'),
  audio: z.string().meta({ format: 'binary' }).optional().describe('voice recording: WAV (WebM/OGG/MP3/M4A/FLAC with ffmpeg), ≤ server.maxAudioBytes'),
  image: z.string().meta({ format: 'binary' }).optional().describe('face photo: JPEG, PNG or WebP, ≤ server.maxImageBytes'),
  energy: z.number().min(0).max(10).optional(),
  stress: z.number().min(0).max(10).optional(),
  work: z.number().min(0).max(24).optional().describe('hours worked'),
  consent: z.string().optional().describe('keep: "text,note,voice,face" or {"text":true,"note":true,…}'),
  at: z.string().meta({ format: 'date-time' }).optional().describe('when it happened: ISO 8601 with offset, ≤ diary.maxFutureMinutes ahead, ≤ diary.maxAgeDays back (default now)'),
  note: z.string().optional().describe('a free-text note (not analysed; kept only with consent "note")'),
}));

/** Registers the assessment routes. */
export function registerAssessmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/assessments', {
    schema: {
      summary: 'Submit a check-in (multipart/form-data; JSON for text only)',
      consumes: ['multipart/form-data', 'application/json'],
      querystring: jsonSchema(profileQuery),
      body: ref(checkInBody),
      response: {
        201: { ...ref(assessment, 'the stored assessment with its trend and alerts; Location: /api/assessments/:id'), headers: checkInHeaders },
        202: { ...ref(job, 'with check-in jobs, when the result is not ready within server.syncWaitMs (or `Prefer: respond-async`): the job; Location: /api/jobs/:id'), headers: locationHeader },
        ...errors,
      },
    },
  }, async (request, reply) => {
    const profileId = profileOf(request);
    const pool = ctx.models.analysis;
    if (!pool && !ctx.jobs) throw modelsMissing(ctx);
    // Admission first (running + waiting check-ins), before the upload is read: a refusal costs almost nothing.
    const release = (ctx.jobs?.admission ?? pool!.admission).enter();
    const timing = serverTiming();
    try {
      const upload = await readCheckInUpload(request, {
        maxAudioBytes: ctx.config.server.maxAudioBytes,
        maxImageBytes: ctx.config.server.maxImageBytes,
        maxTextChars: ctx.config.text.maxChars,
        // A WAV header that breaks a limit is refused from its first kilobytes, before the rest is read.
        precheckAudio: (prefix) => precheckAudioPrefix(prefix, { maxDurationSec: ctx.config.voice.maxDurationSec }),
        // Organisation deployments: no face or voice at all (EU AI Act Art. 5(1)(f)), refused before a byte is read.
        refuseFile: (field) => refuseBiometric(ctx.config, field),
      });
      if (upload.text === undefined && !upload.audio && !upload.image) {
        throw new BurnoutError('NO_MODALITY', 'give at least one of: text, audio, image');
      }
      // A bad date is refused before any analysis.
      const at = parseCheckInTime(upload.at, ctx.config);
      // With check-in jobs (PostgreSQL) a worker analyses and stores it; the request waits for it or answers 202.
      if (ctx.jobs) return await answerThroughJob(ctx.jobs, ctx, request, reply, profileId, upload, at);
      if (!pool) throw modelsMissing(ctx);
      // The person's own baseline as of that time, read here (the workers have no database) and sent with the task.
      const baseline = await loadBaseline(ctx.store.db, ctx.config, profileId, at);
      // Decoding and Stages 1–2 run in a worker thread within the time budget; the event loop stays free.
      timing.lap('upload');
      const { result, fusionModel } = await pool.analyze({
        text: upload.text, audio: upload.audio?.bytes, image: upload.image?.bytes, selfReport: upload.selfReport, baseline,
        waitForModels: ctx.models.state === 'ready',
      });
      timing.lap('analysis');
      const given: Modality[] = [];
      if (upload.text !== undefined) given.push('text');
      if (upload.audio) given.push('voice');
      if (upload.image) given.push('face');
      // Stage 3 and the write run one at a time, so that each check-in's trend sees the one before it.
      const stored = await ctx.checkIns.run(() => storeCheckIn(
        {
          db: ctx.store.db,
          trendModel: ctx.models.trendModel,
          config: ctx.config,
          fusionModel,
        },
        {
          profileId,
          result,
          given,
          text: upload.text,
          consent: upload.consent,
          at: upload.at,
          ...(upload.note !== undefined ? { note: upload.note } : {}),
          media: {
            ...(upload.audio ? { voice: { bytes: upload.audio.bytes, mime: upload.audio.mime } } : {}),
            ...(upload.image ? { face: { bytes: upload.image.bytes, mime: upload.image.mime } } : {}),
          },
          actor: actorOf(request, ctx),
        },
      ));
      timing.lap('store');
      return reply.status(201).header('location', `/api/assessments/${stored.id}`).header('server-timing', timing.header()).send(stored);
    } finally {
      release();
    }
  });

  app.get('/api/assessments', {
    schema: {
      summary: 'List stored check-ins (newest first, paged, optional date range)',
      querystring: jsonSchema(listQuery),
      response: { 200: ref(assessmentPage), ...errors },
    },
  }, async (request, reply) => {
    const q = parseWith(listQuery, request.query);
    // Pre-serialised (stored JSON columns spliced in unparsed) and sent as bytes: no second JSON.stringify.
    const json = await listAssessmentsJson(ctx.store.db, profileOf(request), q);
    return reply.type('application/json; charset=utf-8').send(Buffer.from(json));
  });

  app.get('/api/assessments/:id', profileRecordRoute('One stored check-in', ref(assessment)),
    async (request) => getAssessment(ctx.store.db, profileOf(request), idOf(request)));
}

/** Laps of one request for a Server-Timing header (`name;dur=ms`, one entry per lap). */
function serverTiming(): { lap(name: string): void; header(): string } {
  let last = performance.now();
  const laps: string[] = [];
  return {
    lap(name) {
      const now = performance.now();
      laps.push(`${name};dur=${(now - last).toFixed(1)}`);
      last = now;
    },
    header: () => laps.join(', '),
  };
}

/** MODEL_MISSING (503) saying whether the models are still loading or failed. */
function modelsMissing(ctx: AppContext): BurnoutError {
  const why = ctx.models.state === 'loading'
    ? 'the models are still loading; try again in a moment'
    : `the models could not load: ${ctx.models.error ?? 'unknown reason'}`;
  return new BurnoutError('MODEL_MISSING', why, { hint: 'GET /api/models shows each engine\'s status' });
}
