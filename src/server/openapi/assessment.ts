// Response components of check-ins: a stored assessment (risk, per-modality results, explanation, trend, alerts,
// baseline), pages of assessments and alerts, a check-in job, and a deleted entry. Each is checked against the
// domain type it documents (type-check.ts).
import { z } from 'zod';
import { MODALITIES } from '../../analysis/types.ts';
import type { BaselineComparison } from '../../baseline/types.ts';
import { EMOTIONS } from '../../emotions.ts';
import { HTTP_STATUS, type ErrorCode } from '../../errors.ts';
import { ASSESSED_LEVELS, FUSION_INPUTS, RISK_LEVELS, type Risk } from '../../fusion/types.ts';
import type { JobView } from '../../jobs/job-client.ts';
import type { StoredAlert, StoredAssessment } from '../../store/record.ts';
import { TREND_DIRECTIONS, type Trend } from '../../trend/types.ts';
import { keyed, responseComponent } from './components.ts';
import type { Expect, Same } from './type-check.ts';

const ERROR_CODES = Object.keys(HTTP_STATUS) as [ErrorCode, ...ErrorCode[]];
const timestamp = z.string().describe('ISO 8601 date-time');

/** The `{ error: { code, message, hint? } }` body of every 4xx/5xx answer. */
export const errorBody = responseComponent('Error', z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), hint: z.string().optional() }),
}));

const emotions = keyed(EMOTIONS, z.number()).describe('probability per canonical emotion (0–1, sum 1)');

const modalityOk = z.object({
  status: z.literal('ok'),
  emotions: emotions.nullable().describe('null when no emotion engine could serve'),
  covered: z.array(z.enum(EMOTIONS)).optional(),
  emotionsAbsentReason: z.string().optional(),
  features: z.record(z.string(), z.number().nullable()).describe('measured features by name (units: docs/text.md, voice.md, face.md)'),
  details: z.record(z.string(), z.unknown()).optional(),
  explanation: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional(),
  embedding: z.array(z.number()).optional(),
  engine: z.string(),
  model: z.string(),
  latencyMs: z.number(),
});
const modalityNotOk = z.object({ status: z.enum(['absent', 'rejected']), reason: z.string() });

/** One modality's result: analysed, or absent / rejected with the reason in words. */
export const modalityResult = responseComponent('ModalityResult', z.union([modalityOk, modalityNotOk]));

/** The fused risk of one check-in. */
export const risk = responseComponent('Risk', z.object({
  level: z.enum(ASSESSED_LEVELS),
  probabilities: keyed(RISK_LEVELS, z.number()),
  confidence: z.number(),
  uncertainty: z.number(),
  reliable: z.boolean(),
  modalityWeights: keyed(FUSION_INPUTS, z.number()),
  unclearReason: z.string().optional(),
  levelNote: z.string().optional(),
}));

/** The trend over local days, or too little history for one. */
export const trend = responseComponent('Trend', z.union([
  z.object({ direction: z.enum(TREND_DIRECTIONS), confidence: z.number(), steps: z.number().int() }),
  z.object({ direction: z.literal('insufficient_history'), confidence: z.null(), steps: z.number().int() }),
]));

/** The optional self-report of a check-in. */
export const selfReport = responseComponent('SelfReport', z.object({
  energy: z.number().optional().describe('0–10'),
  stress: z.number().optional().describe('0–10'),
  work: z.number().optional().describe('hours, 0–24'),
}));

/** An escalation alert. */
export const alert = responseComponent('Alert', z.object({
  id: z.string(), profileId: z.string(), assessmentId: z.string(), at: timestamp, rule: z.string(), reason: z.string(),
  resources: z.array(z.string()), acknowledgedAt: z.string().nullable(), occurrences: z.number().int(), lastSeenAt: z.string(),
  lastAssessmentId: z.string().nullable(), resolvedAt: z.string().nullable(),
}));

const reference = z.object({ checkIns: z.number().int(), days: z.number().int(), firstDay: z.string(), lastDay: z.string() });
const baseline = z.object({
  modalities: keyed(MODALITIES, z.object({
    reference,
    features: z.record(z.string(), z.object({ value: z.number(), median: z.number(), z: z.number() })),
  })).partial(),
  sentences: z.array(z.string()),
}).describe('the check-in against the person\'s own baseline (docs/baseline.md)');

const modelUsed = z.object({ engine: z.string(), model: z.string() });

/** A stored check-in with its trend and alerts. */
export const assessment = responseComponent('Assessment', z.object({
  id: z.string(),
  profileId: z.string(),
  at: timestamp,
  risk,
  modalities: keyed(MODALITIES, modalityResult),
  selfReport,
  explanation: z.object({
    weights: z.string(),
    topEmotions: keyed(MODALITIES, z.array(z.string())).partial(),
    voice: z.array(z.string()),
    summary: z.string(),
    baseline: z.array(z.string()).optional(),
  }),
  notice: z.string(),
  help: z.array(z.string()).optional(),
  safetyLanguage: z.boolean().optional(),
  trend: trend.nullable(),
  models: keyed(MODALITIES, modelUsed).partial().extend({ fusion: z.string().optional() }),
  journalText: z.string().optional(),
  note: z.string().optional(),
  alerts: z.array(alert),
  baseline: baseline.optional(),
}));

const page = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() };

/** GET /api/assessments. */
export const assessmentPage = responseComponent('AssessmentPage', z.object({ items: z.array(assessment), ...page }));

/** GET /api/alerts. */
export const alertPage = responseComponent('AlertPage', z.object({ items: z.array(alert), ...page }));

/** A check-in queued for a worker (PostgreSQL with jobs). */
export const job = responseComponent('Job', z.object({
  id: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  at: timestamp,
  createdAt: timestamp,
  updatedAt: timestamp,
  attempts: z.number().int(),
  assessment: assessment.optional(),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).optional(),
}));

/** DELETE /api/assessments/:id. */
export const deletedEntry = responseComponent('DeletedEntry', z.object({
  id: z.string(),
  deleted: z.object({ media: z.number().int(), consents: z.number().int(), alerts: z.number().int(), assessments: z.number().int() }),
}));

// Compile-time checks: each schema's type is exactly the domain type it documents (npm run typecheck fails otherwise).
export type AssessmentMatches = Expect<Same<z.output<typeof assessment>, StoredAssessment>>;
export type RiskMatches = Expect<Same<z.output<typeof risk>, Risk>>;
export type TrendMatches = Expect<Same<z.output<typeof trend>, Trend>>;
export type AlertMatches = Expect<Same<z.output<typeof alert>, StoredAlert>>;
export type BaselineMatches = Expect<Same<z.output<typeof baseline>, BaselineComparison>>;
export type JobMatches = Expect<Same<z.output<typeof job>, JobView>>;
