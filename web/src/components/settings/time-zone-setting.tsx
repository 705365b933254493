// The time zone whose local days group check-ins (trend, calendar, insights): shown, and settable to this browser's.
import { useState } from 'react';
import { setTimeZone } from '../../api/client.ts';
import type { ProfileResponse } from '../../api/types.ts';
import { browserTimeZone } from '../../lib/dates.ts';

/** Time zone line with a button to use the browser's zone (or go back to the server's default). */
export function TimeZoneSetting({ profile, onChanged }: { profile: ProfileResponse; onChanged(): void }) {
  const [error, setError] = useState<string | null>(null);
  const mine = browserTimeZone();
  const change = async (tz: string | null) => {
    setError(null);
    try {
      await setTimeZone(tz);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card" aria-labelledby="tz-title">
      <h2 id="tz-title">Your days</h2>
      <p>
        Check-ins are grouped into days in <strong>{profile.timeZone}</strong>
        {profile.ownTimeZone ? ' (your choice).' : ' (the server default).'} A trend needs check-ins on {profile.trend.minDays} different
        days within {profile.trend.windowDays} days.
      </p>
      <div className="row">
        {profile.timeZone !== mine && <button type="button" className="secondary" onClick={() => void change(mine)}>Use this browser’s time zone ({mine})</button>}
        {profile.ownTimeZone && <button type="button" className="link" onClick={() => void change(null)}>Use the server default</button>}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
