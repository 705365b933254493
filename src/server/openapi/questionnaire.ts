// Response components of the questionnaire (Copenhagen Burnout Inventory) and the organisation view.
import { z } from 'zod';
import type { OrgReport } from '../../org/types.ts';
import { ORG_METRICS } from '../../org/types.ts';
import { CBI_SCALES, RESPONSE_SETS } from '../../questionnaire/cbi-items.ts';
import { CBI_BANDS } from '../../questionnaire/cbi-score.ts';
import type { QuestionnaireSummary, StoredQuestionnaire } from '../../questionnaire/summary.ts';
import { keyed, responseComponent } from './components.ts';
import type { Expect, Same } from './type-check.ts';

const count = z.number().int();
const score = z.number().nullable();
const band = z.enum(CBI_BANDS);
const answer = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]);
const scores = z.object({
  personal: score, work: score, client: score,
  bands: keyed(CBI_SCALES, band.nullable()),
  answered: keyed(CBI_SCALES, count),
  clientGiven: z.boolean(),
});
const entry = z.object({ id: z.string(), at: z.string(), framing: z.string(), answers: z.array(answer), scores });

/** One answered questionnaire as stored. */
export const questionnaire = responseComponent('Questionnaire', entry.extend({ profileId: z.string(), instrument: z.literal('cbi') }));

const calibrationParams = z.object({ moderateFrom: z.number(), highFrom: z.number(), slope: z.number() });
const calibratedLevel = z.object({ band, probabilities: keyed(CBI_BANDS, z.number()) });
const summary = z.object({
  count,
  latest: entry.nullable(),
  due: z.object({ suggested: z.boolean(), everyDays: z.number(), lastAt: z.string().nullable() }),
  referenceScale: z.enum(CBI_SCALES),
  pairs: z.array(z.object({ id: z.string(), at: z.string(), score: z.number(), band, day: z.string(), risk: z.number(), gapDays: z.number() })),
  agreement: z.object({
    n: count, rho: z.number().nullable(), word: z.enum(['agree', 'partly agree', 'do not clearly agree', 'disagree']).nullable(), sentence: z.string(),
  }).nullable(),
  calibration: z.object({
    n: count, k: count, params: calibrationParams, population: calibrationParams, label: z.string(), scale: z.enum(CBI_SCALES),
    now: z.object({ day: z.string(), risk: z.number(), population: calibratedLevel, calibrated: calibratedLevel }).nullable(),
  }).nullable(),
  minimums: z.object({ agreement: count, calibration: count }),
});

/** GET /api/questionnaires. */
export const questionnaireOverview = responseComponent('QuestionnaireOverview', summary.extend({ items: z.array(questionnaire) }));

/** GET /api/questionnaires/items. */
export const questionnaireItems = responseComponent('QuestionnaireItems', z.object({
  instrument: z.literal('cbi'),
  framing: z.object({ period: z.string(), instruction: z.string() }),
  scales: keyed(CBI_SCALES, z.string()),
  clientNote: z.string(),
  minAnswered: keyed(CBI_SCALES, count),
  bands: keyed(CBI_BANDS, z.string()),
  items: z.array(z.object({
    number: count, scale: z.enum(CBI_SCALES), text: z.string(),
    response: z.enum(Object.keys(RESPONSE_SETS) as [keyof typeof RESPONSE_SETS]), reversed: z.boolean(),
    options: z.array(z.object({ code: count, label: z.string() })),
  })),
}));

const cell = z.object({ members: count.nullable(), mean: z.number().nullable(), hidden: z.boolean() });
const perMetric = <T extends z.ZodType>(v: T) => keyed(ORG_METRICS, v);

/** GET /api/org/report. */
export const orgReport = responseComponent('OrgReport', z.object({
  minGroupSize: count,
  weeks: z.array(z.string()),
  metrics: z.array(z.enum(ORG_METRICS)),
  teams: z.array(z.object({ team: z.string(), size: count.nullable(), cells: perMetric(z.array(cell)), total: perMetric(cell) })),
  weekTotals: perMetric(z.array(cell)),
  total: perMetric(cell),
}));

// Compile-time checks: each schema's type is exactly the domain type it documents (npm run typecheck fails otherwise).
export type QuestionnaireMatches = Expect<Same<z.output<typeof questionnaire>, StoredQuestionnaire>>;
export type SummaryMatches = Expect<Same<z.output<typeof summary>, QuestionnaireSummary>>;
export type OrgReportMatches = Expect<Same<z.output<typeof orgReport>, OrgReport>>;
