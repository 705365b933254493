// Response components of the server itself: engine status and downloads, input limits, health, the session, the
// model cards, an import's counts and an erasure's report.
import { z } from 'zod';
import type { ImportSummary } from '../../diary/import-export.ts';
import type { ModelCard } from '../../model-cards/types.ts';
import type { EraseCounts } from '../../store/erase.ts';
import { keyed, responseComponent } from './components.ts';
import type { Expect, Same } from './type-check.ts';

const count = z.number().int();

/** GET /api/models: engine status per modality (plus fusion and trend) and download progress. */
export const models = responseComponent('Models', z.object({
  state: z.enum(['loading', 'ready', 'failed']),
  engines: z.record(z.string(), z.array(z.object({
    name: z.string(), ok: z.boolean(), model: z.string().optional(), reason: z.string().optional(), hint: z.string().optional(),
  }))).describe('per modality, plus fusion and trend, in preference order'),
  downloads: z.array(z.object({
    model: z.string(),
    progress: z.number().nullable().describe('0–1, null while the size is not known'),
    state: z.enum(['pending', 'downloading', 'done', 'failed']),
    message: z.string().optional(),
  })),
  error: z.string().optional(),
}));

/** The type of the `models` answer (its route returns it). */
export type ModelsView = z.output<typeof models>;

/** GET /api/limits: the input limits this server enforces (config.yaml). */
export const limits = responseComponent('Limits', z.object({
  maxTextChars: count, maxVoiceSec: z.number(), maxAudioBytes: count, maxImageBytes: count, maxImagePixels: count,
}));
/** The type of the `limits` answer (its route returns it). */
export type LimitsView = z.output<typeof limits>;

/** GET /api/health. */
export const health = responseComponent('Health', z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unreachable']),
  dialect: z.enum(['sqlite', 'postgres']),
  models: z.enum(['loading', 'ready', 'failed']),
  version: z.string(),
  analysis: z.object({ workers: count, pending: count, completed: count, timedOut: count, failed: count }).optional(),
}));
/** The type of the `health` answer (its route returns it). */
export type HealthView = z.output<typeof health>;

const publicUser = z.object({ username: z.string(), role: z.enum(['user', 'org-admin']), team: z.string().nullable() });

/** GET /api/session. */
export const session = responseComponent('Session', z.object({
  authMode: z.enum(['none', 'local']),
  deployment: z.enum(['personal', 'organisation']),
  user: publicUser.nullable(),
  modalities: z.object({ text: z.literal(true), voice: z.boolean(), face: z.boolean(), reason: z.string().nullable() }),
}));
/** The type of the `session` answer (its route returns it). */
export type SessionView = z.output<typeof session>;

/** POST /api/session. */
export const signedIn = responseComponent('SignedIn', z.object({ user: publicUser, expiresAt: z.string() }));

/** DELETE /api/session. */
export const signedOut = responseComponent('SignedOut', z.object({ signedOut: z.boolean() }));

const metric = z.object({ figure: z.string(), value: z.number(), data: z.string(), command: z.string() });
const modelCard = z.object({
  name: z.string(),
  kind: z.enum(['model', 'engine']),
  title: z.string(),
  part: z.enum(['text', 'voice', 'face', 'risk', 'trend']),
  engines: z.array(z.string()),
  summary: z.string(),
  howGood: z.string(),
  intendedUse: z.array(z.string()),
  notIntendedUse: z.array(z.string()),
  trainingData: z.array(z.object({ name: z.string(), licence: z.string(), provenance: z.string() })),
  limitations: z.array(z.string()),
  recordedMetrics: z.array(metric).optional(),
  disaggregated: z.array(z.object({
    by: z.string(), metric: z.string(), data: z.string(), command: z.string(), date: z.string(),
    groups: z.array(z.object({ group: z.string(), n: count, value: z.number(), interval: z.tuple([z.number(), z.number()]) })),
    note: z.string(),
  })).optional(),
  reviewed: z.string(),
  metadataMetrics: z.array(metric),
  modelDate: z.string().nullable(),
  metadata: z.object({ path: z.string(), sha256: z.string() }).nullable(),
});

/** GET /api/model-cards. */
export const modelCards = responseComponent('ModelCards', z.object({
  cards: z.array(modelCard.extend({ path: z.string().describe('the card\'s Markdown file in the repository') })),
}));

/** POST /api/import. */
export const importResult = responseComponent('ImportResult', z.object({
  imported: count, skipped: count, alerts: count, textDropped: count, questionnaires: count, questionnairesSkipped: count,
}));

const ERASED = ['media', 'consents', 'alerts', 'assessments', 'questionnaires', 'audit_log', 'check_in_jobs', 'sessions', 'profiles'] as const;

/** DELETE /api/data. */
export const erasure = responseComponent('Erasure', z.object({
  deleted: keyed(ERASED, count).describe('rows deleted per table'),
  scrub: z.object({
    engine: z.enum(['sqlite', 'postgres']),
    walTruncated: z.boolean().optional(),
    vacuumed: z.array(z.string()).optional(),
  }).optional(),
}));

// Compile-time checks: each schema's type is exactly the domain type it documents (npm run typecheck fails otherwise).
export type ModelCardMatches = Expect<Same<z.output<typeof modelCard>, ModelCard>>;
export type ImportMatches = Expect<Same<z.output<typeof importResult>, ImportSummary>>;
export type ErasedMatches = Expect<Same<z.output<typeof erasure>['deleted'], EraseCounts>>;
