// Acknowledging alerts from a page: which one is being sent, the last error, and a callback when done.
import { useState } from 'react';
import { ackAlert } from '../api/client.ts';
import type { StoredAlert } from '../api/types.ts';

export interface Acknowledger {
  busyId: string | null;
  error: string | null;
  ack(ids: string[]): Promise<void>;
}

/** Sends acknowledgements one after another and reports each acknowledged alert to `onDone`. */
export function useAck(onDone: (alert: StoredAlert) => void): Acknowledger {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function ack(ids: string[]) {
    setError(null);
    try {
      for (const id of ids) {
        setBusyId(id);
        onDone(await ackAlert(id));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusyId(null);
    }
  }
  return { busyId, error, ack };
}
