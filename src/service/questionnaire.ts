// The questionnaire beside the model, with the store: record one answered CBI (validated, scored per the manual, dated
// like a check-in) and read a profile's questionnaires with the agreement and the personal calibration against its
// check-ins (src/questionnaire/ does the scoring and the comparison; this file reads and writes).
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { parseCheckInTime } from '../diary/check-in-time.ts';
import { profileSettings } from '../diary/deps.ts';
import { CBI_FRAMING } from '../questionnaire/cbi-items.ts';
import { scoreCbi, validateAnswers } from '../questionnaire/cbi-score.ts';
import { questionnaireSummary, type QuestionnaireSummary } from '../questionnaire/summary.ts';
import { historySince } from '../store/history.ts';
import { listQuestionnaires, saveQuestionnaire, type StoredQuestionnaire } from '../store/questionnaires.ts';
import type { Database } from '../store/types.ts';

/** One questionnaire to record. */
export interface QuestionnaireRequest {
  profileId: string;
  /** 13 or 19 answers in the published order, each 0–4 or null (skipped). */
  answers: readonly unknown[];
  /** When it was answered (ISO 8601 with offset); absent → now. */
  at?: string;
  actor: string;
}

/** Validates, scores and stores one CBI; INPUT_INVALID names a bad answer or a bad time. */
export async function recordQuestionnaire(db: Kysely<Database>, config: Readonly<Config>, req: QuestionnaireRequest): Promise<StoredQuestionnaire> {
  const at = parseCheckInTime(req.at, config);
  const answers = validateAnswers(req.answers);
  return saveQuestionnaire(db, { profileId: req.profileId, at, framing: CBI_FRAMING.period, answers, scores: scoreCbi(answers) }, req.actor);
}

/** GET /api/questionnaires: every questionnaire of the profile (oldest first) and the summary beside its check-ins. */
export async function questionnaireOverview(db: Kysely<Database>, config: Readonly<Config>, profileId: string): Promise<QuestionnaireSummary & { items: StoredQuestionnaire[] }> {
  const [items, history, settings] = await Promise.all([
    listQuestionnaires(db, profileId), historySince(db, profileId, ''), profileSettings(db, config, profileId),
  ]);
  const summary = questionnaireSummary(items, history, { ...config.questionnaire, timeZone: settings.timeZone });
  return { items, ...summary };
}
