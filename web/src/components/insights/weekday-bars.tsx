// Mean risk estimate per weekday as plain bars (0 = Low … 100 = High) with n, as a list a screen reader reads as text.
import type { Insights } from '../../api/types.ts';

/** One bar per weekday; weekdays without days say so. */
export function WeekdayBars({ weekdays }: { weekdays: Insights['weekdays'] }) {
  return (
    <dl className="bars weekday-bars" aria-label="Mean risk estimate per weekday, 0 (Low) to 100 (High)">
      {weekdays.map((w) => {
        const score = w.meanRisk === null ? null : Math.round(w.meanRisk * 100);
        return (
          <div className="bar-row" key={w.weekday}>
            <dt>{w.weekday}</dt>
            <dd>
              {score === null ? <span className="bar-value">no days</span> : (
                <>
                  <span className="bar" style={{ width: `${Math.max(2, score)}%` }} />
                  <span className="bar-value">{score} (n = {w.n})</span>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
