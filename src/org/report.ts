// The organisation view: per team and week, per metric, the mean over members (each member's week counts once) with
// the number of distinct members behind it; team totals, week totals and a grand total; every cell and total under
// the k rule with complementary suppression (suppress.ts). Built from member weeks (member-weeks.ts); no individual.
import { csvCell } from '../store/export.ts';
import type { MemberWeek, TeamWeeks } from './member-weeks.ts';
import { ORG_METRICS, type OrgCell, type OrgMetric, type OrgReport } from './types.ts';
import { suppressSmallGroups } from './suppress.ts';

interface Acc { members: Set<string>; values: number[] }
const acc = (): Acc => ({ members: new Set(), values: [] });
const add = (a: Acc, member: string, v: number) => { a.members.add(member); a.values.push(v); };
const cellOf = (a: Acc, shown: boolean): OrgCell => {
  if (!shown) return { members: null, mean: null, hidden: true };
  return { members: a.members.size, mean: a.values.length ? round(a.values.reduce((x, y) => x + y, 0) / a.values.length) : null, hidden: false };
};
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Aggregates member weeks into the suppressed report for `weeks` (Mondays, in order) and every team of `teamSizes`. */
export function buildOrgReport(data: TeamWeeks, teamSizes: ReadonlyMap<string, number>, weeks: readonly string[], k: number): OrgReport {
  const teams = [...teamSizes.keys()].sort((a, b) => a.localeCompare(b));
  const perMetric = Object.fromEntries(ORG_METRICS.map((metric) => {
    const cells = teams.map(() => weeks.map(acc));
    const rowTotals = teams.map(acc);
    const colTotals = weeks.map(acc);
    const grand = acc();
    teams.forEach((team, i) => weeks.forEach((week, j) => {
      for (const [member, mw] of data.get(team)?.get(week) ?? new Map<string, MemberWeek>()) {
        const v = mw[metric];
        if (v === undefined) continue;
        for (const a of [cells[i]![j]!, rowTotals[i]!, colTotals[j]!, grand]) add(a, member, v);
      }
    }));
    const mask = suppressSmallGroups({
      cells: cells.map((row) => row.map((a) => a.members.size)),
      rowTotals: rowTotals.map((a) => a.members.size),
      colTotals: colTotals.map((a) => a.members.size),
      grand: grand.members.size,
    }, k);
    return [metric, {
      cells: cells.map((row, i) => row.map((a, j) => cellOf(a, mask.cells[i]![j]!))),
      rowTotals: rowTotals.map((a, i) => cellOf(a, mask.rowTotals[i]!)),
      colTotals: colTotals.map((a, j) => cellOf(a, mask.colTotals[j]!)),
      grand: cellOf(grand, mask.grand),
    }];
  })) as Record<OrgMetric, { cells: OrgCell[][]; rowTotals: OrgCell[]; colTotals: OrgCell[]; grand: OrgCell }>;
  const pick = <T>(f: (m: (typeof perMetric)[OrgMetric]) => T) => Object.fromEntries(ORG_METRICS.map((m) => [m, f(perMetric[m])])) as Record<OrgMetric, T>;
  return {
    minGroupSize: k,
    weeks: [...weeks],
    metrics: ORG_METRICS,
    teams: teams.map((team, i) => ({
      team,
      size: (teamSizes.get(team) ?? 0) >= k ? teamSizes.get(team)! : null,
      cells: pick((m) => m.cells[i]!),
      total: pick((m) => m.rowTotals[i]!),
    })),
    weekTotals: pick((m) => m.colTotals),
    total: pick((m) => m.grand),
  };
}

/** The report as CSV rows: team ("all" for week totals), week ("all" for team totals), metric, members, mean, hidden. */
export function orgReportCsv(r: OrgReport): string {
  const lines = ['team,week,metric,members,mean,hidden'];
  const row = (team: string, week: string, metric: string, c: OrgCell) =>
    lines.push([team, week, metric, c.members ?? '', c.mean ?? '', c.hidden ? 'true' : 'false'].map(csvCell).join(','));
  for (const t of r.teams) {
    for (const m of r.metrics) {
      r.weeks.forEach((w, j) => row(t.team, w, m, t.cells[m][j]!));
      row(t.team, 'all', m, t.total[m]);
    }
  }
  for (const m of r.metrics) {
    r.weeks.forEach((w, j) => row('all', w, m, r.weekTotals[m][j]!));
    row('all', 'all', m, r.total[m]);
  }
  return lines.join('\r\n') + '\r\n';
}

/** The `n` Mondays (YYYY-MM-DD) ending with the week of `now`, and the ISO range [from, to) they cover. */
export function recentWeeks(n: number, now = new Date()): { weeks: string[]; from: string; to: string } {
  const day = (now.getUTCDay() + 6) % 7;
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day);
  const weeks = Array.from({ length: n }, (_, i) => new Date(monday - (n - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10));
  return { weeks, from: `${weeks[0]!}T00:00:00.000Z`, to: new Date(monday + 7 * 86_400_000).toISOString() };
}
