// A month as a grid of days coloured by level (unclear grey, no check-in blank), with words as well as colours.
// Keyboard: one day is in the tab order; arrow keys move by day and week, Home/End to the week's ends; Enter or
// Space selects. Each day button names its date, check-ins and level for screen readers.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CalendarDay } from '../../api/types.ts';
import { dayFromNumber, dayNumber, weekdayOf } from '../../../../src/trend/days.ts';
import { dayTitle, riskWord } from '../../lib/format.ts';

const WEEKDAYS = [['Mon', 'Monday'], ['Tue', 'Tuesday'], ['Wed', 'Wednesday'], ['Thu', 'Thursday'], ['Fri', 'Friday'], ['Sat', 'Saturday'], ['Sun', 'Sunday']] as const;
const SHORT: Record<CalendarDay['level'], string> = { low: 'Low', moderate: 'Mod.', high: 'High', unclear: '?' };

export interface MonthGridProps {
  month: string;
  days: CalendarDay[];
  today: string;
  selected: string | null;
  onSelect(day: string): void;
}

/** The month table. */
export function MonthGrid({ month, days, today, selected, onSelect }: MonthGridProps) {
  const first = `${month}-01`;
  const start = dayNumber(first);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const byDate = new Map(days.map((d) => [d.date, d]));
  const initial = selected?.startsWith(month) ? selected : today.startsWith(month) ? today : first;
  // The roving focus belongs to one month: a new month starts again from `initial`.
  const [chosen, setChosen] = useState<{ month: string; date: string } | null>(null);
  const focus = chosen?.month === month ? chosen.date : initial;
  const setFocus = (date: string) => setChosen({ month, date });
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // The month in which the arrow keys last moved the focus: only there does the focused button take the keyboard focus.
  const movedIn = useRef<string | null>(null);
  useEffect(() => {
    if (movedIn.current === month) buttons.current.get(focus)?.focus();
  }, [focus, month]);

  const cells: Array<string | null> = [...Array<null>(weekdayOf(first)).fill(null), ...Array.from({ length }, (_, i) => dayFromNumber(start + i))];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  function onKey(e: KeyboardEvent, date: string) {
    const n = dayNumber(date);
    const wd = weekdayOf(date);
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -wd, End: 6 - wd };
    const d = step[e.key];
    if (d === undefined) return;
    e.preventDefault();
    movedIn.current = month;
    setFocus(dayFromNumber(Math.min(start + length - 1, Math.max(start, n + d))));
  }

  return (
    <table className="month" aria-labelledby="month-title">
      <thead>
        <tr>{WEEKDAYS.map(([s, full]) => <th key={s} scope="col"><abbr title={full}>{s}</abbr></th>)}</tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((date, i) => {
              if (!date) return <td key={i} className="empty" aria-hidden="true" />;
              const d = byDate.get(date);
              const what = d ? `${d.checkIns === 1 ? '1 check-in' : `${d.checkIns} check-ins`}, ${riskWord(d.level)}` : 'no check-in';
              return (
                <td key={date} className={d ? `day has level-${d.level}` : date > today ? 'day future' : 'day'} data-testid={d ? 'calendar-day' : undefined} data-date={date}>
                  <button type="button" ref={(el) => { if (el) buttons.current.set(date, el); else buttons.current.delete(date); }}
                    tabIndex={date === focus ? 0 : -1} aria-label={`${dayTitle(date)}: ${what}${date === today ? ', today' : ''}`}
                    aria-pressed={selected === date} aria-current={date === today ? 'date' : undefined}
                    onKeyDown={(e) => onKey(e, date)} onClick={() => { setFocus(date); onSelect(date); }}>
                    <span className="num">{Number(date.slice(8))}</span>
                    {d && <span className="lvl" aria-hidden="true">{SHORT[d.level]}{d.checkIns > 1 ? ` ×${d.checkIns}` : ''}</span>}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
