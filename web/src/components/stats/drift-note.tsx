// The drift note on the Stats page: shown when the recent check-ins differ from the first weeks (PSI > 0.25).
import { getDrift } from '../../api/client.ts';
import { useFetch } from '../../lib/use-fetch.ts';

const NAMES: Record<string, string> = {
  risk: 'risk levels',
  text: 'journal text (used / not usable / not given)',
  voice: 'voice input (used / not usable / not given)',
  face: 'photo input (used / not usable / not given)',
  selfReport: 'self-report given or not',
};

/** Nothing until there is enough history and a shift; then one plain note naming what changed. */
export function DriftNote() {
  const { data } = useFetch(getDrift);
  if (!data?.available || data.shifted.length === 0) return null;
  return (
    <section className="card warn-card" aria-labelledby="drift-title" data-testid="drift-note">
      <h2 id="drift-title">Your check-ins look different from your first weeks</h2>
      <p>
        New microphone? New camera? Something else in how you check in? Compared with {data.reference?.from} to {data.reference?.to},
        the last weeks ({data.recent?.from} to {data.recent?.to}) differ in: {data.shifted.map((f) => NAMES[f] ?? f).join('; ')}.
      </p>
      <p className="small muted">
        Population stability index above {data.threshold} ({data.shifted.map((f) => `${f} ${(data.psi[f] ?? 0).toFixed(2)}`).join(', ')}); the usual
        cut-off in model monitoring. It changes no result; it is a prompt to look.
      </p>
    </section>
  );
}
