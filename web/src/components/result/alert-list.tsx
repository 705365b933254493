// Escalation alerts with their reason and where to find help; optionally with an acknowledge button.
import type { StoredAlert } from '../../api/types.ts';
import { dateTime } from '../../lib/format.ts';
import { LinkedText } from '../layout/linked-text.tsx';

export interface AlertListProps {
  alerts: StoredAlert[];
  /** Adds an "Acknowledge" button to alerts not acknowledged yet. */
  onAck?(id: string): void;
  busyId?: string | null;
  /** 'first': help resources folded away except on the first alert (default); 'none': left out (shown elsewhere). */
  resources?: 'first' | 'none';
}

/** A list of alerts. */
export function AlertList({ alerts, onAck, busyId, resources = 'first' }: AlertListProps) {
  return (
    <ul className="alerts">
      {alerts.map((a, index) => (
        <li key={a.id} className={`card alert ${a.resolvedAt ? 'resolved' : a.acknowledgedAt ? 'acked' : 'open'}`} data-testid="alert">
          <p>
            <strong>{a.reason}</strong>
          </p>
          <p className="muted small">
            {dateTime(a.at)} · rule <code>{a.rule}</code>
            {a.acknowledgedAt && ` · acknowledged ${dateTime(a.acknowledgedAt)}`}
            {a.occurrences > 1 && ` · met by ${a.occurrences} check-ins, last ${dateTime(a.lastSeenAt)}`}
            {a.resolvedAt && ` · resolved ${dateTime(a.resolvedAt)}: the rule no longer holds`}
          </p>
          {resources !== 'none' && a.resources.length > 0 && (
            <details open={index === 0} className="small">
              <summary>Where to find help</summary>
              <ul>
                {a.resources.map((r, i) => (
                  <li key={i}>
                    <LinkedText text={r} />
                  </li>
                ))}
              </ul>
            </details>
          )}
          {onAck && !a.acknowledgedAt && !a.resolvedAt && (
            <button type="button" onClick={() => onAck(a.id)} disabled={busyId === a.id}>
              Acknowledge
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
