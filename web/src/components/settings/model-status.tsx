// The Models panel: per part of a check-in, in plain words, what reads it now and what a download would add; the
// engine names and reasons behind a "Details" disclosure; model downloads with their progress. No paths.
import type { EngineStatusView } from '../../api/types.ts';
import { downloadWouldAdd, engineNow, PART_NAMES, withoutPaths } from '../../lib/engine-words.ts';
import { pct } from '../../lib/format.ts';
import { useModels } from '../../lib/use-models.ts';
import { StatusMessage } from '../layout/status-message.tsx';
import { EngineList } from './engine-list.tsx';

const STATES = {
  loading: 'Loading the models…',
  ready: 'Ready.',
  failed: 'The models could not load, so check-ins are refused:',
} as const;

const DOWNLOAD_STATES = { pending: 'waiting', downloading: 'downloading', done: 'done', failed: 'failed' } as const;

/** What reads one part now, and what a download would add. */
function PartSummary({ part, engines }: { part: string; engines: EngineStatusView[] }) {
  const used = engines.filter((e) => e.ok);
  const adds = engines.map((e) => downloadWouldAdd(part, e)).filter((a): a is string => a !== null);
  return (
    <div className="model-part">
      <h3>{PART_NAMES[part] ?? part}</h3>
      <p>
        {used.length > 0
          ? <>Now: {used.map((e) => engineNow(part, e)).join('; and ')}.</>
          : <>Nothing can read it right now, so it is left out of check-ins.</>}
      </p>
      {adds.length > 0 && (
        <p className="small">
          A download would add {adds.join('; and ')}. It needs internet once: run{' '}
          <code>npx burnout models pull --modality {part}</code>, then restart the server.
        </p>
      )}
    </div>
  );
}

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
          {data.error && <span className="error"> {withoutPaths(data.error)}</span>}
        </p>
      )}
      {data && Object.entries(data.engines).map(([part, engines]) => <PartSummary key={part} part={part} engines={engines} />)}
      {data && data.downloads.length > 0 && (
        <>
          <h3>Downloads</h3>
          <ul className="downloads">
            {data.downloads.map((d) => (
              <li key={d.model}>
                <label>
                  {d.model}: {DOWNLOAD_STATES[d.state as keyof typeof DOWNLOAD_STATES] ?? d.state}
                  {d.progress !== null && ` ${pct(d.progress)}`}
                  <progress max={1} value={d.progress ?? undefined} />
                </label>
                {d.message && <span className="small muted"> {withoutPaths(d.message)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {data && Object.keys(data.engines).length > 0 && (
        <details>
          <summary>Details</summary>
          {Object.entries(data.engines).map(([part, engines]) => (
            <div key={part}>
              <h4>{PART_NAMES[part] ?? part}</h4>
              <EngineList engines={engines} />
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
