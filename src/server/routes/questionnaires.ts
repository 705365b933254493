// POST /api/questionnaires (one answered Copenhagen Burnout Inventory), GET /api/questionnaires (the profile's
// questionnaires with the agreement and the personal calibration beside its check-ins), GET /api/questionnaires/:id (one)
// and GET /api/questionnaires/items (the inventory's items, response sets, framing and missing-item rule, for clients
// that draw their own form).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CBI_FRAMING, CBI_ITEMS, CBI_MIN_ANSWERED, CLIENT_SCALE_NOTE, optionsOf, SCALE_NAMES } from '../../questionnaire/cbi-items.ts';
import { BAND_FROM } from '../../questionnaire/cbi-score.ts';
import { questionnaireOverview, recordQuestionnaire } from '../../service/questionnaire.ts';
import type { AppContext } from '../app.ts';
import { actorOf, profileOf } from '../profile.ts';
import { errors, idOf, jsonSchema, locationHeader, parseWith, profileQuery, profileRecordRoute } from '../schemas.ts';
import { bodyComponent, ref } from '../openapi/components.ts';
import { questionnaire, questionnaireItems, questionnaireOverview as overviewSchema } from '../openapi/questionnaire.ts';
import { getQuestionnaire } from '../../store/questionnaires.ts';

const answer = z.number().int().min(0).max(4).nullable();
const questionnaireBody = bodyComponent('QuestionnaireAnswers', z.object({
  answers: z.array(answer).describe('13 answers (personal 1–6, work-related 7–13) or 19 (with client-related 14–19), in the published order; each 0–4 (4 = "Always" / "To a very high degree") or null for a skipped item'),
  at: z.string().optional().describe('when it was answered: ISO 8601 with offset (default now)'),
}).strict());

/** Registers the questionnaire routes. */
export function registerQuestionnaireRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/questionnaires', {
    schema: {
      summary: 'Answer the Copenhagen Burnout Inventory (scored per its manual; not a diagnosis)',
      consumes: ['application/json'],
      querystring: jsonSchema(profileQuery),
      body: ref(questionnaireBody),
      response: { 201: { ...ref(questionnaire, 'the stored questionnaire; Location: /api/questionnaires/:id'), headers: locationHeader }, ...errors },
    },
  }, async (request, reply) => {
    const body = parseWith(questionnaireBody, request.body);
    const stored = await recordQuestionnaire(ctx.store.db, ctx.config, { profileId: profileOf(request), answers: body.answers, at: body.at, actor: actorOf(request, ctx) });
    return reply.status(201).header('location', `/api/questionnaires/${stored.id}`).send(stored);
  });

  app.get('/api/questionnaires', {
    schema: {
      summary: 'The profile\'s questionnaires with the agreement (from questionnaire.agreementMin) and the personal calibration (from questionnaire.calibrationMin)',
      querystring: jsonSchema(profileQuery),
      response: { 200: ref(overviewSchema), ...errors },
    },
  }, async (request) => questionnaireOverview(ctx.store.db, ctx.config, profileOf(request)));

  app.get('/api/questionnaires/:id', profileRecordRoute('One stored questionnaire of the profile', ref(questionnaire)),
    async (request) => getQuestionnaire(ctx.store.db, profileOf(request), idOf(request)));

  app.get('/api/questionnaires/items', {
    schema: { summary: 'The CBI items in published order with their answer options, the framing, the missing-item rule and the bands', response: { 200: ref(questionnaireItems), ...errors } },
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
