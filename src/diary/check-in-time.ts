// The time a check-in is dated: ISO 8601 with an offset (or Z), not more than a few minutes in the future and not
// older than the configured maximum age. Anything else is INPUT_INVALID naming the field.
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parses `value` (undefined → `now`) into an ISO-8601 UTC timestamp. `field` names the input in the error message
 * ("at" for the API, "--at" for the CLI).
 */
export function parseCheckInTime(value: string | undefined, config: Pick<Config, 'diary'>, field = 'at', now = new Date()): string {
  if (value === undefined || value.trim() === '') return now.toISOString();
  const text = value.trim();
  const ms = Date.parse(text);
  if (!ISO_WITH_OFFSET.test(text) || !Number.isFinite(ms)) {
    throw new BurnoutError('INPUT_INVALID', `"${field}" must be an ISO-8601 date-time with an offset, e.g. 2026-03-01T18:30:00+01:00 (got "${value}")`);
  }
  const { maxFutureMinutes, maxAgeDays } = config.diary;
  if (ms > now.getTime() + maxFutureMinutes * 60_000) {
    throw new BurnoutError('INPUT_INVALID', `"${field}" is in the future (more than ${maxFutureMinutes} minutes from now)`);
  }
  if (ms < now.getTime() - maxAgeDays * MS_PER_DAY) {
    throw new BurnoutError('INPUT_INVALID', `"${field}" is more than ${maxAgeDays} days in the past`);
  }
  return new Date(ms).toISOString();
}
