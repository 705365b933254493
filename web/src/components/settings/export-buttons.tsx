// Download every check-in as CSV or JSON.
import { exportUrl } from '../../api/client.ts';

/** Two download links. */
export function ExportButtons() {
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Export your data</h2>
      <p>All your check-ins with scores, emotions, trend and alerts. The CSV opens in any spreadsheet.</p>
      <p className="row">
        <a className="button" href={exportUrl('csv')} download="burnout-checkins.csv">
          Download CSV
        </a>
        <a className="button secondary" href={exportUrl('json')} download="burnout-checkins.json">
          Download JSON
        </a>
      </p>
    </section>
  );
}
