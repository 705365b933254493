// Alerts: at most one open alert per rule (updated while the rule holds), each with an acknowledge button (and one for
// all); acknowledged ones below; resolved ones (the rule stopped holding) kept at the end, greyed.
import { listAlerts } from '../api/client.ts';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { AlertList } from '../components/result/alert-list.tsx';
import { useAck } from '../lib/use-ack.ts';
import { useFetch } from '../lib/use-fetch.ts';

/** The alerts list. */
export function AlertsPage() {
  const { data, error, loading, reload } = useFetch(listAlerts);
  const acks = useAck(() => undefined);
  const items = data?.items ?? [];
  const open = items.filter((a) => !a.acknowledgedAt && !a.resolvedAt);
  const done = items.filter((a) => a.acknowledgedAt && !a.resolvedAt);
  const resolved = items.filter((a) => a.resolvedAt);
  const ack = (ids: string[]) => void acks.ack(ids).then(reload);

  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">Alerts</h1>
      <p className="muted">
        An alert appears when several recent check-ins were High, or the trend is getting worse while the risk is at
        least Moderate. Each rule has at most one open alert: later check-ins that still meet it update it, and it is
        resolved (kept below, greyed) when the rule no longer holds. Acknowledging only marks it as read.
      </p>
      <StatusMessage loading={loading && !data} error={error} what="alerts" />
      {acks.error && <p className="error" role="alert">Could not acknowledge: {acks.error}</p>}
      {data && items.length === 0 && <p>No alerts.</p>}
      {open.length > 0 && (
        <>
          <div className="row">
            <h2>Open ({open.length})</h2>
            {open.length > 1 && (
              <button type="button" className="secondary" disabled={acks.busyId !== null} onClick={() => ack(open.map((a) => a.id))}>
                Acknowledge all {open.length}
              </button>
            )}
          </div>
          <AlertList alerts={open} onAck={(id) => ack([id])} busyId={acks.busyId} />
        </>
      )}
      {done.length > 0 && (
        <>
          <h2>Acknowledged, still holding ({done.length})</h2>
          <AlertList alerts={done} />
        </>
      )}
      {resolved.length > 0 && (
        <>
          <h2>Resolved ({resolved.length})</h2>
          <AlertList alerts={resolved} resources="none" />
        </>
      )}
    </section>
  );
}
