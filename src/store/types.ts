// Kysely table types: the database schema as the repositories see it (identical on SQLite and PostgreSQL).
import type { Insertable, Selectable } from 'kysely';
import type { JobTables } from './job-types.ts';
import type { AccountTables } from './account-types.ts';

/** Which SQL engine a store runs on. */
export type StoreDialect = 'sqlite' | 'postgres';

/** A person using the tool (the desktop app uses one default profile). */
export interface ProfilesTable {
  id: string;
  name: string;
  /** ISO-8601 UTC. */
  created_at: string;
  /** IANA time zone whose local days group this profile's check-ins; null → config diary.timeZone. */
  time_zone: string | null;
}

/**
 * One assessed check-in. Timestamps are ISO-8601 UTC text (sortable, identical on both engines); JSON columns
 * are text; booleans are 0/1 integers. Raw text is null unless config allowed it and the user consented.
 */
export interface AssessmentsTable {
  id: string;
  profile_id: string;
  at: string;
  risk_level: string;
  prob_low: number;
  prob_moderate: number;
  prob_high: number;
  confidence: number;
  uncertainty: number;
  reliable: number;
  weight_text: number;
  weight_voice: number;
  weight_face: number;
  /** Fusion weight of the self-report (energy, stress, work hours); 0 when none was given. */
  weight_self_report: number;
  /** Why the level is `unclear` (null otherwise). */
  unclear_reason: string | null;
  /** A caveat on the level given ("High is about as likely"), or null. */
  level_note: string | null;
  /** 1 when the journal used self-harm or suicide language (help shown whatever the level). */
  safety_language: number;
  text_status: string;
  voice_status: string;
  face_status: string;
  text_engine: string | null;
  text_model: string | null;
  voice_engine: string | null;
  voice_model: string | null;
  face_engine: string | null;
  face_model: string | null;
  /** Fusion model identity (name/version) when the runtime reports one. */
  fusion_model: string | null;
  /** Record<Modality, ModalityResult> without embeddings: emotions, features, reasons, explanations. */
  modalities_json: string;
  /** Record<Modality, TrendModality>: status and emotions only, what the trend reads (NULL on rows from before 2026-12-10). */
  trend_modalities_json: string | null;
  energy: number | null;
  stress: number | null;
  work: number | null;
  trend_direction: string | null;
  trend_confidence: number | null;
  trend_steps: number | null;
  /** RiskExplanation. */
  explanation_json: string;
  notice: string;
  /** string[] of help resources (High risk), or null. */
  help_json: string | null;
  /** Journal text, only with config.store.allowTextStorage and the check-in's text consent. */
  journal_text: string | null;
  /** Free-text note (not analysed), only with config.store.allowTextStorage and the check-in's consent. */
  note: string | null;
  /** BaselineComparison: the check-in against the person's own baseline (null: none existed yet). */
  baseline_json: string | null;
}

/** One answered questionnaire (Copenhagen Burnout Inventory): answers as given, scale scores and bands as scored. */
export interface QuestionnairesTable {
  id: string;
  profile_id: string;
  /** When it was answered, ISO-8601 UTC. */
  at: string;
  /** 'cbi'. */
  instrument: string;
  /** The time frame stated to the person ("the past week"). */
  framing: string;
  /** The answers in the published item order, each 0–4 or null (skipped): 13 or 19 of them. */
  answers_json: string;
  /** Scale scores 0–100; null when not scored (too few answers) or not given. */
  personal: number | null;
  work: number | null;
  client: number | null;
  /** 'low' | 'moderate' | 'high' or null. */
  personal_band: string | null;
  work_band: string | null;
  client_band: string | null;
}

/**
 * An escalation alert: raised by a rule at a check-in (`assessment_id`, `at`), updated by every later check-in that
 * still meets the rule, resolved when the rule stops holding. At most one unresolved alert per rule per profile.
 */
export interface AlertsTable {
  id: string;
  profile_id: string;
  /** The check-in that raised it. */
  assessment_id: string;
  /** When it was raised (that check-in's time). */
  at: string;
  rule: string;
  /** The reason as of the last update. */
  reason: string;
  resources_json: string;
  acknowledged_at: string | null;
  /** How many check-ins met the rule while this alert was open. */
  occurrences: number;
  /** Time of the latest check-in at which the rule held. */
  last_seen_at: string | null;
  /** That check-in (null once it is deleted). */
  last_assessment_id: string | null;
  /** When the rule stopped holding (null: open). */
  resolved_at: string | null;
}

/** A consent decision about storing raw content of one modality, recorded per check-in. */
export interface ConsentsTable {
  id: string;
  profile_id: string;
  assessment_id: string | null;
  /** 'text' | 'voice' | 'face'. */
  kind: string;
  granted: number;
  at: string;
}

/** Raw media kept only with config.store.allowMediaStorage and consent. */
export interface MediaTable {
  id: string;
  profile_id: string;
  assessment_id: string;
  /** 'voice' | 'face'. */
  kind: string;
  mime: string;
  bytes: Uint8Array;
  size: number;
  at: string;
}

/** Who did what, when — never content (no text, no scores, no media). */
export interface AuditLogTable {
  id: string;
  at: string;
  /** 'local-user' (API without authentication), 'cli', … */
  actor: string;
  action: string;
  profile_id: string | null;
  target_id: string | null;
  /** Short non-content detail such as row counts. */
  detail: string | null;
}

/** The whole database (the check-in job tables are in job-types.ts). */
export interface Database extends JobTables, AccountTables {
  profiles: ProfilesTable;
  assessments: AssessmentsTable;
  alerts: AlertsTable;
  consents: ConsentsTable;
  media: MediaTable;
  audit_log: AuditLogTable;
  questionnaires: QuestionnairesTable;
}

export type AssessmentRow = Selectable<AssessmentsTable>;
export type NewAssessmentRow = Insertable<AssessmentsTable>;
export type AlertRow = Selectable<AlertsTable>;
export type QuestionnaireRow = Selectable<QuestionnairesTable>;
export type NewAlertRow = Insertable<AlertsTable>;
