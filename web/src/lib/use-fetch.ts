// A small data-loading hook: runs an async loader with an AbortSignal, keeps data/error/loading, can reload on demand,
// and cancels the request in flight when the component unmounts or asks for something else (docs/dashboard.md).
import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export interface FetchState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

interface Settled<T> {
  /** Which request this answer belongs to (key and reload count). */
  request: string | null;
  data: T | null;
  error: Error | null;
}

/**
 * Runs `load(signal)` on mount and whenever `key` changes or `reload()` is called. The previous request is aborted
 * first (and on unmount), so a late answer never overwrites a newer one and a page that was left stops its downloads.
 * The last data stays shown while the next one loads.
 */
export function useFetch<T>(load: (signal: AbortSignal) => Promise<T>, key: string = ''): FetchState<T> {
  const [tick, setTick] = useState(0);
  const request = `${key}\u0000${tick}`;
  const [settled, setSettled] = useState<Settled<T>>({ request: null, data: null, error: null });
  // The latest loader: it is re-created every render on purpose; `key` says when its inputs changed.
  const run = useEffectEvent((signal: AbortSignal) => load(signal));
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ request, data, error: null });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setSettled((s) => ({ request, data: s.data, error: e instanceof Error ? e : new Error(String(e)) }));
      },
    );
    return () => controller.abort();
  }, [request]);
  return { data: settled.data, error: settled.error, loading: settled.request !== request, reload };
}
