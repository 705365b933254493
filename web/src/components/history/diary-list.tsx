// The diary: check-ins grouped by local day (the profile's time zone), newest day first.
import type { StoredAssessment } from '../../api/types.ts';
import { localDay } from '../../../../src/trend/days.ts';
import { dayTitle } from '../../lib/format.ts';
import { DiaryEntry } from './diary-entry.tsx';

/** Groups `items` (any order) by day and lists them. */
export function DiaryList({ items, timeZone, canKeepText, onChanged }: { items: StoredAssessment[]; timeZone: string; canKeepText: boolean; onChanged(): void }) {
  const days = new Map<string, StoredAssessment[]>();
  for (const a of [...items].sort((x, y) => y.at.localeCompare(x.at))) {
    const day = localDay(a.at, timeZone);
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return (
    <section aria-labelledby="diary-title">
      <h2 id="diary-title">Diary</h2>
      <ol className="diary">
        {[...days.entries()].map(([day, list]) => (
          <li key={day} data-testid="history-day" data-day={day}>
            <h3>{dayTitle(day)} <span className="muted small">{list.length === 1 ? '1 check-in' : `${list.length} check-ins`}</span></h3>
            <ul className="entries">
              {list.map((a) => <DiaryEntry key={a.id + a.at} entry={a} canKeepText={canKeepText} onChanged={onChanged} />)}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
