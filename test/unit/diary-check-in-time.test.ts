// A check-in's `at`: ISO 8601 with an offset, at most 5 minutes ahead, at most 2 years back; errors name the field.
import { describe, expect, it } from 'vitest';
import { parseCheckInTime } from '../../src/diary/check-in-time.ts';
import { diarySection } from '../../src/config/sections/diary.ts';

const config = { diary: diarySection.parse({}) };
const now = new Date('2026-12-05T12:00:00Z');
const parse = (v: string | undefined, field?: string) => parseCheckInTime(v, config, field, now);

describe('check-in time', () => {
  it('defaults to now and normalises an offset to UTC', () => {
    expect(parse(undefined)).toBe('2026-12-05T12:00:00.000Z');
    expect(parse('2026-12-01T18:30:00+01:00')).toBe('2026-12-01T17:30:00.000Z');
    expect(parse('2026-12-05T12:04:59Z')).toBe('2026-12-05T12:04:59.000Z');
    expect(parse('2024-12-06T00:00:00Z')).toBe('2024-12-06T00:00:00.000Z');
  });

  it.each([
    ['2026-12-01', /ISO-8601 date-time with an offset/],
    ['2026-12-01T18:30:00', /with an offset/],
    ['yesterday', /with an offset/],
    ['2026-13-01T00:00:00Z', /with an offset/],
    ['2026-12-05T12:05:01Z', /in the future \(more than 5 minutes/],
    ['2024-12-04T00:00:00Z', /more than 730 days in the past/],
  ])('rejects %s with INPUT_INVALID naming the field', (value, message) => {
    expect(() => parse(value)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringMatching(/^"at"/) }));
    expect(() => parse(value)).toThrow(message);
  });

  it('names the CLI option when asked to', () => {
    expect(() => parse('soon', '--at')).toThrow(/^"--at"/);
  });
});
