// The server's model status (GET /api/models), re-read every 2 s while models load or download.
import { useEffect } from 'react';
import { getModels } from '../api/client.ts';
import type { ModelsResponse } from '../api/types.ts';
import { useFetch, type FetchState } from './use-fetch.ts';

/** True while the server is still loading or downloading models. */
export function modelsBusy(m: ModelsResponse | null): boolean {
  if (!m) return false;
  return m.state === 'loading' || m.downloads.some((d) => d.state === 'downloading' || d.state === 'pending');
}

/** Model status that refreshes itself until loading has finished. */
export function useModels(): FetchState<ModelsResponse> {
  const models = useFetch(getModels);
  const busy = modelsBusy(models.data);
  const { data, reload } = models;
  useEffect(() => {
    if (!busy) return;
    const t = window.setTimeout(reload, 2000);
    return () => window.clearTimeout(t);
  }, [busy, data, reload]);
  return models;
}
