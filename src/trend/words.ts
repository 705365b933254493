// The words and the one rounding of a trend, shared by the alert reason, the CLI and the dashboard, so that the same
// trend shows the same confidence everywhere.
import type { Trend } from './types.ts';

/** A trend confidence as a whole percentage, never "100 %" (a calibrated probability is never certainty). */
export function confidencePercent(confidence: number): number {
  return Math.min(99, Math.max(0, Math.round(confidence * 100)));
}

/** "5 days" / "1 day". */
export function daysWord(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** One line, e.g. "Worsening (confidence 81 %, over 5 days)" or "not enough days yet (2 days; a trend needs 3)". */
export function trendSentence(trend: Trend, minDays?: number): string {
  if (trend.direction === 'insufficient_history') {
    const have = daysWord(trend.steps);
    return minDays ? `not enough days with a check-in yet (${have}; a trend needs ${minDays})` : `not enough days with a check-in yet (${have} so far)`;
  }
  const word = trend.direction.charAt(0).toUpperCase() + trend.direction.slice(1);
  return `${word} (confidence ${confidencePercent(trend.confidence)} %, over ${daysWord(trend.steps)})`;
}
