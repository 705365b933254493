// PATCH /api/assessments/:id (edit the self-report, note or kept text of one check-in) and DELETE /api/assessments/:id
// (delete it with its alerts, media and consents); both recompute trends and alerts (src/diary/edit-entry.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { editEntry, removeEntry } from '../../diary/edit-entry.ts';
import type { AppContext } from '../app.ts';
import { actorOf, profileOf } from '../profile.ts';
import { idOf, parseWith, profileRecordRoute } from '../schemas.ts';
import { assessment, deletedEntry } from '../openapi/assessment.ts';
import { bodyComponent, ref } from '../openapi/components.ts';

const score = (max: number) => z.number().min(0).max(max).nullable().optional();

/** PATCH body: a field left out stays, null clears it. */
export const entryPatch = bodyComponent('AssessmentPatch', z.object({
  selfReport: z.object({ energy: score(10), stress: score(10), work: score(24) }).strict().optional()
    .describe('energy and stress 0–10, work 0–24 h; null clears one'),
  note: z.string().max(10_000).nullable().optional().describe('the note (kept only when the server allows text storage); null or "" clears it'),
  journalText: z.null().optional().describe('null forgets the kept journal text (it cannot be edited: the risk was computed from it)'),
}).strict());

/** Registers the edit and delete routes. */
export function registerEntryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const deps = () => ({ db: ctx.store.db, trendModel: ctx.models.trendModel, config: ctx.config });

  app.patch('/api/assessments/:id',
    profileRecordRoute('Edit the self-report, note or kept journal text of a check-in (the risk is not recomputed; the trend is)',
      ref(assessment, 'the updated stored assessment'), ref(entryPatch)),
    async (request) => editEntry(deps(), profileOf(request), idOf(request), parseWith(entryPatch, request.body), actorOf(request, ctx)));

  app.delete('/api/assessments/:id',
    profileRecordRoute('Delete one check-in with its alerts, media and consents (trends and alerts are recomputed)', ref(deletedEntry)),
    async (request) => removeEntry(deps(), profileOf(request), idOf(request), actorOf(request, ctx)));
}
