// GET /api/models (engine status and download progress) and GET /api/health (process, database and models).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../app.ts';
import { errors } from '../schemas.ts';
import { ref } from '../openapi/components.ts';
import { health, limits, models, type HealthView, type LimitsView, type ModelsView } from '../openapi/system.ts';

/** Registers the model status and health routes. */
export function registerSystemRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/models', {
    schema: { summary: 'Engine status per modality, fusion and trend models, download progress', response: { 200: ref(models), ...errors } },
  }, async (): Promise<ModelsView> => {
    const m = ctx.models;
    return { state: m.state, engines: m.engines, downloads: m.downloads, ...(m.error ? { error: m.error } : {}) };
  });

  app.get('/api/limits', {
    schema: { summary: 'The input limits this server enforces (config.yaml), for clients to check before uploading', response: { 200: ref(limits), ...errors } },
  }, async (): Promise<LimitsView> => ({
    maxTextChars: ctx.config.text.maxChars,
    maxVoiceSec: ctx.config.voice.maxDurationSec,
    maxAudioBytes: ctx.config.server.maxAudioBytes,
    maxImageBytes: ctx.config.server.maxImageBytes,
    maxImagePixels: ctx.config.face.maxPixels,
  }));

  app.get('/api/health', {
    schema: { summary: 'Liveness: 200 when the database answers', response: { 200: ref(health), 503: ref(health, 'database unreachable'), ...errors } },
  }, async (_request, reply) => {
    let database: HealthView['database'] = 'ok';
    try {
      await sql`select 1`.execute(ctx.store.db);
    } catch {
      database = 'unreachable';
    }
    const analysis = ctx.models.analysis?.stats();
    const body: HealthView = { status: database === 'ok' ? 'ok' : 'degraded', database, dialect: ctx.store.dialect, models: ctx.models.state, version: ctx.version, ...(analysis ? { analysis } : {}) };
    return reply.status(database === 'ok' ? 200 : 503).send(body);
  });
}
