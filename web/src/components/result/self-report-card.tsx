// The self-report of a check-in (energy, stress, work hours) as a card beside the modality cards, with its weight.
import type { SelfReport } from '../../../../src/trend/types.ts';
import { pct } from '../../lib/format.ts';

/** The card; says when nothing was reported. */
export function SelfReportCard({ report, weight }: { report: SelfReport; weight: number }) {
  const items = [
    report.energy !== undefined ? `Energy ${report.energy} of 10` : null,
    report.stress !== undefined ? `Stress ${report.stress} of 10` : null,
    report.work !== undefined ? `Worked ${report.work} h` : null,
  ].filter((x): x is string => x !== null);
  return (
    <section className={`card modality ${items.length ? 'modality-ok' : 'modality-absent'}`} aria-label="Self-report" data-testid="modality-selfReport">
      <h3>Self-report</h3>
      {items.length ? (
        <>
          <ul className="explanation">
            {items.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p className="muted small">Weight in this estimate: {pct(weight)}. Exhaustion and stress you report are core signs of burnout.</p>
        </>
      ) : (
        <p className="muted">Not given in this check-in.</p>
      )}
    </section>
  );
}
