// GET /api/trend (the current trend over the stored history) and GET /api/stats (the dashboard's aggregates).
import type { FastifyInstance } from 'fastify';
import { recentHistory } from '../../store/assessments.ts';
import { profileStats } from '../../store/stats.ts';
import { computeTrend } from '../../trend/infer.ts';
import type { Trend } from '../../trend/types.ts';
import type { AppContext } from '../app.ts';
import { profileOf } from '../profile.ts';
import { errorSchema, jsonSchema, objectDoc, parseWith, profileQuery, rangeQuery } from '../schemas.ts';

/** Registers the trend and stats routes. */
export function registerInsightRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/trend', {
    schema: {
      summary: 'The trend over the most recent check-ins (needs trend.minSteps of them)',
      querystring: jsonSchema(profileQuery),
      response: { 200: objectDoc('{ trend, probabilities, minSteps, maxSteps, available, history }'), '4xx': errorSchema },
    },
  }, async (request) => {
    const { minSteps, maxSteps } = ctx.config.trend;
    const history = await recentHistory(ctx.store.db, profileOf(request), maxSteps);
    const model = ctx.models.trendModel;
    let trend: Trend = { direction: 'insufficient_history', confidence: null, steps: history.length };
    let probabilities: Record<string, number> | null = null;
    if (model) {
      const outcome = computeTrend(model, history, ctx.config);
      trend = outcome.trend;
      probabilities = outcome.probabilities;
    } else if (history.at(-1)?.trend) {
      trend = history.at(-1)!.trend!;
    }
    return {
      trend,
      probabilities,
      minSteps,
      maxSteps,
      available: model !== null,
      history: history.map((a) => ({ id: a.id, at: a.at, level: a.risk.level, confidence: a.risk.confidence, reliable: a.risk.reliable })),
    };
  });

  app.get('/api/stats', {
    schema: {
      summary: 'Check-ins and risk levels per week, mean self-report, trend and alert counts',
      querystring: jsonSchema(rangeQuery),
      response: { 200: objectDoc('ProfileStats (docs/api.md)'), '4xx': errorSchema },
    },
  }, async (request) => {
    const q = parseWith(rangeQuery, request.query);
    return profileStats(ctx.store.db, profileOf(request), { from: q.from, to: q.to });
  });
}
