// Escalation alerts with their reason and where to find help; optionally with an acknowledge button.
import type { StoredAlert } from '../../api/types.ts';
import { dateTime } from '../../lib/format.ts';
import { LinkedText } from '../layout/linked-text.tsx';

/** A list of alerts; `onAck` adds an "I have read this" button to open ones. */
export function AlertList({ alerts, onAck, busyId }: { alerts: StoredAlert[]; onAck?(id: string): void; busyId?: string | null }) {
  return (
    <ul className="alerts">
      {alerts.map((a) => (
        <li key={a.id} className={`card alert ${a.acknowledgedAt ? 'acked' : 'open'}`} data-testid="alert">
          <p>
            <strong>{a.reason}</strong>
          </p>
          <p className="muted small">
            {dateTime(a.at)} · rule <code>{a.rule}</code>
            {a.acknowledgedAt && ` · acknowledged ${dateTime(a.acknowledgedAt)}`}
          </p>
          {a.resources.length > 0 && (
            <>
              <p className="small">Where to find help:</p>
              <ul className="small">
                {a.resources.map((r, i) => (
                  <li key={i}>
                    <LinkedText text={r} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {onAck && !a.acknowledgedAt && (
            <button type="button" onClick={() => onAck(a.id)} disabled={busyId === a.id}>
              Acknowledge
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
