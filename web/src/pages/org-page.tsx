// The organisation view (org-admins, organisation deployments): per team and week, the mean of one metric over the
// members who gave it, with how many; cells of fewer than the minimum group size are hidden (and the totals that
// would give them away). Never an individual, never text.
import { useState } from 'react';
import { getOrgReport, type OrgReport } from '../api/session.ts';
import { useFetch } from '../lib/use-fetch.ts';

const LABELS: Record<OrgReport['metrics'][number], string> = {
  energy: 'Energy (0–10)', stress: 'Stress (0–10)', work: 'Work hours', risk: 'Model risk (0 low – 1 high)',
  highShare: 'Share with a High check-in', cbiPersonal: 'CBI personal burnout (0–100)', cbiWork: 'CBI work-related burnout (0–100)',
};

type Cell = OrgReport['total']['energy'];

function show(c: Cell): string {
  if (c.hidden) return 'hidden';
  if (!c.members) return '–';
  return `${c.mean ?? '–'} (${c.members})`;
}

/** The organisation page. */
export function OrgPage() {
  const report = useFetch((signal) => getOrgReport(undefined, signal));
  const [metric, setMetric] = useState<OrgReport['metrics'][number]>('stress');
  const r = report.data;
  return (
    <section aria-labelledby="org-title">
      <h1 id="org-title">Organisation</h1>
      <p className="muted">
        Anonymised team aggregates of self-reports, questionnaire scores and risk levels, per week. A cell is shown only when at
        least {r?.minGroupSize ?? 5} people contributed; smaller groups are hidden, and so are totals that would give them away.
        Each cell: the mean (number of people). Nobody's own answers or texts are shown here.
      </p>
      {report.error && <p className="error" role="alert">{report.error.message}</p>}
      {r && (
        <>
          <label className="field">
            Measure{' '}
            <select value={metric} onChange={(e) => setMetric(e.target.value as typeof metric)}>
              {r.metrics.map((m) => <option key={m} value={m}>{LABELS[m]}</option>)}
            </select>
          </label>
          <div className="table-wrap">
            <table className="table" data-testid="org-table">
              <thead>
                <tr><th scope="col">Team</th><th scope="col">People</th>{r.weeks.map((w) => <th scope="col" key={w}>{w}</th>)}<th scope="col">All weeks</th></tr>
              </thead>
              <tbody>
                {r.teams.map((t) => (
                  <tr key={t.team} data-testid={`org-team-${t.team}`}>
                    <th scope="row">{t.team}</th>
                    <td>{t.size ?? `fewer than ${r.minGroupSize}`}</td>
                    {t.cells[metric].map((c, i) => <td key={r.weeks[i]}>{show(c)}</td>)}
                    <td>{show(t.total[metric])}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">All teams</th>
                  <td />
                  {r.weekTotals[metric].map((c, i) => <td key={r.weeks[i]}>{show(c)}</td>)}
                  <td>{show(r.total[metric])}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>
            <a href="api/org/export?format=csv" download>Download CSV</a> · <a href="api/org/export?format=json" download>Download JSON</a>
          </p>
        </>
      )}
    </section>
  );
}
