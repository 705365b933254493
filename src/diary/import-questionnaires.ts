// The questionnaires of a JSON export, for import: each with its id, time, framing and answers, validated and scored
// again from the answers (stored scores are never trusted). A bad entry is one INPUT_INVALID naming it and the field.
import { z } from 'zod';
import { BurnoutError } from '../errors.ts';
import { CBI_FRAMING } from '../questionnaire/cbi-items.ts';
import { scoreCbi, validateAnswers } from '../questionnaire/cbi-score.ts';
import type { CbiEntry } from '../questionnaire/summary.ts';
import { describeIssue, fieldOf } from '../trend/history-schema.ts';

const entrySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"'),
  at: z.string().refine((s) => Number.isFinite(Date.parse(s)), 'must be an ISO-8601 date-time'),
  framing: z.string().min(1).max(200).default(CBI_FRAMING.period),
  answers: z.array(z.number().int().min(0).max(4).nullable()),
});

/** The questionnaires of an export (none when it has no "questionnaires" list), times normalised to UTC. */
export function parseExportQuestionnaires(value: unknown): CbiEntry[] {
  const list = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { questionnaires?: unknown }).questionnaires : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new BurnoutError('INPUT_INVALID', 'the export\'s "questionnaires" must be a list; nothing was imported');
  return list.map((entry, index) => {
    const parsed = entrySchema.safeParse(entry);
    const name = typeof (entry as { id?: unknown } | null)?.id === 'string' ? ` (id ${(entry as { id: string }).id})` : '';
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BurnoutError('INPUT_INVALID', `import questionnaire ${index}${name}: field ${fieldOf(issue)}: ${describeIssue(issue)}; nothing was imported`);
    }
    try {
      const answers = validateAnswers(parsed.data.answers);
      return { id: parsed.data.id, at: new Date(parsed.data.at).toISOString(), framing: parsed.data.framing, answers, scores: scoreCbi(answers) };
    } catch (e) {
      throw new BurnoutError('INPUT_INVALID', `import questionnaire ${index}${name}: ${e instanceof Error ? e.message : String(e)}; nothing was imported`);
    }
  });
}
