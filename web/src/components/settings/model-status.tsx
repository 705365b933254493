// Which engine serves each modality and why the others do not, plus model downloads with their progress.
import { capitalise, pct } from '../../lib/format.ts';
import { useModels } from '../../lib/use-models.ts';
import { StatusMessage } from '../layout/status-message.tsx';
import { EngineList } from './engine-list.tsx';

const STATES = {
  loading: 'Loading the models…',
  ready: 'Ready: check-ins use the engines marked “in use”.',
  failed: 'The models could not load, so check-ins are refused:',
} as const;

/** Model status; refreshes itself while models load or download. */
export function ModelStatus() {
  const { data, error, loading } = useModels();

  return (
    <section className="card" aria-labelledby="models-title">
      <h2 id="models-title">Models</h2>
      <StatusMessage loading={loading && !data} error={error} what="model status" />
      {data && (
        <p>
          <strong>{STATES[data.state]}</strong>
          {data.error && <span className="error"> {data.error}</span>}
        </p>
      )}
      {data &&
        Object.entries(data.engines).map(([modality, engines]) => (
          <div key={modality}>
            <h3>{capitalise(modality)}</h3>
            <EngineList engines={engines} />
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
