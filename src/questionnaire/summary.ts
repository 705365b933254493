// What a person sees of their questionnaires beside the model: the latest scores, whether the weekly questionnaire is
// due, the agreement with the model's daily risk (from `agreementMin` pairs) and the risk on their own scale (from
// `calibrationMin` pairs, "calibrated to your questionnaire", never in place of the population estimate). Pure.
import { insightDays } from '../insights/associations.ts';
import type { TrendCheckIn } from '../trend/types.ts';
import { agreementOf, type Agreement } from './agreement.ts';
import { SCALE_NAMES, type CbiScale } from './cbi-items.ts';
import type { CbiAnswer, CbiScores } from './cbi-score.ts';
import { calibratedLevel, fitCalibration, POPULATION_MAP, type CalibratedLevel, type PersonalCalibration } from './calibration.ts';
import { pairWithDays, type CbiPair } from './pairing.ts';

/** One answered questionnaire. */
export interface CbiEntry {
  id: string;
  at: string;
  /** The time frame stated when it was answered ("the past week"). */
  framing: string;
  answers: CbiAnswer[];
  scores: CbiScores;
}

/** A questionnaire as stored and returned by the API. */
export interface StoredQuestionnaire extends CbiEntry {
  profileId: string;
  instrument: 'cbi';
}

/** Settings (config `questionnaire` and the profile's time zone). */
export interface QuestionnaireSettings {
  timeZone: string;
  referenceScale: Exclude<CbiScale, 'client'>;
  agreementMin: number;
  calibrationMin: number;
  maxPairDays: number;
  suggestEveryDays: number;
}

/** The label of every calibrated figure. */
export const CALIBRATED_LABEL = 'calibrated to your questionnaire';

/** The personal calibration with the latest day's risk on both scales. */
export interface CalibrationView extends PersonalCalibration {
  label: string;
  scale: CbiScale;
  /** The latest day with a clear check-in: its risk, the population level and the calibrated band. */
  now: { day: string; risk: number; population: CalibratedLevel; calibrated: CalibratedLevel } | null;
}

/** Everything GET /api/questionnaires adds to the list. */
export interface QuestionnaireSummary {
  count: number;
  latest: CbiEntry | null;
  /** The dashboard suggests the questionnaire when none was answered in `everyDays` days (0: never). */
  due: { suggested: boolean; everyDays: number; lastAt: string | null };
  referenceScale: CbiScale;
  /** Questionnaires paired with the model's daily risk nearest in time. */
  pairs: CbiPair[];
  /** Null below `minimums.agreement` pairs. */
  agreement: Agreement | null;
  /** Null below `minimums.calibration` pairs. */
  calibration: CalibrationView | null;
  minimums: { agreement: number; calibration: number };
}

const MS_PER_DAY = 86_400_000;

/** The summary of a profile's questionnaires (any order) against its check-ins (any order). */
export function questionnaireSummary(entries: readonly CbiEntry[], history: readonly TrendCheckIn[], s: QuestionnaireSettings, now = new Date()): QuestionnaireSummary {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = sorted.at(-1) ?? null;
  const days = insightDays(history, s.timeZone);
  const points = sorted.map((e) => ({ id: e.id, at: e.at, score: e.scores[s.referenceScale], band: e.scores.bands[s.referenceScale] }));
  const pairs = pairWithDays(points, days, s.timeZone, s.maxPairDays);
  const fitted = fitCalibration(pairs, s.calibrationMin);
  const lastDay = days.at(-1);
  const calibration: CalibrationView | null = fitted && {
    ...fitted,
    label: CALIBRATED_LABEL,
    scale: s.referenceScale,
    now: lastDay ? { day: lastDay.day, risk: lastDay.risk, population: calibratedLevel(POPULATION_MAP, lastDay.risk), calibrated: calibratedLevel(fitted.params, lastDay.risk) } : null,
  };
  const ageDays = latest ? (now.getTime() - Date.parse(latest.at)) / MS_PER_DAY : Infinity;
  return {
    count: sorted.length,
    latest,
    due: { suggested: s.suggestEveryDays > 0 && ageDays >= s.suggestEveryDays, everyDays: s.suggestEveryDays, lastAt: latest?.at ?? null },
    referenceScale: s.referenceScale,
    pairs,
    agreement: agreementOf(pairs, s.agreementMin, SCALE_NAMES[s.referenceScale]),
    calibration,
    minimums: { agreement: s.agreementMin, calibration: s.calibrationMin },
  };
}
