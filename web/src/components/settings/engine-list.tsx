// The engines of one part (a modality, fusion or trend): which serves, and why each other one does not.
import type { EngineStatusView } from '../../api/types.ts';

/** One list of engines in preference order. */
export function EngineList({ engines }: { engines: EngineStatusView[] }) {
  return (
    <ul className="engines">
      {engines.map((e, i) => (
        <li key={e.name + i}>
          <strong>{e.name}</strong>{' '}
          {e.ok ? (
            <span className="ok">— in use{e.model ? `: ${e.model}` : ''}</span>
          ) : (
            <span className="muted">— not in use: {e.reason ?? 'unknown reason'}</span>
          )}
          {!e.ok && e.hint && !(e.reason ?? '').includes(e.hint) && <p className="small hint">What to do: {e.hint}</p>}
        </li>
      ))}
    </ul>
  );
}
