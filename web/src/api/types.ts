// The HTTP API's response shapes as the dashboard reads them. Stored records come straight from the store's own
// types (one source of truth); the rest mirror src/server's JSON.
import type { ModelCard } from '../../../src/model-cards/types.ts';
import type { StoredAlert, StoredAssessment } from '../../../src/store/record.ts';
import type { ProfileStats, WeekStats } from '../../../src/store/stats.ts';
import type { Trend } from '../../../src/trend/types.ts';
import type { CalendarDay, Streak } from '../../../src/diary/calendar.ts';
import type { Insights } from '../../../src/insights/summary.ts';
import type { QuestionnaireSummary, StoredQuestionnaire } from '../../../src/questionnaire/summary.ts';

// (src/store/assessments.ts and erase.ts import Node modules, so their two small types are restated below.)
export type { ProfileStats as Stats, StoredAlert, StoredAssessment, WeekStats, CalendarDay, Streak, Insights, StoredQuestionnaire };

/** GET /api/questionnaires: every questionnaire (oldest first) with the summary beside the check-ins. */
export type QuestionnaireOverview = QuestionnaireSummary & { items: StoredQuestionnaire[] };

/** GET /api/assessments (AssessmentPage in src/store/assessments.ts). */
export interface AssessmentPage {
  items: StoredAssessment[];
  total: number;
  limit: number;
  offset: number;
}

/** GET /api/jobs/:id (JobView in src/jobs/job-client.ts): a check-in queued for a worker (PostgreSQL deployments). */
export interface JobResponse {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  assessment?: StoredAssessment;
  error?: { code: string; message: string };
}

/** GET /api/trend: the trend as of the latest check-in, over local days. */
export interface TrendResponse {
  trend: Trend;
  /** Probability per direction, or null without a trend model or enough history. */
  probabilities: Record<string, number> | null;
  minDays: number;
  windowDays: number;
  timeZone: string;
  /** Time of the latest check-in (the trend is as of it). */
  asOf: string | null;
  /** The local days the trend read. */
  days: string[];
  /** Whether a trend model is loaded. */
  available: boolean;
}

/** GET /api/profile. */
export interface ProfileResponse {
  id: string;
  /** The zone in use (the profile's own, else the server's default). */
  timeZone: string;
  ownTimeZone: string | null;
  /** What the server may keep at all. */
  storage: { text: boolean; media: boolean };
  trend: { minDays: number; windowDays: number };
  insights: { minDays: number };
  at: { maxFutureMinutes: number; maxAgeDays: number };
  /** Whether the weekly questionnaire exists (its reminder is offered then). */
  questionnaire: boolean;
}

/** GET /api/calendar. */
export interface CalendarResponse {
  month: string;
  timeZone: string;
  today: string;
  days: CalendarDay[];
  streak: Streak;
}

/** POST /api/import. */
export interface ImportResponse {
  imported: number;
  skipped: number;
  alerts: number;
  textDropped: number;
  questionnaires?: number;
  questionnairesSkipped?: number;
}

/** DELETE /api/assessments/:id. */
export interface DeleteEntryResponse {
  id: string;
  deleted: Record<'media' | 'consents' | 'alerts' | 'assessments', number>;
}

/** PATCH /api/assessments/:id: a field left out stays, null clears it. */
export interface EntryPatch {
  selfReport?: { energy?: number | null; stress?: number | null; work?: number | null };
  note?: string | null;
  journalText?: null;
}

/** GET /api/alerts. */
export interface AlertList {
  items: StoredAlert[];
  total: number;
}

/** One engine's status in GET /api/models. */
export interface EngineStatusView {
  name: string;
  ok: boolean;
  model?: string;
  reason?: string;
  hint?: string;
}

/** A model download in progress (or finished) in GET /api/models. */
export interface DownloadView {
  model: string;
  /** 0–1, or null when the size is not known yet. */
  progress: number | null;
  state: string;
  message?: string;
}

/** GET /api/limits: what the server accepts (config.yaml). */
export interface InputLimits {
  maxTextChars: number;
  maxVoiceSec: number;
  maxAudioBytes: number;
  maxImageBytes: number;
  maxImagePixels: number;
}

/** GET /api/models. */
export interface ModelsResponse {
  state: 'loading' | 'ready' | 'failed';
  error?: string;
  /** Per modality, plus `fusion` and `trend`. */
  engines: Record<string, EngineStatusView[]>;
  downloads: DownloadView[];
}

/** DELETE /api/data: rows deleted per table. */
export interface DeleteResponse {
  deleted: Record<'media' | 'consents' | 'alerts' | 'assessments' | 'questionnaires' | 'audit_log' | 'check_in_jobs' | 'sessions' | 'profiles', number>;
  /** How the deleted bytes were scrubbed from the database files (docs/store.md). */
  scrub?: { engine: 'sqlite' | 'postgres'; walTruncated?: boolean; vacuumed?: string[] };
}

/** The body of every 4xx/5xx answer. */
export interface ApiErrorBody {
  error: { code: string; message: string; hint?: string };
}

export type { ProfileDrift } from '../../../src/drift/profile-drift.ts';

/** GET /api/model-cards. */
export interface ModelCardsResponse {
  cards: Array<ModelCard & { path: string }>;
}
