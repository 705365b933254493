// GET /api/trend (the current trend over the stored history), GET /api/stats (the dashboard's aggregates) and
// GET /api/drift (how the recent check-ins differ from the profile's first weeks).
import type { FastifyInstance } from 'fastify';
import { currentTrend as trendNow } from '../../diary/current-trend.ts';
import { profileStats } from '../../store/stats.ts';
import { driftCheckIns } from '../../store/drift-check-ins.ts';
import { profileDrift } from '../../drift/profile-drift.ts';
import type { AppContext } from '../app.ts';
import { profileOf } from '../profile.ts';
import { errors, jsonSchema, parseWith, profileQuery, rangeQuery } from '../schemas.ts';
import { ref } from '../openapi/components.ts';
import { currentTrend, drift, stats, type CurrentTrendView } from '../openapi/diary.ts';

/** Registers the trend, stats and drift routes. */
export function registerInsightRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/trend', {
    schema: {
      summary: 'The trend over local days as of the latest check-in (needs trend.minDays days within trend.windowDays)',
      querystring: jsonSchema(profileQuery),
      response: { 200: ref(currentTrend), ...errors },
    },
  }, async (request): Promise<CurrentTrendView> => {
    const t = await trendNow({ db: ctx.store.db, trendModel: ctx.models.trendModel, config: ctx.config }, profileOf(request));
    return {
      trend: t.trend, probabilities: t.probabilities, minDays: t.settings.minDays, windowDays: t.settings.windowDays,
      timeZone: t.settings.timeZone, asOf: t.asOf, days: t.days, available: t.available,
    };
  });

  app.get('/api/stats', {
    schema: {
      summary: 'Check-ins and risk levels per week, mean self-report, trend and alert counts',
      querystring: jsonSchema(rangeQuery),
      response: { 200: ref(stats), ...errors },
    },
  }, async (request) => {
    const q = parseWith(rangeQuery, request.query);
    return profileStats(ctx.store.db, profileOf(request), { from: q.from, to: q.to });
  });

  app.get('/api/drift', {
    schema: {
      summary: 'PSI of the risk-level distribution and of each input\'s usage, recent weeks against the profile\'s first weeks (docs/drift.md)',
      querystring: jsonSchema(profileQuery),
      response: { 200: ref(drift), ...errors },
    },
  }, async (request) => profileDrift(await driftCheckIns(ctx.store.db, profileOf(request))));
}
