// Response components of the diary and its summaries: the profile, the current trend, a calendar month, statistics,
// insights and drift. Domain-owned shapes are checked against their types (type-check.ts); the server-owned ones
// (profile, current trend) give the routes their types.
import { z } from 'zod';
import { ASSESSED_LEVELS } from '../../fusion/types.ts';
import type { CalendarDay, Streak } from '../../diary/calendar.ts';
import { DRIFT_FEATURES, type ProfileDrift } from '../../drift/profile-drift.ts';
import { SELF_REPORT_NAMES, WEEKDAY_NAMES } from '../../insights/associations.ts';
import type { Insights } from '../../insights/summary.ts';
import type { ProfileStats } from '../../store/stats.ts';
import { trend } from './assessment.ts';
import { keyed, responseComponent } from './components.ts';
import type { Expect, Same } from './type-check.ts';

const count = z.number().int();
const levelCounts = keyed(ASSESSED_LEVELS, count);

/** GET/PATCH /api/profile: time zone, what the server keeps and the minimums. */
export const profile = responseComponent('Profile', z.object({
  id: z.string(),
  timeZone: z.string().describe('the zone in use (the profile\'s own, else the server default)'),
  ownTimeZone: z.string().nullable(),
  storage: z.object({ text: z.boolean(), media: z.boolean() }),
  trend: z.object({ minDays: count, windowDays: count }),
  insights: z.object({ minDays: count }),
  at: z.object({ maxFutureMinutes: z.number(), maxAgeDays: z.number() }),
  questionnaire: z.boolean(),
}));

/** The type of the `profile` answer (its route returns it). */
export type ProfileView = z.output<typeof profile>;

/** PATCH /api/profile. */
export const profileTimeZone = responseComponent('ProfileTimeZone', z.object({ id: z.string(), timeZone: z.string() }));

/** GET /api/trend: the trend as of the latest check-in. */
export const currentTrend = responseComponent('CurrentTrend', z.object({
  trend,
  probabilities: z.record(z.string(), z.number()).nullable().describe('per direction; null without a trend model or enough history'),
  minDays: count,
  windowDays: count,
  timeZone: z.string(),
  asOf: z.string().nullable(),
  days: z.array(z.string()),
  available: z.boolean(),
}));
/** The type of the `currentTrend` answer (its route returns it). */
export type CurrentTrendView = z.output<typeof currentTrend>;

const calendarDay = z.object({ date: z.string(), checkIns: count, level: z.enum(ASSESSED_LEVELS), levels: levelCounts });
const streak = z.object({ current: count, longest: count, lastDay: z.string().nullable() });

/** GET /api/calendar. */
export const calendarMonth = responseComponent('CalendarMonth', z.object({
  month: z.string(), timeZone: z.string(), today: z.string(), days: z.array(calendarDay), streak,
}));

const mean = z.number().nullable();

/** GET /api/stats. */
export const stats = responseComponent('Stats', z.object({
  checkIns: count,
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  levels: levelCounts,
  means: z.object({ energy: mean, stress: mean, work: mean }),
  trends: keyed(['improving', 'stable', 'worsening', 'insufficient_history'] as const, count),
  questionnaires: count,
  alerts: z.object({ total: count, open: count, unacknowledged: count }),
  weeks: z.array(z.object({
    weekStart: z.string(), checkIns: count, levels: levelCounts, meanEnergy: mean, meanStress: mean, meanWork: mean,
    meanRisk: mean, questionnaires: count, meanCbiPersonal: mean, meanCbiWork: mean,
  })),
}));

/** GET /api/insights. */
export const insights = responseComponent('Insights', z.object({
  available: z.boolean(),
  days: count,
  minDays: count,
  associations: z.array(z.object({
    variable: z.enum(Object.keys(SELF_REPORT_NAMES) as [keyof typeof SELF_REPORT_NAMES]),
    n: count,
    rho: z.number().nullable(),
    strength: z.enum(['none', 'weak', 'moderate', 'strong']).nullable(),
    sentence: z.string(),
  })),
  weekdays: z.array(z.object({ weekday: z.enum(WEEKDAY_NAMES), n: count, meanRisk: mean })),
  weekdaySentence: z.string().nullable(),
  caution: z.string(),
}));

const window = z.object({ from: z.string(), to: z.string(), checkIns: count }).nullable();

/** GET /api/drift. */
export const drift = responseComponent('Drift', z.object({
  available: z.boolean(),
  reason: z.string().nullable(),
  threshold: z.number(),
  reference: window,
  recent: window,
  psi: keyed(DRIFT_FEATURES, z.number()).partial(),
  shifted: z.array(z.enum(DRIFT_FEATURES)),
  weeks: z.array(z.object({ weekStart: z.string(), checkIns: count, riskPsi: z.number() })),
}));

// Compile-time checks: each schema's type is exactly the domain type it documents (npm run typecheck fails otherwise).
export type CalendarDayMatches = Expect<Same<z.output<typeof calendarDay>, CalendarDay>>;
export type StreakMatches = Expect<Same<z.output<typeof streak>, Streak>>;
export type StatsMatches = Expect<Same<z.output<typeof stats>, ProfileStats>>;
export type InsightsMatches = Expect<Same<z.output<typeof insights>, Insights>>;
export type DriftMatches = Expect<Same<z.output<typeof drift>, ProfileDrift>>;
