// Reads what the organisation view may use — self-reports, risk probabilities and questionnaire scale scores of the
// members of teams, in a range of weeks — and reduces it to one value per metric per member and week. Never text,
// notes, media, emotions or ids leave this file; the caller aggregates further and suppresses small groups.
import type { Kysely } from 'kysely';
import { weekStart } from '../store/stats.ts';
import type { Database } from '../store/types.ts';
import { riskFeature } from '../trend/features.ts';
import { ORG_METRICS, type OrgMetric } from './types.ts';


/** One member's week: the mean of each metric they gave (absent when they gave none). */
export type MemberWeek = Partial<Record<OrgMetric, number>>;

/** team → week (Monday, YYYY-MM-DD) → member (opaque key) → their values. */
export type TeamWeeks = Map<string, Map<string, Map<string, MemberWeek>>>;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Members' weekly values of every team, for check-ins and questionnaires at or after `from` and before `to` (ISO). */
export async function readMemberWeeks(db: Kysely<Database>, from: string, to: string): Promise<{ data: TeamWeeks; teamSizes: Map<string, number> }> {
  const members = await db.selectFrom('users').select(['profile_id', 'team']).where('team', 'is not', null).execute();
  const teamOf = new Map(members.map((m) => [m.profile_id, m.team!]));
  const teamSizes = new Map<string, number>();
  for (const t of teamOf.values()) teamSizes.set(t, (teamSizes.get(t) ?? 0) + 1);
  const data: TeamWeeks = new Map();
  if (!teamOf.size) return { data, teamSizes };
  const profiles = [...teamOf.keys()];
  const checkIns = await db.selectFrom('assessments')
    .select(['profile_id', 'at', 'energy', 'stress', 'work', 'risk_level', 'prob_moderate', 'prob_high'])
    .where('profile_id', 'in', profiles).where('at', '>=', from).where('at', '<', to).execute();
  const cbi = await db.selectFrom('questionnaires').select(['profile_id', 'at', 'personal', 'work'])
    .where('profile_id', 'in', profiles).where('at', '>=', from).where('at', '<', to).execute();

  const raw = new Map<string, Partial<Record<OrgMetric, number[]>>>();
  const push = (profile: string, at: string, metric: OrgMetric, v: number | null) => {
    if (v === null || !Number.isFinite(Number(v))) return;
    const key = `${profile}\u0000${weekStart(at)}`;
    const entry = raw.get(key) ?? {};
    (entry[metric] ??= []).push(Number(v));
    raw.set(key, entry);
  };
  for (const r of checkIns) {
    push(r.profile_id, r.at, 'energy', r.energy);
    push(r.profile_id, r.at, 'stress', r.stress);
    push(r.profile_id, r.at, 'work', r.work);
    if (r.risk_level !== 'unclear') {
      push(r.profile_id, r.at, 'risk', riskFeature({ moderate: Number(r.prob_moderate), high: Number(r.prob_high) }));
      push(r.profile_id, r.at, 'highShare', r.risk_level === 'high' ? 1 : 0);
    }
  }
  for (const r of cbi) {
    push(r.profile_id, r.at, 'cbiPersonal', r.personal);
    push(r.profile_id, r.at, 'cbiWork', r.work);
  }
  for (const [key, values] of raw) {
    const [profile, week] = key.split('\u0000') as [string, string];
    const team = teamOf.get(profile)!;
    const weeks = data.get(team) ?? new Map<string, Map<string, MemberWeek>>();
    data.set(team, weeks);
    const byMember = weeks.get(week) ?? new Map<string, MemberWeek>();
    weeks.set(week, byMember);
    const mw: MemberWeek = {};
    for (const m of ORG_METRICS) {
      const xs = values[m];
      // highShare: whether the member had any High check-in that week (1) or not (0).
      if (xs?.length) mw[m] = m === 'highShare' ? Math.max(...xs) : mean(xs);
    }
    byMember.set(profile, mw);
  }
  return { data, teamSizes };
}
