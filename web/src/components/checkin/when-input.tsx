// "When": an optional date and time for a check-in made later (default now), within the server's accepted range.
import { toLocalInput } from '../../lib/dates.ts';

/** The check-in time field: empty means now. */
export function WhenInput({ value, maxAgeDays, onChange }: { value: string; maxAgeDays: number; onChange(v: string): void }) {
  const now = new Date();
  const min = toLocalInput(new Date(now.getTime() - maxAgeDays * 86_400_000));
  return (
    <div className="when">
      <label htmlFor="when">When (leave empty for now)</label>
      <div className="row">
        <input id="when" type="datetime-local" value={value} min={min} max={toLocalInput(now)} onChange={(e) => onChange(e.target.value)} aria-describedby="when-hint" />
        {value && (
          <button type="button" className="link small" onClick={() => onChange('')}>
            Use now
          </button>
        )}
      </div>
      <p id="when-hint" className="muted small">
        {value ? 'This check-in will be dated in the past; your trend counts it on that day.' : 'For a day you missed, pick its date and time.'}
      </p>
    </div>
  );
}
