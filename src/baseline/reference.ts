// Builds a person's baseline as of a check-in from their own earlier check-ins. The reference window is the local days
// from `windowDays` before the check-in's day up to `lagDays` before it (exclusive): the most recent days never enter
// it, so a person who is getting worse is compared with how they were before, not with the change itself; the median
// and MAD keep a few bad (or good) days inside the window from moving it. A modality has a baseline once the window
// holds `minCheckIns` analysed inputs of it on `minDays` distinct days. Pure (docs/baseline.md).
import { MODALITIES, type Modality, type ModalityResult } from '../analysis/types.ts';
import { dayFromNumber, dayNumber, localDay } from '../trend/days.ts';
import { BASELINE_FEATURES } from './features.ts';
import { mad, median } from './robust.ts';
import type { Baseline, FeatureReference, ModalityReference } from './types.ts';

/** A check-in as the baseline reads it. */
export interface BaselineSource {
  at: string;
  modalities: Record<Modality, ModalityResult>;
}

/** Settings (config `baseline` and the profile's time zone). */
export interface BaselineSettings {
  minCheckIns: number;
  minDays: number;
  lagDays: number;
  windowDays: number;
  timeZone: string;
}

/** The reference window of a check-in at `at`: local days [fromDay, toDay], both included. */
export function referenceWindow(at: string, s: Pick<BaselineSettings, 'lagDays' | 'windowDays' | 'timeZone'>): { fromDay: string; toDay: string } {
  const day = dayNumber(localDay(at, s.timeZone));
  return { fromDay: dayFromNumber(day - s.windowDays), toDay: dayFromNumber(day - s.lagDays - 1) };
}

/** The earliest instant whose check-ins can fall in the reference window of `at` (a day of margin for time zones). */
export function referenceSince(at: string, s: Pick<BaselineSettings, 'windowDays'>): string {
  return new Date(Date.parse(at) - (s.windowDays + 2) * 86_400_000).toISOString();
}

/**
 * An instant after which no check-in can fall in the reference window of `at`: the window ends `lagDays` local days
 * before the check-in's day, so the most recent days need not be read at all (two hours of margin for daylight saving).
 */
export function referenceUntil(at: string, s: Pick<BaselineSettings, 'lagDays'>): string {
  return new Date(Date.parse(at) - s.lagDays * 86_400_000 + 2 * 3_600_000).toISOString();
}

/** Median and MAD of each followed feature over the given analysed inputs (features with fewer than 3 values left out). */
export function featureReferences(m: Modality, inputs: readonly Extract<ModalityResult, { status: 'ok' }>[]): Record<string, FeatureReference> {
  const out: Record<string, FeatureReference> = {};
  for (const f of BASELINE_FEATURES[m]) {
    const values = inputs.map((ok) => f.read(ok)).filter((v): v is number => v !== null);
    if (values.length < 3) continue;
    const center = median(values);
    out[f.name] = { median: center, mad: mad(values, center), n: values.length };
  }
  return out;
}

/** The baseline as of `at` from `history` (any order; check-ins outside the window are ignored), or null when no modality has one. */
export function baselineAsOf(history: readonly BaselineSource[], at: string, s: BaselineSettings): Baseline | null {
  const window = referenceWindow(at, s);
  const inWindow = history.map((c) => ({ c, day: localDay(c.at, s.timeZone) })).filter(({ day }) => day >= window.fromDay && day <= window.toDay);
  const modalities: Partial<Record<Modality, ModalityReference>> = {};
  for (const m of MODALITIES) {
    const rows = inWindow.flatMap(({ c, day }) => (c.modalities[m]?.status === 'ok' ? [{ ok: c.modalities[m] as Extract<ModalityResult, { status: 'ok' }>, day }] : []));
    const days = [...new Set(rows.map((r) => r.day))].sort();
    if (rows.length < s.minCheckIns || days.length < s.minDays) continue;
    const features = featureReferences(m, rows.map((r) => r.ok));
    if (Object.keys(features).length === 0) continue;
    modalities[m] = { checkIns: rows.length, days: days.length, firstDay: days[0] as string, lastDay: days.at(-1) as string, features };
  }
  return Object.keys(modalities).length ? { asOf: at, window, modalities } : null;
}
