// The month view: a day's level from its check-ins (unclear only when all are), local days of a time zone, the streak.
import { describe, expect, it } from 'vitest';
import { dayLevel, monthDays, streakOf, type CalendarCheckIn } from '../../src/diary/calendar.ts';

const c = (at: string, level: CalendarCheckIn['risk']['level'], p: [number, number, number]): CalendarCheckIn =>
  ({ at, risk: { level, probabilities: { low: p[0], moderate: p[1], high: p[2] } } });

describe('calendar', () => {
  it('colours a day by the mean probabilities of its clear check-ins; all unclear → unclear', () => {
    expect(dayLevel([c('x', 'high', [0.1, 0.3, 0.6]), c('x', 'low', [0.7, 0.2, 0.1])])).toBe('low');
    expect(dayLevel([c('x', 'high', [0.1, 0.3, 0.6]), c('x', 'unclear', [0.9, 0.05, 0.05])])).toBe('high');
    expect(dayLevel([c('x', 'unclear', [0.4, 0.3, 0.3])])).toBe('unclear');
  });

  it('lists the days of a month in the profile\'s time zone with counts per level', () => {
    const items = [c('2026-11-30T23:30:00Z', 'low', [1, 0, 0]), c('2026-12-01T08:00:00Z', 'unclear', [0.4, 0.3, 0.3]), c('2026-12-03T12:00:00Z', 'high', [0, 0, 1])];
    expect(monthDays(items, '2026-12', 'UTC').map((d) => [d.date, d.checkIns, d.level])).toEqual([['2026-12-01', 1, 'unclear'], ['2026-12-03', 1, 'high']]);
    const berlin = monthDays(items, '2026-12', 'Europe/Berlin');
    expect(berlin.map((d) => [d.date, d.checkIns, d.level])).toEqual([['2026-12-01', 2, 'low'], ['2026-12-03', 1, 'high']]);
    expect(berlin[0]?.levels).toEqual({ low: 1, moderate: 0, high: 0, unclear: 1 });
  });

  it('counts the current streak through today or yesterday, and the longest run', () => {
    const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-12-02', '2026-12-03', '2026-12-04'];
    expect(streakOf(days, '2026-12-04')).toEqual({ current: 3, longest: 4, lastDay: '2026-12-04' });
    expect(streakOf(days, '2026-12-05')).toMatchObject({ current: 3 });
    expect(streakOf(days, '2026-12-06')).toMatchObject({ current: 0, longest: 4 });
    expect(streakOf([], '2026-12-06')).toEqual({ current: 0, longest: 0, lastDay: null });
    expect(streakOf(['2026-12-31', '2027-01-01', '2026-12-31'], '2027-01-01')).toMatchObject({ current: 2 });
  });
});
