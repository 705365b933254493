// Delete all data, behind a confirmation step; reports what was removed.
import { useEffect, useRef, useState } from 'react';
import { deleteAllData } from '../../api/client.ts';
import type { DeleteResponse } from '../../api/types.ts';
import { forgetResults } from '../../lib/result-cache.ts';

const NOUNS: Record<string, [string, string]> = {
  assessments: ['check-in', 'check-ins'],
  questionnaires: ['questionnaire', 'questionnaires'],
  alerts: ['alert', 'alerts'],
  consents: ['consent record', 'consent records'],
  media: ['stored recording or photo', 'stored recordings and photos'],
  audit_log: ['audit log entry', 'audit log entries'],
  check_in_jobs: ['check-in job', 'check-in jobs'],
  sessions: ['sign-in session', 'sign-in sessions'],
  profiles: ['profile', 'profiles'],
};

/** "3 check-ins", "1 audit log entry". */
function countWords(table: string, n: number): string {
  const [one, many] = NOUNS[table] ?? [table.replace(/_/g, ' '), table.replace(/_/g, ' ')];
  return `${n} ${n === 1 ? one : many}`;
}

/** What happened to the deleted bytes, in words (docs/store.md has the full guarantees per database). */
function scrubWords(scrub: DeleteResponse['scrub']): string {
  if (!scrub) return '';
  if (scrub.engine === 'sqlite') {
    return scrub.walTruncated
      ? 'The deleted data was overwritten in the database file.'
      : 'The deleted data was overwritten in the database file; its journal will be emptied when another program stops reading it.';
  }
  return 'The tables were rewritten without the deleted data. PostgreSQL\'s write-ahead log and any backups keep copies until they are recycled or rotated.';
}

/** The "delete everything" control. */
export function DeleteData() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The confirmation is an alert dialog: focus moves to its first button when it opens.
  const confirmButton = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function erase() {
    setBusy(true);
    setError(null);
    try {
      const res = await deleteAllData();
      forgetResults();
      // Check-ins first: they are what the person thinks of; the rows that depend on them follow.
      const order = ['assessments', 'questionnaires', 'alerts', 'consents', 'media', 'audit_log', 'check_in_jobs', 'sessions', 'profiles'];
      const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
      const counts = Object.entries(res.deleted ?? {}).filter(([, n]) => n > 0).sort(([a], [b]) => rank(a) - rank(b)).map(([t, n]) => countWords(t, n));
      setDone(`${counts.length ? `Deleted ${counts.join(', ')}.` : 'There was nothing to delete.'} ${scrubWords(res.scrub)}`);
      setConfirming(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete all data</h2>
      <p>Removes every check-in, questionnaire, alert and consent record of this profile from the database. This cannot be undone.</p>
      {!confirming ? (
        <button type="button" className="danger" onClick={() => { setDone(null); setConfirming(true); }}>
          Delete all data…
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-confirm" className="confirm">
          <p id="delete-confirm"><strong>Really delete everything?</strong> Export first if you want a copy.</p>
          <p className="muted">
            The rows are deleted and their bytes overwritten in this computer&apos;s database file (SQLite). With a
            PostgreSQL server, the tables are rewritten without them, but its write-ahead log and backups keep copies
            until they are recycled or rotated. Copies you exported or backed up yourself are not touched.
          </p>
          <p className="row">
            <button type="button" className="danger" onClick={() => void erase()} disabled={busy} ref={confirmButton}>
              Yes, delete everything
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </button>
          </p>
        </div>
      )}
      {done && <p className="ok" role="status">{done}</p>}
      {error && <p className="error" role="alert">Could not delete: {error}</p>}
    </section>
  );
}
