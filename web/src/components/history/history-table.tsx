// The table of check-ins: date, risk, confidence, reliability, inputs used, self-report, and a details link.
import { MODALITIES } from '../../../../src/analysis/types.ts';
import type { StoredAssessment } from '../../api/types.ts';
import { dateTime, pct, riskWord } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';

/** Newest first. */
export function HistoryTable({ items }: { items: StoredAssessment[] }) {
  const rows = [...items].reverse();
  const show = (v: number | undefined) => (v === undefined ? '–' : String(v));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Check-ins table (scrolls sideways)">
      <table data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Risk</th>
            <th scope="col">Confidence</th>
            <th scope="col">Reliable</th>
            <th scope="col">Inputs</th>
            <th scope="col">Energy</th>
            <th scope="col">Stress</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>
                <a href={href({ page: 'result', id: a.id })} aria-label={`${dateTime(a.at)}: open this check-in`}>{dateTime(a.at)}</a>
              </td>
              <td className={`risk-cell risk-${a.risk.level}`}>{riskWord(a.risk.level)}</td>
              <td>{pct(a.risk.confidence)}</td>
              <td>{a.risk.reliable ? 'yes' : 'no'}</td>
              <td>{MODALITIES.filter((m) => a.modalities[m]?.status === 'ok').join(', ') || '–'}</td>
              <td>{show(a.selfReport.energy)}</td>
              <td>{show(a.selfReport.stress)}</td>
              <td>{show(a.selfReport.work)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
