// The baseline reads only the rows that can fall in its reference window: every check-in whose local day lies in the
// window of `at` is before referenceUntil(at) and at or after referenceSince(at), in any time zone and for any lag.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceSince, referenceUntil, referenceWindow } from '../../src/baseline/reference.ts';
import { localDay } from '../../src/trend/days.ts';

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles'];
const BASE = Date.parse('2026-01-01T00:00:00Z');

describe('baseline window bounds', () => {
  it('keeps every check-in of the window inside [referenceSince, referenceUntil)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 365 * 86_400 }), fc.integer({ min: -120 * 86_400, max: 0 }),
      fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 14, max: 120 }),
      (atSec, offsetSec, timeZone, lagDays, windowDays) => {
        const at = new Date(BASE + atSec * 1000).toISOString();
        const row = new Date(Date.parse(at) + offsetSec * 1000).toISOString();
        const s = { lagDays, windowDays, timeZone };
        const { fromDay, toDay } = referenceWindow(at, s);
        const day = localDay(row, timeZone);
        if (day < fromDay || day > toDay) return;
        expect(row < referenceUntil(at, s)).toBe(true);
        expect(row >= referenceSince(at, s)).toBe(true);
      },
    ), { numRuns: 3000, seed: 1 });
  });

  it('leaves out the most recent days (with the default lag of 7, the whole last week)', () => {
    const at = '2026-12-10T09:00:00.000Z';
    expect(referenceUntil(at, { lagDays: 7 })).toBe('2026-12-03T11:00:00.000Z');
    expect('2026-12-09T08:00:00.000Z' < referenceUntil(at, { lagDays: 7 })).toBe(false);
  });
});
