// The month view (pure): each local day's level and number of check-ins, and the streak of days checked in.
// A day's level combines its check-ins the way a trend step does: the mean of the calibrated probabilities of its
// clear check-ins, then the most likely level; a day whose check-ins are all `unclear` is `unclear` (grey).
import { ASSESSED_LEVELS, RISK_LEVELS, type AssessedLevel } from '../fusion/types.ts';
import { dayFromNumber, dayNumber, localDay } from '../trend/days.ts';

/** What the calendar needs of a check-in. */
export interface CalendarCheckIn {
  at: string;
  risk: { level: AssessedLevel; probabilities: { low: number; moderate: number; high: number } };
}

/** One day with check-ins. */
export interface CalendarDay {
  /** YYYY-MM-DD in the profile's time zone. */
  date: string;
  checkIns: number;
  level: AssessedLevel;
  /** How many check-ins of the day had each level. */
  levels: Record<AssessedLevel, number>;
}

/** Days checked in in a row: ending today (or yesterday, while today has none yet), and the longest run. */
export interface Streak {
  current: number;
  longest: number;
  /** The most recent day with a check-in, or null. */
  lastDay: string | null;
}

/** The days of `month` (YYYY-MM) that have check-ins, oldest first, in `timeZone`. */
export function monthDays(items: readonly CalendarCheckIn[], month: string, timeZone: string): CalendarDay[] {
  const byDay = new Map<string, CalendarCheckIn[]>();
  for (const c of items) {
    const day = localDay(c.at, timeZone);
    if (!day.startsWith(month)) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), c]);
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({
    date,
    checkIns: list.length,
    level: dayLevel(list),
    levels: Object.fromEntries(ASSESSED_LEVELS.map((l) => [l, list.filter((c) => c.risk.level === l).length])) as Record<AssessedLevel, number>,
  }));
}

/** The level of a day: most likely level of the mean probabilities of its clear check-ins; `unclear` when none is clear. */
export function dayLevel(list: readonly CalendarCheckIn[]): AssessedLevel {
  const clear = list.filter((c) => c.risk.level !== 'unclear');
  if (clear.length === 0) return 'unclear';
  const mean = (l: (typeof RISK_LEVELS)[number]) => clear.reduce((s, c) => s + c.risk.probabilities[l], 0) / clear.length;
  return RISK_LEVELS.reduce((best, l) => (mean(l) > mean(best) ? l : best), RISK_LEVELS[0]);
}

/** The streak over every local day with a check-in, as of `today` (YYYY-MM-DD in the same time zone). */
export function streakOf(days: Iterable<string>, today: string): Streak {
  const nums = [...new Set([...days].map(dayNumber))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < nums.length; i++) {
    run = i > 0 && nums[i] === (nums[i - 1] as number) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = nums.at(-1);
  const t = dayNumber(today);
  const current = last !== undefined && (last === t || last === t - 1) ? run : 0;
  return { current, longest, lastDay: last === undefined ? null : dayFromNumber(last) };
}
