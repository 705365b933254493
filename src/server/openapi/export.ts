// Response components of the data export: the JSON file of GET /api/export (the file POST /api/import reads back).
import { z } from 'zod';
import { assessment } from './assessment.ts';
import { responseComponent } from './components.ts';
import { questionnaire } from './questionnaire.ts';

/** GET /api/export?format=json. */
export const exportFile = responseComponent('ExportFile', z.object({
  profileId: z.string(),
  exportedAt: z.string(),
  notice: z.string(),
  assessments: z.array(assessment),
  questionnaires: z.array(questionnaire),
}));

/** A documented file answer: the JSON component, or the same data as CSV (or another text type). */
export function fileAnswer(description: string, json: Record<string, unknown> | null, text: string): Record<string, unknown> {
  return {
    description,
    content: {
      ...(json ? { 'application/json': { schema: json } } : {}),
      [text]: { schema: { type: 'string' } },
    },
  };
}
