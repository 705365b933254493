// The diary around the check-ins: GET/PATCH /api/profile (time zone, what the server keeps), GET /api/calendar (a month
// of day levels and the streak), GET /api/insights (associations, weekday pattern) and GET /api/reminders.ics.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isTimeZone } from '../../config/sections/diary.ts';
import { monthDays, streakOf } from '../../diary/calendar.ts';
import { profileSettings } from '../../diary/deps.ts';
import { insightsFor } from '../../insights/summary.ts';
import { QUESTIONNAIRE_AVAILABLE, reminderCalendar, WEEKDAYS } from '../../reminders/ics.ts';
import { historySince } from '../../store/history.ts';
import { getProfile, setProfileTimeZone } from '../../store/profiles.ts';
import { localDay } from '../../trend/days.ts';
import type { AppContext } from '../app.ts';
import { profileOf } from '../profile.ts';
import { errors, jsonSchema, parseWith, profileQuery } from '../schemas.ts';
import { bodyComponent, ref } from '../openapi/components.ts';
import { fileAnswer } from '../openapi/export.ts';
import { calendarMonth, insights, profile, profileTimeZone, type ProfileView } from '../openapi/diary.ts';

const profilePatch = bodyComponent('ProfilePatch', z.object({
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').nullable()
    .describe('IANA time zone of your local days; null → the server default'),
}).strict());
const monthQuery = profileQuery.extend({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM').optional().describe('YYYY-MM (default: this month)'),
});
const reminderQuery = profileQuery.extend({
  frequency: z.enum(['daily', 'weekly']).default('daily'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM on a 24-hour clock').default('19:00'),
  weekday: z.enum(WEEKDAYS).default('MO').describe('day of a weekly reminder: MO … SU'),
  questionnaire: z.enum(['true', 'false']).default('false').describe('add the weekly questionnaire (CBI) reminder, on the same weekday and time'),
});

/** Registers the profile, calendar, insights and reminder routes. */
export function registerDiaryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const settingsOf = (profileId: string) => profileSettings(ctx.store.db, ctx.config, profileId);

  app.get('/api/profile', {
    schema: { summary: 'Time zone, what the server may keep, trend and insight minimums', querystring: jsonSchema(profileQuery), response: { 200: ref(profile), ...errors } },
  }, async (request): Promise<ProfileView> => {
    const id = profileOf(request);
    const [profile, settings] = await Promise.all([getProfile(ctx.store.db, id), settingsOf(id)]);
    return {
      id,
      timeZone: settings.timeZone,
      ownTimeZone: profile?.time_zone ?? null,
      storage: { text: ctx.config.store.allowTextStorage, media: ctx.config.store.allowMediaStorage },
      trend: { minDays: ctx.config.trend.minDays, windowDays: ctx.config.trend.windowDays },
      insights: { minDays: ctx.config.insights.minDays },
      at: { maxFutureMinutes: ctx.config.diary.maxFutureMinutes, maxAgeDays: ctx.config.diary.maxAgeDays },
      questionnaire: QUESTIONNAIRE_AVAILABLE,
    };
  });

  app.patch('/api/profile', {
    schema: { summary: 'Set the profile\'s time zone (its local days group check-ins)', querystring: jsonSchema(profileQuery), body: ref(profilePatch), response: { 200: ref(profileTimeZone), ...errors } },
  }, async (request) => {
    const id = profileOf(request);
    const { timeZone } = parseWith(profilePatch, request.body);
    await setProfileTimeZone(ctx.store.db, id, timeZone);
    return { id, timeZone: (await settingsOf(id)).timeZone };
  });

  app.get('/api/calendar', {
    schema: { summary: 'A month of local days coloured by level, and the streak of days checked in', querystring: jsonSchema(monthQuery), response: { 200: ref(calendarMonth), ...errors } },
  }, async (request) => {
    const q = parseWith(monthQuery, request.query);
    const id = profileOf(request);
    const settings = await settingsOf(id);
    const today = localDay(new Date().toISOString(), settings.timeZone);
    const month = q.month ?? today.slice(0, 7);
    const items = await historySince(ctx.store.db, id, '');
    const streak = streakOf(items.map((c) => localDay(c.at, settings.timeZone)), today);
    return { month, timeZone: settings.timeZone, today, days: monthDays(items, month, settings.timeZone), streak };
  });

  app.get('/api/insights', {
    schema: { summary: 'Associations of stress, energy and work hours with the risk, and the weekday pattern (hidden below insights.minDays)', querystring: jsonSchema(profileQuery), response: { 200: ref(insights), ...errors } },
  }, async (request) => {
    const id = profileOf(request);
    const settings = await settingsOf(id);
    const items = await historySince(ctx.store.db, id, '');
    return insightsFor(items, { timeZone: settings.timeZone, minDays: ctx.config.insights.minDays, minPairs: ctx.config.insights.minPairs });
  });

  app.get('/api/reminders.ics', {
    schema: { summary: 'A calendar file (RFC 5545) with a daily or weekly check-in reminder at a local time', querystring: jsonSchema(reminderQuery), response: { 200: fileAnswer('a text/calendar attachment', null, 'text/calendar'), ...errors } },
  }, async (request, reply) => {
    const q = parseWith(reminderQuery, request.query);
    const base = `http://${request.headers.host ?? `${ctx.config.server.host}:${ctx.config.server.port}`}/#/`;
    const ics = reminderCalendar({
      frequency: q.frequency, time: q.time, weekday: q.weekday, url: `${base}checkin`, questionnaireUrl: `${base}questionnaire`,
      questionnaire: QUESTIONNAIRE_AVAILABLE && q.questionnaire === 'true',
    });
    reply.header('content-disposition', `attachment; filename="burnout-check-in-${q.frequency}.ics"`);
    return reply.type('text/calendar; charset=utf-8').send(ics);
  });
}
