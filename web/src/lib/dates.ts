// Dates for the check-in form: the browser's local time as a datetime-local value and back as ISO 8601 with offset.

/** "2026-12-05T18:30" for a datetime-local input, in the browser's time zone. */
export function toLocalInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value → "2026-12-05T18:30:00+01:00" (the browser's offset at that moment); null when invalid. */
export function localInputToIso(value: string): string | null {
  const d = new Date(value);
  if (!value || Number.isNaN(d.getTime())) return null;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${toLocalInput(d)}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** The browser's IANA time zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
