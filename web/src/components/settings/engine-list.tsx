// The engines of one part (a modality, fusion or trend), for the technical details: which serves and why each other one
// does not, in the server's words without paths.
import type { EngineStatusView } from '../../api/types.ts';
import { withoutPaths } from '../../lib/engine-words.ts';

/** One list of engines in preference order. */
export function EngineList({ engines }: { engines: EngineStatusView[] }) {
  return (
    <ul className="engines">
      {engines.map((e, i) => (
        <li key={e.name + i}>
          <strong>{e.name}</strong>{' '}
          {e.ok ? (
            <span className="ok">— in use{e.model && !e.model.includes('/') ? `: ${e.model}` : ''}</span>
          ) : (
            <span className="muted">— not in use: {withoutPaths(e.reason ?? 'unknown reason')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
