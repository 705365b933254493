// Validates the project's own JSON export (GET /api/export?format=json, the dashboard's "Download JSON") for import:
// each entry a stored check-in with its id, trend and alerts. A bad entry is one INPUT_INVALID naming it and the field.
import { z } from 'zod';
import { ASSESSED_LEVELS } from '../fusion/types.ts';
import { BurnoutError } from '../errors.ts';
import type { StoredAssessment } from '../store/record.ts';
import { describeIssue, entriesOf, fieldOf, trendCheckInSchema } from '../trend/history-schema.ts';

const isoTime = z.string().refine((s) => Number.isFinite(Date.parse(s)), 'must be an ISO-8601 date-time');
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"');

const alertSchema = z.object({
  id, assessmentId: id, at: isoTime, rule: z.string().min(1).max(100), reason: z.string().max(2000),
  resources: z.array(z.string().max(2000)).max(50), acknowledgedAt: isoTime.nullable(),
  occurrences: z.number().int().min(1).default(1), lastSeenAt: isoTime.optional(), lastAssessmentId: id.nullable().default(null),
  resolvedAt: isoTime.nullable().default(null),
});

const trendSchema = z.union([
  z.object({ direction: z.enum(['improving', 'stable', 'worsening']), confidence: z.number().min(0).max(1), steps: z.number().int().min(0) }),
  z.object({ direction: z.literal('insufficient_history'), confidence: z.null(), steps: z.number().int().min(0) }),
]);

const entrySchema = trendCheckInSchema.extend({
  id,
  at: isoTime,
  risk: trendCheckInSchema.shape.risk.extend({ level: z.enum(ASSESSED_LEVELS), confidence: z.number().min(0).max(1), uncertainty: z.number().min(0).max(1) }),
  explanation: z.object({ summary: z.string() }).passthrough(),
  notice: z.string(),
  trend: trendSchema.nullable().default(null),
  models: z.object({ fusion: z.string().optional() }).passthrough().default({}),
  alerts: z.array(alertSchema).default([]),
  journalText: z.string().max(100_000).optional(),
  note: z.string().max(100_000).optional(),
  help: z.array(z.string()).optional(),
  safetyLanguage: z.boolean().optional(),
  baseline: z.object({ sentences: z.array(z.string().max(2000)).max(20), modalities: z.record(z.string(), z.unknown()) }).passthrough().optional(),
});

/**
 * The check-ins of an export (the object with `assessments`, or a bare array of them), validated, times normalised to
 * ISO-8601 UTC. Throws INPUT_INVALID naming the first bad entry (counted from 0, with its id when it has one) and field.
 */
export function parseExport(value: unknown): StoredAssessment[] {
  const list = entriesOf(value);
  if (!list) {
    throw new BurnoutError('INPUT_INVALID', 'the import must be this tool\'s JSON export: an object with "assessments" (a list of check-ins)');
  }
  return list.map((entry, index) => {
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = typeof (entry as { id?: unknown } | null)?.id === 'string' ? ` (id ${(entry as { id: string }).id})` : '';
      throw new BurnoutError('INPUT_INVALID', `import entry ${index}${name}: field ${fieldOf(issue)}: ${describeIssue(issue)}; nothing was imported`);
    }
    const a = parsed.data;
    const utc = (t: string) => new Date(t).toISOString();
    const alerts = a.alerts.map((al) => ({ ...al, profileId: '', at: utc(al.at), lastSeenAt: utc(al.lastSeenAt ?? al.at),
      acknowledgedAt: al.acknowledgedAt && utc(al.acknowledgedAt), resolvedAt: al.resolvedAt && utc(al.resolvedAt) }));
    return { ...(a as unknown as StoredAssessment), at: utc(a.at), alerts };
  });
}
