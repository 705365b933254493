// Pairs each questionnaire with the model's daily risk nearest in time: the local day of clear check-ins closest to
// the questionnaire's own day (an earlier day wins a tie: the questionnaire is about the days before it), at most
// `maxPairDays` away. Pure; the days come from insightDays (mean expected risk of a day's clear check-ins, 0–1).
import { dayNumber, localDay } from '../trend/days.ts';
import type { CbiBand } from './cbi-score.ts';

/** A questionnaire as the comparison reads it: when, and its reference scale's score and band (null: not scored). */
export interface CbiPoint {
  id: string;
  at: string;
  score: number | null;
  band: CbiBand | null;
}

/** A day's model risk: 0 (Low) … 1 (High), the mean expected level of its clear check-ins. */
export interface RiskDay {
  day: string;
  risk: number;
}

/** One questionnaire with the day it is compared with. */
export interface CbiPair {
  id: string;
  at: string;
  score: number;
  band: CbiBand;
  day: string;
  risk: number;
  /** Days between the questionnaire's day and the risk's day. */
  gapDays: number;
}

/** Pairs every scored questionnaire that has a day of clear check-ins within `maxPairDays`; oldest first. */
export function pairWithDays(points: readonly CbiPoint[], days: readonly RiskDay[], timeZone: string, maxPairDays: number): CbiPair[] {
  const numbered = days.map((d) => ({ ...d, n: dayNumber(d.day) }));
  const out: CbiPair[] = [];
  for (const p of [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    if (p.score === null || p.band === null) continue;
    const own = dayNumber(localDay(p.at, timeZone));
    let best: (typeof numbered)[number] | null = null;
    for (const d of numbered) {
      const gap = Math.abs(d.n - own);
      const bestGap = best ? Math.abs(best.n - own) : Infinity;
      if (gap < bestGap || (gap === bestGap && best !== null && d.n < best.n)) best = d;
    }
    if (!best || Math.abs(best.n - own) > maxPairDays) continue;
    out.push({ id: p.id, at: p.at, score: p.score, band: p.band, day: best.day, risk: best.risk, gapDays: Math.abs(best.n - own) });
  }
  return out;
}
