// POST /api/questionnaires (one answered Copenhagen Burnout Inventory), GET /api/questionnaires (the profile's
// questionnaires with the agreement and the personal calibration beside its check-ins) and GET /api/questionnaires/items
// (the inventory's items, response sets, framing and missing-item rule, for clients that draw their own form).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CBI_FRAMING, CBI_ITEMS, CBI_MIN_ANSWERED, CLIENT_SCALE_NOTE, optionsOf, SCALE_NAMES } from '../../questionnaire/cbi-items.ts';
import { BAND_FROM } from '../../questionnaire/cbi-score.ts';
import { questionnaireOverview, recordQuestionnaire } from '../../service/questionnaire.ts';
import type { AppContext } from '../app.ts';
import { actorOf, profileOf } from '../profile.ts';
import { errorSchema, jsonSchema, objectDoc, parseWith, profileQuery } from '../schemas.ts';

const answer = z.number().int().min(0).max(4).nullable();
const questionnaireBody = z.object({
  answers: z.array(answer).describe('13 answers (personal 1–6, work-related 7–13) or 19 (with client-related 14–19), in the published order; each 0–4 (4 = "Always" / "To a very high degree") or null for a skipped item'),
  at: z.string().optional().describe('when it was answered: ISO 8601 with offset (default now)'),
}).strict();

/** Registers the questionnaire routes. */
export function registerQuestionnaireRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/questionnaires', {
    schema: {
      summary: 'Answer the Copenhagen Burnout Inventory (scored per its manual; not a diagnosis)',
      consumes: ['application/json'],
      querystring: jsonSchema(profileQuery),
      body: jsonSchema(questionnaireBody),
      response: { 201: objectDoc('{ id, profileId, at, instrument, framing, answers, scores: { personal, work, client, bands, answered, clientGiven } }'), '4xx': errorSchema },
    },
  }, async (request, reply) => {
    const body = parseWith(questionnaireBody, request.body);
    const stored = await recordQuestionnaire(ctx.store.db, ctx.config, { profileId: profileOf(request), answers: body.answers, at: body.at, actor: actorOf(request, ctx) });
    return reply.status(201).send(stored);
  });

  app.get('/api/questionnaires', {
    schema: {
      summary: 'The profile\'s questionnaires with the agreement (from questionnaire.agreementMin) and the personal calibration (from questionnaire.calibrationMin)',
      querystring: jsonSchema(profileQuery),
      response: { 200: objectDoc('{ items, count, latest, due, referenceScale, pairs, agreement, calibration, minimums } (docs/api.md)') },
    },
  }, async (request) => questionnaireOverview(ctx.store.db, ctx.config, profileOf(request)));

  app.get('/api/questionnaires/items', {
    schema: { summary: 'The CBI items in published order with their answer options, the framing, the missing-item rule and the bands', response: { 200: objectDoc('{ framing, scales, items, minAnswered, bands }') } },
  }, async () => ({
    instrument: 'cbi',
    framing: CBI_FRAMING,
    scales: SCALE_NAMES,
    clientNote: CLIENT_SCALE_NOTE,
    minAnswered: CBI_MIN_ANSWERED,
    bands: { low: `below ${BAND_FROM.moderate}`, moderate: `${BAND_FROM.moderate}–${BAND_FROM.high - 1}`, high: `${BAND_FROM.high} and above` },
    items: CBI_ITEMS.map((i) => ({ ...i, options: optionsOf(i) })),
  }));
}
