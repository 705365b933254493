// Validates a trend history given as JSON into TrendCheckIns: an array of `assess --json` outputs with an "at"
// timestamp, or the dashboard's / API's JSON export (an object whose `assessments` holds the stored check-ins).
import { z } from 'zod';
import { MODALITIES, type Modality, type ModalityResult } from '../analysis/types.ts';
import { EMOTIONS } from '../emotions.ts';
import { BurnoutError } from '../errors.ts';
import { ASSESSED_LEVELS } from '../fusion/types.ts';
import type { TrendCheckIn } from './types.ts';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const prob = z.number().min(0).max(1);
const optionalScore = (max: number) => z.number().min(0).max(max).nullish();

const modalityResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    emotions: z.object(Object.fromEntries(EMOTIONS.map((e) => [e, prob.optional()]))).nullable().optional(),
  }).passthrough(),
  z.object({ status: z.enum(['absent', 'rejected']), reason: z.string().optional() }).passthrough(),
]);

/** One check-in as the trend reads it (other fields pass through); the import schema extends it. */
export const trendCheckInSchema = z.object({
  at: z.string().refine((s) => ISO_8601.test(s) && Number.isFinite(Date.parse(s)), 'must be an ISO-8601 timestamp such as 2025-03-01T09:00:00Z'),
  risk: z.object({
    level: z.enum(ASSESSED_LEVELS),
    probabilities: z.object({ low: prob, moderate: prob, high: prob }),
    confidence: prob.optional(),
    uncertainty: prob.optional(),
    reliable: z.boolean(),
    modalityWeights: z.object({ ...Object.fromEntries(MODALITIES.map((m) => [m, prob.optional()])), selfReport: prob.optional() }),
  }).passthrough(),
  modalities: z.object(Object.fromEntries(MODALITIES.map((m) => [m, modalityResultSchema.optional()]))),
  selfReport: z.object({ energy: optionalScore(10), stress: optionalScore(10), work: optionalScore(24) }).passthrough().optional(),
}).passthrough();

/**
 * Checks a parsed JSON history (an array, or an export object with `assessments`) and returns it as TrendCheckIns
 * (missing modalities become `absent`, missing weights 0, a missing self-report {}). Throws BurnoutError
 * INPUT_INVALID naming the entry index and the field.
 */
export function parseTrendHistory(value: unknown): TrendCheckIn[] {
  const list = entriesOf(value);
  if (!list) {
    throw new BurnoutError('INPUT_INVALID', 'the history must be a JSON array of check-ins (assess --json outputs with an "at" timestamp) or a JSON export of the dashboard (an object with "assessments")');
  }
  return list.map((entry, index) => {
    const parsed = trendCheckInSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BurnoutError('INPUT_INVALID', `history entry ${index}: field ${fieldOf(issue)}: ${describeIssue(issue)}`, {
        hint: 'each entry is an `assess --json` output plus "at" (ISO-8601); entries are counted from 0',
      });
    }
    const c = parsed.data;
    const modalities = Object.fromEntries(MODALITIES.map((m): [Modality, ModalityResult] => {
      const r = c.modalities[m];
      if (!r) return [m, { status: 'absent', reason: 'not given' }];
      if (r.status !== 'ok') return [m, { status: r.status, reason: r.reason ?? '' }];
      const emotions = r.emotions ? Object.fromEntries(EMOTIONS.map((e) => [e, r.emotions?.[e] ?? 0])) : null;
      return [m, { features: {}, engine: '', model: '', latencyMs: 0, ...(r as object), status: 'ok', emotions } as ModalityResult];
    })) as Record<Modality, ModalityResult>;
    const given = c.risk.modalityWeights as Partial<Record<Modality | 'selfReport', number>>;
    const weights = { ...Object.fromEntries(MODALITIES.map((m) => [m, given[m] ?? 0])), selfReport: given.selfReport ?? 0 } as Record<Modality | 'selfReport', number>;
    const self = c.selfReport ?? {};
    return {
      ...(entry as object),
      at: c.at,
      risk: { ...c.risk, confidence: c.risk.confidence ?? Math.max(...Object.values(c.risk.probabilities)), uncertainty: c.risk.uncertainty ?? 0, modalityWeights: weights },
      modalities,
      selfReport: {
        ...(self.energy != null ? { energy: self.energy } : {}),
        ...(self.stress != null ? { stress: self.stress } : {}),
        ...(self.work != null ? { work: self.work } : {}),
      },
    } as TrendCheckIn;
  });
}

/** The entries of a history or export file: the array itself, or the `assessments` of an export object; else null. */
export function entriesOf(value: unknown): unknown[] | null {
  const list = typeof value === 'object' && value !== null && !Array.isArray(value) && 'assessments' in value
    ? (value as { assessments: unknown }).assessments : value;
  return Array.isArray(list) ? list : null;
}

/** The dotted path of an issue's field, or "(the entry itself)". */
export function fieldOf(issue: z.core.$ZodIssue | undefined): string {
  return issue?.path.length ? issue.path.join('.') : '(the entry itself)';
}

/** An issue of a zod parse in plain words ("must be one of …", "is missing", "out of range: …"). */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type') return issue.message.endsWith('received undefined') ? 'is missing' : `expected a ${issue.expected}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return `out of range: ${issue.message}`;
  return issue.message;
}
