// Small display formatters shared by the pages: percentages, dates, risk and trend words.
import type { AssessedLevel } from '../../../src/fusion/types.ts';
import type { Trend } from '../../../src/trend/types.ts';
import { trendSentence } from '../../../src/trend/words.ts';

/** 0.623 → "62 %". */
export function pct(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return `${(x * 100).toFixed(digits)} %`;
}

/** ISO date-time → "21 Nov 2026, 14:05" in the user's locale. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** ISO date-time → "21 Nov" (chart axes). */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** Tick labels for a time axis: clock times (with seconds within an hour) when all points fall within two days, else dates. */
export function timeTickFormatter(times: number[]): (t: number) => string {
  const span = times.length ? Math.max(...times) - Math.min(...times) : 0;
  if (span < 3_600_000) return (t) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (span < 2 * 86_400_000) return (t) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (t) => shortDate(new Date(t).toISOString());
}

/** Ends a phrase with a full stop unless it already ends with punctuation. */
export function withStop(s: string): string {
  return /[.!?…)]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}

/** A phrase as a sentence: first letter upper-case, full stop at the end (notes and reasons come lower-case). */
export function sentence(s: string): string {
  return withStop(s.charAt(0).toUpperCase() + s.slice(1));
}

/** "low" → "Low". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Display word for a risk level ("Unclear" says that there was not enough evidence for an estimate). */
export function riskWord(level: AssessedLevel): string {
  return level === 'unclear' ? 'Unclear: not enough evidence' : `${capitalise(level)} risk`;
}

/** One line describing a trend, e.g. "Worsening (confidence 81 %, over 5 days)" — the same words and rounding as the alerts. */
export function trendWords(trend: Trend, minDays?: number): string {
  return trendSentence(trend, minDays);
}

/** A local day YYYY-MM-DD → "Tue 3 Dec 2026" (the date itself, no time-zone shift). */
export function dayTitle(day: string, withYear = true): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
}

/** ISO date-time → "14:05" (local clock time). */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Seconds → "0:07". */
export function clock(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
