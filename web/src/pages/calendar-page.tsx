// Calendar: a month coloured by each day's level, the streak of days checked in, and the check-ins of a chosen day.
import { useState } from 'react';
import { getCalendar, listRange } from '../api/client.ts';
import { MonthGrid } from '../components/calendar/month-grid.tsx';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { RISK_COLOURS } from '../lib/chart-colours.ts';
import { clockTime, dayTitle, riskWord } from '../lib/format.ts';
import { href } from '../lib/router.ts';
import { useFetch } from '../lib/use-fetch.ts';
import { localDay } from '../../../src/trend/days.ts';
import { ASSESSED_LEVELS } from '../../../src/fusion/types.ts';

function shift(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The calendar page. */
export function CalendarPage() {
  const [month, setMonth] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const cal = useFetch((signal) => getCalendar(month ?? undefined, signal), month ?? '');
  const data = cal.data;
  const shown = month ?? data?.month ?? null;
  // The title follows the month on screen (the grid of the loaded answer), not the one being fetched.
  const title = data ? new Date(`${data.month}-15T12:00:00Z`).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
  const dayList = useFetch(async (signal) => {
    if (!selected || !data) return [];
    // A local day spans at most 26 hours of UTC either side; fetch wide and keep that day's check-ins.
    const from = new Date(Date.parse(`${selected}T00:00:00Z`) - 86_400_000).toISOString();
    const to = new Date(Date.parse(`${selected}T00:00:00Z`) + 2 * 86_400_000).toISOString();
    return (await listRange(from, to, signal)).items.filter((a) => localDay(a.at, data.timeZone) === selected);
  }, `${selected}|${data?.timeZone}`);

  return (
    <section aria-labelledby="calendar-title">
      <h1 id="calendar-title">Calendar</h1>
      <StatusMessage loading={cal.loading && !data} error={cal.error} what="the calendar" />
      {data && (
        <>
          <p className="streak" data-testid="streak">
            {data.streak.current > 0
              ? <><strong>{data.streak.current === 1 ? '1 day' : `${data.streak.current} days`}</strong> in a row with a check-in.</>
              : 'No current streak: no check-in today or yesterday.'}{' '}
            <span className="muted">Longest run: {data.streak.longest === 1 ? '1 day' : `${data.streak.longest} days`}.</span>
          </p>
          <div className="row month-nav">
            <button type="button" className="secondary" onClick={() => setMonth(shift(shown!, -1))} aria-label="Previous month">←</button>
            <h2 id="month-title" aria-live="polite">{title}</h2>
            <button type="button" className="secondary" onClick={() => setMonth(shift(shown!, 1))} aria-label="Next month">→</button>
            {shown !== data.today.slice(0, 7) && <button type="button" className="link" onClick={() => setMonth(data.today.slice(0, 7))}>This month</button>}
          </div>
          <MonthGrid month={data.month} days={data.days} today={data.today} selected={selected} onSelect={setSelected} />
          <ul className="legend small" aria-label="Colours">
            {ASSESSED_LEVELS.map((l) => <li key={l}><span className="swatch" style={{ background: RISK_COLOURS[l] }} /> {riskWord(l)}</li>)}
            <li><span className="swatch blank" /> No check-in</li>
          </ul>
          <p className="muted small">A day’s colour combines its check-ins (the average of their probabilities); days are counted in {data.timeZone}.</p>
          {selected && (
            <section aria-labelledby="day-title" className="card">
              <h2 id="day-title">{dayTitle(selected)}</h2>
              {dayList.data?.length === 0 && <p>No check-in on this day. <a href={href({ page: 'checkin' })}>Add one for it</a> (choose the date under “When”).</p>}
              <ul className="day-list">
                {dayList.data?.map((a) => (
                  <li key={a.id}>
                    <a href={href({ page: 'result', id: a.id })}>{clockTime(a.at)}</a> — {riskWord(a.risk.level)}
                    {a.note && <span className="muted"> · {a.note}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
