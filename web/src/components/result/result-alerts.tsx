// The alerts raised by one check-in, shown on its result page and acknowledgeable there.
import { useState } from 'react';
import type { StoredAlert } from '../../api/types.ts';
import { useAck } from '../../lib/use-ack.ts';
import { AlertList } from './alert-list.tsx';

/** Alerts of a check-in; `helpShown` leaves out their resources when the page already shows where to get help. */
export function ResultAlerts({ initial, helpShown }: { initial: StoredAlert[]; helpShown: boolean }) {
  const [alerts, setAlerts] = useState(initial);
  const acks = useAck((done) => setAlerts((list) => list.map((a) => (a.id === done.id ? done : a))));
  if (alerts.length === 0) return null;
  return (
    <section aria-labelledby="result-alerts">
      <h2 id="result-alerts">{alerts.length === 1 ? 'Alert' : 'Alerts'}</h2>
      <AlertList alerts={alerts} onAck={(id) => void acks.ack([id])} busyId={acks.busyId} resources={helpShown ? 'none' : 'first'} />
      {acks.error && <p className="error" role="alert">Could not acknowledge: {acks.error}</p>}
    </section>
  );
}
