// Small display formatters shared by the pages: percentages, dates, risk and trend words.
import type { RiskLevel } from '../../../src/fusion/types.ts';
import type { Trend } from '../../../src/trend/types.ts';

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

/** "low" → "Low". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Display word for a risk level. */
export function riskWord(level: RiskLevel): string {
  return `${capitalise(level)} risk`;
}

/** One line describing a trend, e.g. "Worsening (confidence 81 %)" or "Not enough check-ins yet (2 of 3)". */
export function trendWords(trend: Trend, minSteps?: number): string {
  if (trend.direction === 'insufficient_history') {
    return minSteps ? `Not enough check-ins yet for a trend (${trend.steps} of ${minSteps})` : 'Not enough check-ins yet for a trend';
  }
  return `${capitalise(trend.direction)} (confidence ${pct(trend.confidence)}, over ${trend.steps} check-ins)`;
}

/** Seconds → "0:07". */
export function clock(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
