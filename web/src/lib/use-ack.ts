// Acknowledging alerts from a page: which one is being sent, the last error, and a callback when done. Leaving the
// page cancels the acknowledgement in flight and the ones still to send.
import { useEffect, useRef, useState } from 'react';
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
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  async function ack(ids: string[]) {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setError(null);
    try {
      for (const id of ids) {
        if (own.signal.aborted) return;
        setBusyId(id);
        onDone(await ackAlert(id, own.signal));
      }
    } catch (e) {
      if (!own.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (!own.signal.aborted) setBusyId(null);
    }
  }
  return { busyId, error, ack };
}
