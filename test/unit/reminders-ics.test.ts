// The reminder file: RFC 5545 that a real parser (ical.js) reads back, with the recurrence, time and alarm chosen.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reminderCalendar } from '../../src/reminders/ics.ts';

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const alarm = v.getFirstSubcomponent('valarm');
    return { summary: e.summary, start: e.startDate.toString(), floating: e.startDate.zone?.tzid === 'floating', rrule: String(v.getFirstPropertyValue('rrule')), trigger: String(alarm?.getFirstPropertyValue('trigger')), uid: e.uid };
  });
}

describe('reminder calendar (.ics)', () => {
  it('writes a daily reminder at a floating local time with an alarm at the start', () => {
    const text = reminderCalendar({ frequency: 'daily', time: '19:30', weekday: 'MO', questionnaire: false }, new Date(2026, 11, 5, 10));
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const [event, ...rest] = parse(text);
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({ summary: 'Burnout check-in', start: '2026-12-05T19:30:00', floating: true, rrule: 'FREQ=DAILY', trigger: 'PT0S' });
  });

  it('writes a weekly reminder on the chosen weekday, plus the questionnaire reminder when asked', () => {
    const events = parse(reminderCalendar({ frequency: 'weekly', time: '08:05', weekday: 'FR', questionnaire: true }, new Date(2026, 11, 5, 10)));
    expect(events.map((e) => [e.summary, e.start, e.rrule])).toEqual([
      ['Burnout check-in', '2026-12-11T08:05:00', 'FREQ=WEEKLY;BYDAY=FR'],
      ['Burnout questionnaire (weekly)', '2026-12-11T08:05:00', 'FREQ=WEEKLY;BYDAY=FR'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });

  it('rejects a time that is not HH:MM', () => {
    expect(() => reminderCalendar({ frequency: 'daily', time: '7pm', weekday: 'MO', questionnaire: false })).toThrow(/"time" must be HH:MM/);
  });
});
