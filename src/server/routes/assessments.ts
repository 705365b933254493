// POST /api/assessments (one check-in, optionally dated), GET /api/assessments (paged, date range), GET one by id.
// Editing and deleting one check-in are in entries.ts.
import type { FastifyInstance } from 'fastify';
import { BurnoutError } from '../../errors.ts';
import { getAssessment, listAssessmentsJson } from '../../store/assessments.ts';
import { checkIn } from '../../service/check-in.ts';
import { parseCheckInTime } from '../../diary/check-in-time.ts';
import { decodeUploads } from '../../service/decode-uploads.ts';
import type { AppContext } from '../app.ts';
import { fusionModelName } from '../model-host.ts';
import { profileOf } from '../profile.ts';
import { errorSchema, idParams, jsonSchema, listQuery, objectDoc, parseWith, profileQuery } from '../schemas.ts';
import { readCheckInUpload } from '../upload.ts';

const checkInBody = {
  type: 'object',
  properties: {
    text: { type: 'string', description: 'journal text (≤ text.maxChars characters)' },
    audio: { type: 'string', format: 'binary', description: 'voice recording: WAV (WebM/OGG/MP3/M4A with ffmpeg), ≤ 25 MB' },
    image: { type: 'string', format: 'binary', description: 'face photo: JPEG, PNG or WebP, ≤ 10 MB' },
    energy: { type: 'number', minimum: 0, maximum: 10 },
    stress: { type: 'number', minimum: 0, maximum: 10 },
    work: { type: 'number', minimum: 0, maximum: 24, description: 'hours worked' },
    consent: { type: 'string', description: 'keep: "text,note,voice,face" or {"text":true,"note":true,…}' },
    at: { type: 'string', format: 'date-time', description: 'when it happened: ISO 8601 with offset, ≤ 5 min ahead, ≤ 2 years back (default now)' },
    note: { type: 'string', description: 'a free-text note (not analysed; kept only with consent "note")' },
  },
};

/** Registers the assessment routes. */
export function registerAssessmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/assessments', {
    schema: {
      summary: 'Submit a check-in (multipart/form-data; JSON for text only)',
      consumes: ['multipart/form-data', 'application/json'],
      querystring: jsonSchema(profileQuery),
      body: checkInBody,
      response: { 201: objectDoc('the stored assessment with its trend and alerts'), '4xx': errorSchema, '5xx': errorSchema },
    },
  }, async (request, reply) => {
    const profileId = profileOf(request);
    const upload = await readCheckInUpload(request, {
      maxAudioBytes: ctx.config.server.maxAudioBytes,
      maxImageBytes: ctx.config.server.maxImageBytes,
      maxTextChars: ctx.config.text.maxChars,
    });
    if (upload.text === undefined && !upload.audio && !upload.image) {
      throw new BurnoutError('NO_MODALITY', 'give at least one of: text, audio, image');
    }
    const at = parseCheckInTime(upload.at, ctx.config);
    const stored = await ctx.checkIns.run(async () => {
      // Bad media is reported before model availability: decoding needs no model.
      const inputs = await decodeUploads({ text: upload.text, audio: upload.audio?.bytes, image: upload.image?.bytes }, ctx.config);
      const runtime = requireRuntime(ctx);
      return checkIn(
        { db: ctx.store.db, runtime, trendModel: ctx.models.trendModel, config: ctx.config, fusionModel: fusionModelName(runtime) },
        {
          profileId,
          inputs,
          selfReport: upload.selfReport,
          consent: upload.consent,
          at,
          ...(upload.note !== undefined ? { note: upload.note } : {}),
          media: {
            ...(upload.audio ? { voice: { bytes: upload.audio.bytes, mime: upload.audio.mime } } : {}),
            ...(upload.image ? { face: { bytes: upload.image.bytes, mime: upload.image.mime } } : {}),
          },
          actor: ctx.actor,
        },
      );
    });
    return reply.status(201).send(stored);
  });

  app.get('/api/assessments', {
    schema: {
      summary: 'List stored check-ins (newest first, paged, optional date range)',
      querystring: jsonSchema(listQuery),
      response: { 200: objectDoc('{ items, total, limit, offset }'), '4xx': errorSchema },
    },
  }, async (request, reply) => {
    const q = parseWith(listQuery, request.query);
    // Pre-serialised (stored JSON columns spliced in unparsed) and sent as bytes: no second JSON.stringify.
    const json = await listAssessmentsJson(ctx.store.db, profileOf(request), q);
    return reply.type('application/json; charset=utf-8').send(Buffer.from(json));
  });

  app.get('/api/assessments/:id', {
    schema: {
      summary: 'One stored check-in',
      params: jsonSchema(idParams),
      querystring: jsonSchema(profileQuery),
      response: { 200: objectDoc('the stored assessment'), '4xx': errorSchema },
    },
  }, async (request) => {
    const { id } = parseWith(idParams, request.params);
    return getAssessment(ctx.store.db, profileOf(request), id);
  });
}

/** The loaded runtime, or MODEL_MISSING (503) saying whether models are still loading or failed. */
function requireRuntime(ctx: AppContext) {
  const runtime = ctx.models.runtime;
  if (ctx.models.state === 'ready' && runtime) return runtime;
  const why = ctx.models.state === 'loading'
    ? 'the models are still loading; try again in a moment'
    : `the models could not load: ${ctx.models.error ?? 'unknown reason'}`;
  throw new BurnoutError('MODEL_MISSING', why, { hint: 'GET /api/models shows each engine\'s status' });
}
