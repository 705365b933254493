// A small data-loading hook: runs an async loader, keeps data/error/loading, and can reload on demand.
import { useCallback, useEffect, useState } from 'react';

export interface FetchState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

/** Runs `load` on mount and whenever `key` changes or `reload()` is called; ignores answers that arrive late. */
export function useFetch<T>(load: () => Promise<T>, key: string = ''): FetchState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    setLoading(true);
    load()
      .then((d) => {
        if (!live) return;
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // `load` is re-created every render on purpose; `key` says when its inputs changed.
  }, [key, tick]);
  return { data, error, loading, reload };
}
