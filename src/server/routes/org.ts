// The organisation view (deployment.kind organisation, role org-admin): GET /api/org/report (per team and week,
// anonymised aggregates of self-reports, risk levels and questionnaire scores, small groups suppressed) and GET
// /api/org/export (the same as CSV or JSON). Every read writes an audit row. Never text, never an individual.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BurnoutError } from '../../errors.ts';
import { readMemberWeeks } from '../../org/member-weeks.ts';
import { buildOrgReport, orgReportCsv, recentWeeks } from '../../org/report.ts';
import type { OrgReport } from '../../org/types.ts';
import { logAction } from '../../store/audit.ts';
import type { AppContext } from '../app.ts';
import { errors, jsonSchema, parseWith } from '../schemas.ts';
import { ref } from '../openapi/components.ts';
import { fileAnswer } from '../openapi/export.ts';
import { orgReport } from '../openapi/questionnaire.ts';

const reportQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(104).optional().describe('weeks up to this one (default org.weeks)'),
}).strict();
const exportQuery = reportQuery.extend({ format: z.enum(['csv', 'json']).default('json') });

/** Registers the organisation routes. */
export function registerOrgRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** The org-admin acting, or NOT_FOUND (no organisation view here) / FORBIDDEN (not an org-admin). */
  const orgAdmin = (request: FastifyRequest) => {
    if (ctx.config.deployment.kind !== 'organisation' || ctx.config.auth.mode !== 'local') {
      throw new BurnoutError('NOT_FOUND', 'the organisation view exists only with deployment.kind organisation and auth.mode local');
    }
    if (request.user?.role !== 'org-admin') throw new BurnoutError('FORBIDDEN', 'the organisation view is for org-admins');
    return request.user;
  };
  const report = async (weeks: number | undefined): Promise<OrgReport> => {
    const range = recentWeeks(weeks ?? ctx.config.org.weeks);
    const { data, teamSizes } = await readMemberWeeks(ctx.store.db, range.from, range.to);
    return buildOrgReport(data, teamSizes, range.weeks, ctx.config.org.minGroupSize);
  };

  app.get('/api/org/report', {
    schema: { summary: 'Organisation view: anonymised team aggregates per week (org-admin)', querystring: jsonSchema(reportQuery), response: { 200: ref(orgReport), ...errors } },
  }, async (request) => {
    const admin = orgAdmin(request);
    const q = parseWith(reportQuery, request.query);
    const r = await report(q.weeks);
    await logAction(ctx.store.db, { actor: admin.username, action: 'org.view', profileId: null, detail: `weeks=${r.weeks.length} teams=${r.teams.length}` });
    return r;
  });

  app.get('/api/org/export', {
    schema: { summary: 'Organisation view as a file: CSV (team, week, metric, members, mean, hidden) or JSON (org-admin)', querystring: jsonSchema(exportQuery), response: { 200: fileAnswer('an attachment: the report as JSON, or CSV (team, week, metric, members, mean, hidden)', ref(orgReport), 'text/csv'), ...errors } },
  }, async (request, reply) => {
    const admin = orgAdmin(request);
    const q = parseWith(exportQuery, request.query);
    const r = await report(q.weeks);
    await logAction(ctx.store.db, { actor: admin.username, action: 'org.export', profileId: null, detail: `format=${q.format} weeks=${r.weeks.length} teams=${r.teams.length}` });
    const name = `burnout-org-${r.weeks.at(-1)}.${q.format}`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (q.format === 'csv') return reply.type('text/csv; charset=utf-8').send(orgReportCsv(r));
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(r, null, 2));
  });
}
