// GET /api/export?format=csv|json (every assessment of the profile), POST /api/import (the JSON export back, all or
// nothing) and DELETE /api/data (erase the profile).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { allAssessments } from '../../store/assessments.ts';
import { logAction } from '../../store/audit.ts';
import { eraseProfile } from '../../store/erase.ts';
import { listQuestionnaires } from '../../store/questionnaires.ts';
import type { ScrubReport } from '../../store/scrub.ts';
import { assessmentsToCsv, assessmentsToJson } from '../../store/export.ts';
import { NOTICE } from '../../notice.ts';
import { importExport } from '../../diary/import-export.ts';
import type { AppContext } from '../app.ts';
import { actorOf, profileOf } from '../profile.ts';
import { errors, exportQuery, jsonSchema, parseWith, profileQuery } from '../schemas.ts';
import { bodyComponent, ref } from '../openapi/components.ts';
import { exportFile, fileAnswer } from '../openapi/export.ts';
import { erasure, importResult } from '../openapi/system.ts';

/** The import body: this tool's JSON export (checked entry by entry by src/diary/import-export.ts). */
const importBody = bodyComponent('ImportFile', z.looseObject({
  assessments: z.array(z.record(z.string(), z.unknown())).optional().describe('the exported check-ins'),
  questionnaires: z.array(z.record(z.string(), z.unknown())).optional().describe('the exported questionnaires'),
}).describe('the JSON export of GET /api/export?format=json (a bare array of check-ins also works)'));

/** Registers the export and erase routes. */
export function registerDataRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/export', {
    schema: {
      summary: 'Download every check-in and questionnaire of the profile (CSV is safe against spreadsheet formula injection)',
      querystring: jsonSchema(exportQuery),
      response: { 200: fileAnswer('an attachment: JSON (the file POST /api/import reads) or CSV (columns: docs/api.md)', ref(exportFile), 'text/csv'), ...errors },
    },
  }, async (request, reply) => {
    const { format } = parseWith(exportQuery, request.query);
    const profileId = profileOf(request);
    const [items, questionnaires] = await Promise.all([allAssessments(ctx.store.db, profileId), listQuestionnaires(ctx.store.db, profileId)]);
    await logAction(ctx.store.db, { actor: actorOf(request, ctx), action: 'data.export', profileId, detail: `format=${format} rows=${items.length} questionnaires=${questionnaires.length}` });
    const stamp = new Date().toISOString().slice(0, 10);
    reply.header('content-disposition', `attachment; filename="burnout-${profileId}-${stamp}.${format}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(assessmentsToCsv(items, questionnaires));
    return reply.type('application/json; charset=utf-8').send(assessmentsToJson(profileId, items, NOTICE, questionnaires));
  });

  app.post('/api/import', {
    bodyLimit: ctx.config.server.maxImportBytes,
    schema: {
      summary: 'Import this tool\'s JSON export into the profile (one transaction; ids kept; stored ids skipped and counted)',
      consumes: ['application/json'],
      querystring: jsonSchema(profileQuery),
      body: ref(importBody),
      response: { 200: ref(importResult), ...errors },
    },
  }, async (request) => {
    return importExport({ db: ctx.store.db, trendModel: ctx.models.trendModel, config: ctx.config }, profileOf(request), request.body, actorOf(request, ctx));
  });

  app.delete('/api/data', {
    schema: {
      summary: 'Erase every row of the profile (assessments, alerts, consents, media, questionnaires, audit entries, the profile) and scrub the deleted bytes from the database files',
      querystring: jsonSchema(profileQuery),
      response: { 200: ref(erasure), ...errors },
    },
  }, async (request) => {
    let scrub: ScrubReport | undefined;
    const deleted = await eraseProfile(ctx.store.db, profileOf(request), actorOf(request, ctx), (r) => { scrub = r; });
    request.log.info({ scrub }, 'erasure scrubbed');
    return { deleted, scrub };
  });
}
