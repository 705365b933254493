// Aggregates for the dashboard: check-ins and risk levels per week, mean self-report, trend and alert counts.
import type { Kysely } from 'kysely';
import { ASSESSED_LEVELS, type AssessedLevel } from '../fusion/types.ts';
import { riskFeature } from '../trend/features.ts';
import type { Database } from './types.ts';

/** One ISO week (starting Monday, UTC). */
export interface WeekStats {
  weekStart: string;
  checkIns: number;
  levels: Record<AssessedLevel, number>;
  meanEnergy: number | null;
  meanStress: number | null;
  meanWork: number | null;
  /** Mean expected level of the week's clear check-ins, 0 (Low) … 1 (High); null without one. */
  meanRisk: number | null;
  /** Questionnaires answered that week and the mean of their personal and work-related burnout scores (0–100). */
  questionnaires: number;
  meanCbiPersonal: number | null;
  meanCbiWork: number | null;
}

/** The profile's aggregates. */
export interface ProfileStats {
  checkIns: number;
  firstAt: string | null;
  lastAt: string | null;
  levels: Record<AssessedLevel, number>;
  means: { energy: number | null; stress: number | null; work: number | null };
  trends: Record<'improving' | 'stable' | 'worsening' | 'insufficient_history', number>;
  /** Questionnaires (CBI) answered in the range. */
  questionnaires: number;
  /** `open`: the rule still holds (at most one per rule); resolved alerts count in `total` only. */
  alerts: { total: number; open: number; unacknowledged: number };
  weeks: WeekStats[];
}

/**
 * Computes the profile's statistics, optionally within [from, to). Rows are aggregated here rather than in SQL
 * so that week boundaries are identical on SQLite and PostgreSQL (a personal history is at most a few thousand rows).
 */
export async function profileStats(db: Kysely<Database>, profileId: string, range: { from?: string; to?: string } = {}): Promise<ProfileStats> {
  let q = db.selectFrom('assessments').where('profile_id', '=', profileId);
  if (range.from) q = q.where('at', '>=', range.from);
  if (range.to) q = q.where('at', '<', range.to);
  const rows = await q.select(['at', 'risk_level', 'prob_moderate', 'prob_high', 'energy', 'stress', 'work', 'trend_direction']).orderBy('at').execute();
  let qq = db.selectFrom('questionnaires').where('profile_id', '=', profileId);
  if (range.from) qq = qq.where('at', '>=', range.from);
  if (range.to) qq = qq.where('at', '<', range.to);
  const cbiRows = await qq.select(['at', 'personal', 'work']).orderBy('at').execute();
  let aq = db.selectFrom('alerts').where('profile_id', '=', profileId);
  if (range.from) aq = aq.where('at', '>=', range.from);
  if (range.to) aq = aq.where('at', '<', range.to);
  const alertRows = await aq.select(['acknowledged_at', 'resolved_at']).execute();

  const weeks = new Map<string, { rows: typeof rows; cbi: typeof cbiRows }>();
  const weekOf = (at: string) => {
    const key = weekStart(at);
    const w = weeks.get(key) ?? { rows: [], cbi: [] };
    weeks.set(key, w);
    return w;
  };
  for (const r of rows) weekOf(r.at).rows.push(r);
  for (const r of cbiRows) weekOf(r.at).cbi.push(r);
  const trends: ProfileStats['trends'] = { improving: 0, stable: 0, worsening: 0, insufficient_history: 0 };
  for (const r of rows) if (r.trend_direction && r.trend_direction in trends) trends[r.trend_direction as keyof typeof trends]++;
  return {
    checkIns: rows.length,
    firstAt: rows[0]?.at ?? null,
    lastAt: rows.at(-1)?.at ?? null,
    levels: countLevels(rows),
    questionnaires: cbiRows.length,
    means: { energy: mean(rows.map((r) => r.energy)), stress: mean(rows.map((r) => r.stress)), work: mean(rows.map((r) => r.work)) },
    trends,
    alerts: {
      total: alertRows.length,
      open: alertRows.filter((a) => a.resolved_at === null).length,
      unacknowledged: alertRows.filter((a) => a.acknowledged_at === null && a.resolved_at === null).length,
    },
    weeks: [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, w]) => ({
      weekStart: key,
      checkIns: w.rows.length,
      levels: countLevels(w.rows),
      meanEnergy: mean(w.rows.map((r) => r.energy)),
      meanStress: mean(w.rows.map((r) => r.stress)),
      meanWork: mean(w.rows.map((r) => r.work)),
      meanRisk: mean(w.rows.filter((r) => r.risk_level !== 'unclear').map((r) => riskFeature({ moderate: Number(r.prob_moderate), high: Number(r.prob_high) }))),
      questionnaires: w.cbi.length,
      meanCbiPersonal: mean(w.cbi.map((r) => r.personal)),
      meanCbiWork: mean(w.cbi.map((r) => r.work)),
    })),
  };
}

/** The Monday (UTC) of the ISO week containing `iso`, as YYYY-MM-DD. */
export function weekStart(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

function countLevels(rows: ReadonlyArray<{ risk_level: string }>): Record<AssessedLevel, number> {
  const out = Object.fromEntries(ASSESSED_LEVELS.map((l) => [l, 0])) as Record<AssessedLevel, number>;
  for (const r of rows) if (r.risk_level in out) out[r.risk_level as AssessedLevel]++;
  return out;
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const xs = values.filter((v): v is number => v !== null).map(Number);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}
