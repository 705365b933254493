// Local days (pure): which calendar day of a time zone a check-in falls on, day arithmetic, and grouping check-ins
// into one step per day. `unclear` check-ins carry no risk estimate and are left out (a day of only those is missing).
import type { TrendCheckIn } from './types.ts';

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Days already worked out, by time zone and instant: every write reads its window again (bounded; cleared when full). */
const knownDays = new Map<string, string>();
const KNOWN_DAYS_MAX = 100_000;

/** The calendar day (YYYY-MM-DD) on which the ISO-8601 instant `at` falls in `timeZone` (an IANA name). */
export function localDay(at: string, timeZone: string): string {
  const key = `${timeZone} ${at}`;
  const known = knownDays.get(key);
  if (known !== undefined) return known;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  if (knownDays.size >= KNOWN_DAYS_MAX) knownDays.clear();
  knownDays.set(key, day);
  return day;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day (calendar arithmetic, no time zone involved). */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The YYYY-MM-DD day `n` days after 1970-01-01. */
export function dayFromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Weekday of a YYYY-MM-DD day: 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: string): number {
  return (dayNumber(day) + 3) % 7;
}

/** One trend step: a local day and its clear (not `unclear`) check-ins, oldest first. */
export interface DayStep {
  day: string;
  checkIns: TrendCheckIn[];
}

/** Sorts check-ins by time (oldest first). Stable for equal timestamps; unparsable times sort first. */
export function sortByTime<T extends { at: string }>(history: readonly T[]): T[] {
  const t = (c: T) => {
    const ms = Date.parse(c.at);
    return Number.isFinite(ms) ? ms : -Infinity;
  };
  return history.map((c, i) => ({ c, i })).sort((a, b) => t(a.c) - t(b.c) || a.i - b.i).map((x) => x.c);
}

/** Groups check-ins (any order) into days of `timeZone`, oldest first, leaving out `unclear` ones and empty days. */
export function groupByDay(history: readonly TrendCheckIn[], timeZone: string): DayStep[] {
  const days: DayStep[] = [];
  for (const c of sortByTime(history)) {
    if (c.risk.level === 'unclear') continue;
    const day = localDay(c.at, timeZone);
    const last = days[days.length - 1];
    if (last?.day === day) last.checkIns.push(c);
    else days.push({ day, checkIns: [c] });
  }
  return days;
}

/** The first day of a window of `windowDays` days that ends on `lastDay` (both included). */
export function windowStart(lastDay: string, windowDays: number): string {
  return dayFromNumber(dayNumber(lastDay) - Math.max(1, windowDays) + 1);
}
