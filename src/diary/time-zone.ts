// The time zone whose local days group a profile's check-ins: the profile's own, else config diary.timeZone, where
// 'system' means this machine's zone. Also the trend settings built from it.
import type { Config } from '../config/schema.ts';
import type { TrendSettings } from '../trend/infer.ts';

let systemZone: string | undefined;

/** The IANA zone for a configured name ('system' → this machine's zone, UTC when the runtime cannot tell). */
export function resolveTimeZone(name: string | null | undefined): string {
  if (name && name !== 'system') return name;
  // Read once per process: building a DateTimeFormat on every check-in shows in a profile under load.
  systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return systemZone;
}

/** The trend settings of a profile whose own zone is `profileZone` (null → the configured default). */
export function trendSettings(config: Pick<Config, 'trend' | 'diary'>, profileZone?: string | null): TrendSettings {
  return { minDays: config.trend.minDays, windowDays: config.trend.windowDays, timeZone: resolveTimeZone(profileZone ?? config.diary.timeZone) };
}
