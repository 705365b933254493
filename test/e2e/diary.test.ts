// Browser test of the diary against the real server (`burnout serve`, offline engines, a fresh SQLite file): seven
// back-dated check-ins over seven days land on seven days in History and the calendar, a kept journal text shows in
// History, the reminder .ics downloads and parses; screenshots of History, the calendar and insights (desktop, phone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.ts';
import { openDashboardSession, SHOTS, type DashboardSession } from './support/dashboard-session.ts';
import type { TestServer } from './support/server.ts';

const CHROMIUM = chromiumPath();
const pad = (n: number) => String(n).padStart(2, '0');
/** "YYYY-MM-DDTHH:MM" in the browser's (and this process's) local time: `back` days and one hour ago. */
function localInput(back: number): string {
  const d = new Date(Date.now() - back * 86_400_000 - 3_600_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

describe.skipIf(!CHROMIUM)('diary in Chromium against the real server', () => {
  let dir: string;
  let server: TestServer;
  let session: DashboardSession;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const go = async (hash: string) => {
    await page.goto(`${server.url}#/${hash}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };

  beforeAll(async () => {
    session = await openDashboardSession('diary');
    ({ dir, server, page } = session);
  }, 300_000);

  afterAll(async () => session?.close());

  it('seven back-dated check-ins appear on seven distinct days in History and the calendar; kept text shows', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const texts = [
      'Slept well and had a calm, productive morning with the team.',
      'A long meeting day, a bit tired but still fine.',
      'Deadlines piling up; I worked late and feel tense.',
      'Exhausted. I could not switch off and woke at four.',
      'Weekend: a walk by the river, I felt lighter.',
      'Back at work, the inbox was overwhelming and I snapped at a colleague.',
      'Drained and numb, everything feels like too much today.',
    ];
    for (let i = 0; i < 7; i++) {
      await go('checkin');
      await page.getByLabel(/How was your day/).fill(texts[i]!);
      // Clear self-reports, so that every day has a level (an unclear check-in does not count as a day with a level).
      await page.getByLabel('Stress').fill(String([2, 3, 8, 9, 2, 8, 9][i]));
      await page.getByLabel('Energy').fill(String([8, 7, 3, 2, 8, 3, 2][i]));
      await page.getByLabel(/When/).fill(localInput(6 - i));
      if (i === 0) {
        await page.getByLabel(/A note for yourself/).fill('First diary entry');
        await page.getByLabel(/Keep my journal text and note/).check();
        await shot('20-checkin-when-note');
      }
      await page.getByRole('button', { name: 'Submit check-in' }).click();
      await page.getByTestId('result').waitFor({ timeout: 60_000 });
    }

    await go('history');
    await page.getByTestId('history-day').first().waitFor();
    const days = await page.getByTestId('history-day').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')));
    expect(new Set(days).size).toBe(7);
    expect(days).toHaveLength(7);
    await expect(page.getByTestId('kept-text').allTextContents()).resolves.toEqual([expect.stringContaining(texts[0]!)]);
    await expect(page.getByTestId('kept-note').allTextContents()).resolves.toEqual([expect.stringContaining('First diary entry')]);
    await shot('21-history-diary');

    await go('calendar');
    await page.getByTestId('streak').waitFor();
    await expect(page.getByTestId('streak').textContent()).resolves.toMatch(/7 days in a row/);
    const seen = new Set(await page.getByTestId('calendar-day').evaluateAll((els) => els.map((e) => e.getAttribute('data-date'))));
    if (seen.size < 7) {
      const earliest = [...days].sort()[0]!;
      await page.getByRole('button', { name: 'Previous month' }).click();
      await page.locator(`[data-testid=calendar-day][data-date="${earliest}"]`).waitFor();
      for (const d of await page.getByTestId('calendar-day').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')))) seen.add(d);
    }
    expect([...seen].sort()).toEqual([...days].sort());
    // Keyboard: the focused day moves with the arrow keys and Enter opens it.
    await go('calendar');
    await page.locator('table.month button[tabindex="0"]').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2 }).filter({ hasText: /\d{4}/ }).last().waitFor();
    await shot('22-calendar');
  }, 300_000);

  it('the reminder .ics downloads and parses', async () => {
    await go('settings');
    await page.getByLabel('How often', { exact: true }).selectOption('weekly');
    await page.getByLabel('On', { exact: true }).selectOption('TH');
    await page.getByLabel('At', { exact: true }).fill('18:45');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download reminder/ }).click()]);
    const file = join(dir, 'reminder.ics');
    await download.saveAs(file);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const [event] = cal.getAllSubcomponents('vevent');
    expect(String(event?.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=TH');
    expect(new ICAL.Event(event!).startDate.toString()).toMatch(/T18:45:00$/);
    expect(event?.getFirstSubcomponent('valarm')).not.toBeNull();
    await shot('23-settings-reminders');
  });

  it('insights are hidden below 14 days and shown, with n, after 21 days; phone screenshots', async () => {
    await go('insights');
    await expect(page.getByTestId('insights-hidden').textContent()).resolves.toMatch(/after 14 days .* you have 7 days/);
    // Fourteen more days through the API (dated JSON check-ins), with self-reports that vary.
    for (let back = 7; back < 21; back++) {
      const at = new Date(Date.now() - back * 86_400_000).toISOString();
      const stress = (back * 7) % 11;
      const res = await fetch(`${server.url}api/assessments`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: stress > 6 ? 'Overwhelmed and exhausted, I dread tomorrow.' : 'An ordinary, fairly calm day.', stress, energy: 10 - stress, work: 6 + stress / 2, at }),
      });
      expect(res.status).toBe(201);
    }
    await page.reload();
    await page.getByTestId('associations').waitFor();
    await expect(page.getByTestId('insights-caution').textContent()).resolves.toMatch(/associations .* not causes/);
    await expect(page.getByTestId('associations').textContent()).resolves.toMatch(/n = \d+ days/);
    await shot('24-insights');
    await page.setViewportSize({ width: 390, height: 844 });
    const ready: Record<string, string> = { history: 'history-day', calendar: 'calendar-day', insights: 'associations' };
    for (const p of ['history', 'calendar', 'insights']) {
      await go(p);
      await page.getByTestId(ready[p]!).first().waitFor();
      await shot(`25-phone-${p}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await go('calendar');
    await page.getByTestId('calendar-day').first().waitFor();
    await shot('22-calendar');
    await go('history');
    await page.getByTestId('history-day').first().waitFor();
    await shot('21-history-diary');
    // At most one open alert per rule, however many check-ins met it.
    const alerts = (await (await fetch(`${server.url}api/alerts?status=open`)).json()) as { items: Array<{ rule: string }> };
    expect(new Set(alerts.items.map((a) => a.rule)).size).toBe(alerts.items.length);
    await go('alerts');
    await page.waitForLoadState('networkidle');
    await shot('26-alerts');
  }, 180_000);
});
