// Check-in reminders as an iCalendar file (RFC 5545, written by the maintained `ics` library): a daily or weekly
// event at a chosen local time with a display alarm, and a weekly questionnaire reminder once the questionnaire exists.
import { createEvents, type EventAttributes } from 'ics';
import { BurnoutError } from '../errors.ts';
import { NOTICE } from '../notice.ts';

/** Whether the weekly questionnaire (Copenhagen Burnout Inventory, DESIGN §4) exists: it does (docs/questionnaire.md). */
export const QUESTIONNAIRE_AVAILABLE = true;

/** iCalendar weekday codes, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What the reminder file holds. */
export interface ReminderOptions {
  frequency: 'daily' | 'weekly';
  /** Local time of day, HH:MM (24 h). */
  time: string;
  /** Day of a weekly check-in reminder (and of the questionnaire reminder). */
  weekday: Weekday;
  /** Add the weekly questionnaire reminder (only when QUESTIONNAIRE_AVAILABLE, or when a caller forces it in tests). */
  questionnaire: boolean;
  /** Link the reminder opens (the dashboard's check-in page), when known. */
  url?: string;
  /** Link the questionnaire reminder opens (the dashboard's questionnaire page), when known. */
  questionnaireUrl?: string;
}

/**
 * The .ics text. Times are floating local times (no time zone: "19:30 wherever you are", RFC 5545 §3.3.5), so the
 * reminder follows the person when they travel. The first occurrence is the next matching day on or after `today`.
 */
export function reminderCalendar(o: ReminderOptions, today = new Date()): string {
  const [hour, minute] = parseTime(o.time);
  const byDay = o.frequency === 'weekly' ? `;BYDAY=${o.weekday}` : '';
  const events: EventAttributes[] = [event({
    uid: `burnout-checkin-${o.frequency}@burnout-risk.local`,
    title: 'Burnout check-in',
    description: `A minute for your check-in: a few words, your voice or a photo, and how you feel. ${NOTICE}`,
    start: startOn(today, o.frequency === 'weekly' ? o.weekday : null, hour, minute),
    recurrenceRule: `FREQ=${o.frequency.toUpperCase()}${byDay}`,
    url: o.url,
  })];
  if (o.questionnaire) {
    events.push(event({
      uid: 'burnout-questionnaire-weekly@burnout-risk.local',
      title: 'Burnout questionnaire (weekly)',
      description: `The weekly questionnaire beside your check-ins (Copenhagen Burnout Inventory, about the past week; a few minutes). ${NOTICE}`,
      start: startOn(today, o.weekday, hour, minute),
      recurrenceRule: `FREQ=WEEKLY;BYDAY=${o.weekday}`,
      url: o.questionnaireUrl ?? o.url,
    }));
  }
  const { error, value } = createEvents(events, { productId: 'burnout-risk/reminders', calName: 'Burnout check-in reminders' });
  if (error || !value) throw new BurnoutError('INTERNAL', 'the reminder calendar could not be written', { cause: error });
  // The library writes a zero duration as "-PT", which is not RFC 5545; the alarm fires at the start: PT0S.
  return value.replace(/^TRIGGER:-?PT\r?$/gm, (line) => `TRIGGER:PT0S${line.endsWith('\r') ? '\r' : ''}`);
}

function event(e: { uid: string; title: string; description: string; start: [number, number, number, number, number]; recurrenceRule: string; url?: string }): EventAttributes {
  return {
    ...e,
    ...(e.url ? { url: e.url } : { url: undefined }),
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: 5 },
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    alarms: [{ action: 'display', description: e.title, trigger: { minutes: 0, before: true } }],
  };
}

/** [hour, minute] of "HH:MM", or INPUT_INVALID naming the field. */
export function parseTime(time: string): [number, number] {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new BurnoutError('INPUT_INVALID', `"time" must be HH:MM on a 24-hour clock, e.g. 19:30 (got "${time}")`);
  return [Number(m[1]), Number(m[2])];
}

/** The first day on or after `today` (its calendar date) that falls on `weekday` (any day when null), at the time. */
function startOn(today: Date, weekday: Weekday | null, hour: number, minute: number): [number, number, number, number, number] {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  if (weekday) {
    const want = WEEKDAYS.indexOf(weekday);
    const have = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() + ((want - have + 7) % 7));
  }
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute];
}
