// Alerts: every escalation alert, open ones first, each with an acknowledge button.
import { useState } from 'react';
import { ackAlert, listAlerts } from '../api/client.ts';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { AlertList } from '../components/result/alert-list.tsx';
import { useFetch } from '../lib/use-fetch.ts';

/** The alerts list. */
export function AlertsPage() {
  const { data, error, loading, reload } = useFetch(listAlerts);
  const [busy, setBusy] = useState<string | null>(null);
  const [ackError, setAckError] = useState<string | null>(null);
  const items = data?.items ?? [];
  const open = items.filter((a) => !a.acknowledgedAt);
  const done = items.filter((a) => a.acknowledgedAt);

  async function ack(id: string) {
    setBusy(id);
    setAckError(null);
    try {
      await ackAlert(id);
      reload();
    } catch (e) {
      setAckError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">Alerts</h1>
      <p className="muted">
        An alert appears when several recent check-ins were High, or the trend is getting worse while the risk is at
        least Moderate. Acknowledging only marks it as read.
      </p>
      <StatusMessage loading={loading && !data} error={error} what="alerts" />
      {ackError && <p className="error" role="alert">Could not acknowledge: {ackError}</p>}
      {data && items.length === 0 && <p>No alerts. 🌿</p>}
      {open.length > 0 && (
        <>
          <h2>Open ({open.length})</h2>
          <AlertList alerts={open} onAck={(id) => void ack(id)} busyId={busy} />
        </>
      )}
      {done.length > 0 && (
        <>
          <h2>Acknowledged ({done.length})</h2>
          <AlertList alerts={done} />
        </>
      )}
    </section>
  );
}
