// Builds the Fastify app: security headers, rate limit, multipart limits, OpenAPI docs at /api/docs, the API
// routes (wired by hand), the dashboard from web/dist when it is built, and one error shape for every failure.
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import underPressure from '@fastify/under-pressure';
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import type { Store } from '../store/open.ts';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandlers } from './errors.ts';
import { installSameOrigin } from './same-origin.ts';
import { installAuth } from './auth.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import type { ModelHost } from './model-host.ts';
import { createSerialQueue, type SerialQueue } from './serial-queue.ts';
import { componentName, installComponents } from './openapi/components.ts';
import { registerAssessmentRoutes } from './routes/assessments.ts';
import { registerAlertRoutes } from './routes/alerts.ts';
import { registerInsightRoutes } from './routes/insights.ts';
import { registerDataRoutes } from './routes/data.ts';
import { registerDiaryRoutes } from './routes/diary.ts';
import { registerEntryRoutes } from './routes/entries.ts';
import { registerQuestionnaireRoutes } from './routes/questionnaires.ts';
import { registerSystemRoutes } from './routes/system.ts';
import { registerJobRoutes } from './routes/jobs.ts';
import { registerModelCardRoutes } from './routes/model-cards.ts';
import { registerSessionRoutes } from './routes/session.ts';
import { registerOrgRoutes } from './routes/org.ts';
import type { JobClient } from '../jobs/job-client.ts';

/** What the routes share. */
export interface AppContext {
  config: Readonly<Config>;
  store: Store;
  models: ModelHost;
  /** The store phase of check-ins (Stage 3 + the write) runs one at a time through this queue. */
  checkIns: SerialQueue;
  /** Who acts, for the audit log when nobody is signed in (auth.mode none: the local user). */
  actor: string;
  version: string;
  /** Check-in jobs (PostgreSQL): POST /api/assessments queues and waits; null: analysed in this process. */
  jobs: JobClient | null;
}

/** Options for building the app. */
export interface AppOptions {
  config: Readonly<Config>;
  store: Store;
  models: ModelHost;
  /** Folder of the built dashboard; served at / when it exists. */
  webDist?: string | null;
  /** Fastify logger setting (off by default). */
  logger?: boolean | { level: string };
  version?: string;
  /** Check-in jobs on PostgreSQL (docs/deploy.md); absent: check-ins are analysed by this process's pool. */
  jobs?: JobClient | null;
}

/** Creates the app (not listening yet); `app.inject` works on it directly. */
export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const server = o.config.server;
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    // A stalled upload is cut off; a silent connection is closed (after the longest check-in can take).
    requestTimeout: server.requestTimeoutSec * 1000,
    connectionTimeout: server.connectionTimeoutSec * 1000,
    // Node reads requestTimeout at construction (setting it later is ignored), so it goes in the http options too.
    http: { requestTimeout: server.requestTimeoutSec * 1000, connectionsCheckingInterval: 1000 },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
  // One validator (zod, in the handlers) and plain JSON output: route schemas are for the OpenAPI document only; the
  // response types come from the same zod components (./openapi/), checked against the domain types at compile time.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandlers(app);
  installSameOrigin(app, server.allowedHosts);
  installAuth(app, o.config, o.store);
  if (server.maxEventLoopDelayMs > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: server.maxEventLoopDelayMs,
      pressureHandler: async () => {
        throw new BurnoutError('SERVER_BUSY', 'the server is overloaded right now; try again in a few seconds', { retryAfterSec: 5 });
      },
    });
  }

  // Plain HTTP on loopback: no HSTS and no upgrade-insecure-requests (they would break http://127.0.0.1).
  await app.register(helmet, {
    hsts: false,
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'blob:'],
        'upgrade-insecure-requests': null,
      },
    },
  });
  // Counters in PostgreSQL are shared by every replica (docs/deploy.md); in memory they are per process.
  const sharedLimits = server.rateLimitShared && o.store.dialect === 'postgres';
  await app.register(rateLimit, {
    max: server.rateLimitPerMinute, timeWindow: '1 minute',
    ...(sharedLimits ? { store: databaseRateLimitStore(o.store.db) } : {}),
  });
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: {
      fileSize: Math.max(server.maxAudioBytes, server.maxImageBytes) + 1,
      files: 3,
      fields: 12,
      parts: 16,
      fieldSize: o.config.text.maxChars * 4 + 1024,
    },
  });
  await app.register(swagger, {
    // Shared schemas (the named components of ./openapi/) are listed under components.schemas by their names.
    refResolver: { buildLocalReference: componentName },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Burnout risk self-awareness API',
        version: o.version ?? '0.1.0',
        description: 'Check-ins (journal text, voice, face photo) → burnout risk, trend and alerts. Not a diagnosis. ' +
          'With auth.mode none, requests act on the default local profile unless the X-Profile-Id header (or ?profile=) names ' +
          'another; with auth.mode local, on the signed-in user\'s own profile only (sign in with POST /api/session).',
      },
    },
  });
  installComponents(app);
  // Swagger UI's own policy: the app's, plus inline styles (its React components set style attributes, which a
  // stricter style-src blocks with a console error), no validator badge (no request leaves the machine) and no
  // upgrade-insecure-requests (plain HTTP on loopback).
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null },
    staticCSP: {
      'default-src': ["'self'"], 'base-uri': ["'self'"], 'font-src': ["'self'", 'data:'], 'form-action': ["'self'"],
      'frame-ancestors': ["'self'"], 'img-src': ["'self'", 'data:'], 'object-src': ["'none'"], 'script-src': ["'self'"],
      'script-src-attr': ["'none'"], 'style-src': ["'self'", "'unsafe-inline'"],
    },
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) reply.header('cache-control', 'no-store');
    return payload;
  });

  const ctx: AppContext = {
    config: o.config,
    store: o.store,
    models: o.models,
    checkIns: createSerialQueue(o.config.server.maxQueuedCheckIns),
    actor: 'local-user',
    version: o.version ?? '0.1.0',
    jobs: o.jobs ?? null,
  };
  registerSessionRoutes(app, ctx);
  registerAssessmentRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerEntryRoutes(app, ctx);
  registerDiaryRoutes(app, ctx);
  registerAlertRoutes(app, ctx);
  registerInsightRoutes(app, ctx);
  registerDataRoutes(app, ctx);
  registerQuestionnaireRoutes(app, ctx);
  registerSystemRoutes(app, ctx);
  registerModelCardRoutes(app);
  registerOrgRoutes(app, ctx);

  const web = o.webDist && existsSync(o.webDist) ? o.webDist : null;
  if (web) await app.register(fastifyStatic, { root: web, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (web && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    throw new BurnoutError('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`);
  });
  return app;
}
