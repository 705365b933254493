// GET /api/alerts (newest first, optionally only unacknowledged) and POST /api/alerts/:id/ack.
import type { FastifyInstance } from 'fastify';
import { acknowledgeAlert, listAlerts } from '../../store/alerts.ts';
import type { AppContext } from '../app.ts';
import { actorOf, profileOf } from '../profile.ts';
import { alertQuery, errors, idOf, jsonSchema, parseWith, profileRecordRoute } from '../schemas.ts';
import { alert, alertPage } from '../openapi/assessment.ts';
import { ref } from '../openapi/components.ts';

/** Registers the alert routes. */
export function registerAlertRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/alerts', {
    schema: {
      summary: 'Escalation alerts (one open per rule; resolved ones kept), most recently seen first',
      querystring: jsonSchema(alertQuery),
      response: { 200: ref(alertPage), ...errors },
    },
  }, async (request) => {
    const q = parseWith(alertQuery, request.query);
    return listAlerts(ctx.store.db, profileOf(request), { unacknowledged: q.unacknowledged === 'true', status: q.status, limit: q.limit, offset: q.offset });
  });

  app.post('/api/alerts/:id/ack', profileRecordRoute('Acknowledge an alert (idempotent)', ref(alert, 'the acknowledged alert')),
    async (request) => acknowledgeAlert(ctx.store.db, profileOf(request), idOf(request), actorOf(request, ctx)));
}
