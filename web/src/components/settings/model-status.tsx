// Which engine serves each modality and why the others do not, plus model downloads with their progress.
import { useEffect } from 'react';
import { getModels } from '../../api/client.ts';
import { capitalise, pct } from '../../lib/format.ts';
import { useFetch } from '../../lib/use-fetch.ts';
import { StatusMessage } from '../layout/status-message.tsx';

/** Model status; polls every 2 s while a download is running. */
export function ModelStatus() {
  const { data, error, loading, reload } = useFetch(getModels);
  const downloading = (data?.downloads ?? []).some((d) => d.state === 'downloading' || d.state === 'pending');
  useEffect(() => {
    if (!downloading) return;
    const t = window.setTimeout(reload, 2000);
    return () => window.clearTimeout(t);
  }, [downloading, data, reload]);

  return (
    <section className="card" aria-labelledby="models-title">
      <h2 id="models-title">Models</h2>
      <StatusMessage loading={loading && !data} error={error} what="model status" />
      {data &&
        Object.entries(data.engines).map(([modality, engines]) => (
          <div key={modality}>
            <h3>{capitalise(modality)}</h3>
            <ul className="engines">
              {engines.map((e, i) => (
                <li key={e.name + i} className={e.ok ? 'ok' : 'muted'}>
                  <strong>{e.name}</strong>: {e.ok ? `serves (${e.model ?? 'model'})` : e.reason}
                  {e.hint && <span className="small"> — {e.hint}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      {data && data.downloads.length > 0 && (
        <>
          <h3>Downloads</h3>
          <ul className="downloads">
            {data.downloads.map((d) => (
              <li key={d.model}>
                <label>
                  {d.model}: {d.state}
                  {d.progress !== null && ` ${pct(d.progress)}`}
                  <progress max={1} value={d.progress ?? undefined} />
                </label>
                {d.message && <span className="small muted"> {d.message}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
