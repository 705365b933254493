// Insights: after enough days, how stress, energy and work hours went with the risk estimate, and the weekday pattern —
// in plain words with n, always as associations, not causes. Hidden (with the count so far) below the minimum.
import { getInsights } from '../api/client.ts';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { WeekdayBars } from '../components/insights/weekday-bars.tsx';
import { useFetch } from '../lib/use-fetch.ts';

/** The insights page. */
export function InsightsPage() {
  const { data, error, loading } = useFetch(getInsights);
  return (
    <section aria-labelledby="insights-title">
      <h1 id="insights-title">Insights</h1>
      <StatusMessage loading={loading && !data} error={error} what="insights" />
      {data && !data.available && (
        <p data-testid="insights-hidden">
          Insights appear after {data.minDays} days with a check-in; you have {data.days === 1 ? '1 day' : `${data.days} days`} so far.
          Fewer days would show patterns that are mostly chance.
        </p>
      )}
      {data?.available && (
        <>
          <p className="card caution" data-testid="insights-caution">{data.caution}</p>
          <section aria-labelledby="assoc-title">
            <h2 id="assoc-title">What went together with your risk estimate</h2>
            <p className="muted small">Over {data.days} days with a check-in (several check-ins on one day are averaged).</p>
            <ul className="insights" data-testid="associations">
              {data.associations.map((a) => (
                <li key={a.variable} className={`card strength-${a.strength ?? 'na'}`}>{a.sentence}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="weekday-title">
            <h2 id="weekday-title">By weekday</h2>
            {data.weekdaySentence ? <p data-testid="weekday-sentence">{data.weekdaySentence}</p> : <p>Not enough days on each weekday yet to compare them.</p>}
            <WeekdayBars weekdays={data.weekdays} />
          </section>
        </>
      )}
    </section>
  );
}
