// The HTTP API's response shapes as the dashboard reads them. Stored records come straight from the store's own
// types (one source of truth); the rest mirror src/server's JSON.
import type { StoredAlert, StoredAssessment } from '../../../src/store/record.ts';
import type { Trend } from '../../../src/trend/types.ts';

export type { StoredAlert, StoredAssessment };

/** GET /api/assessments. */
export interface AssessmentPage {
  items: StoredAssessment[];
  total: number;
  limit: number;
  offset: number;
}

/** GET /api/trend. */
export interface TrendResponse {
  trend: Trend;
  minSteps?: number;
}

/** GET /api/alerts. */
export interface AlertList {
  items: StoredAlert[];
}

/** One week of GET /api/stats. */
export interface WeekStats {
  week: string;
  checkIns: number;
  low: number;
  moderate: number;
  high: number;
  meanEnergy: number | null;
  meanStress: number | null;
  meanWork: number | null;
}

/** GET /api/stats. */
export interface Stats {
  total: number;
  weeks: WeekStats[];
  means: { energy: number | null; stress: number | null; work: number | null };
  trendCounts: Record<string, number>;
  alertCounts: { total: number; acknowledged: number; open: number };
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

/** GET /api/models. */
export interface ModelsResponse {
  engines: Record<string, EngineStatusView[]>;
  downloads: DownloadView[];
}

/** DELETE /api/data. */
export interface DeleteResponse {
  deleted: Record<string, number>;
}

/** The body of every 4xx/5xx answer. */
export interface ApiErrorBody {
  error: { code: string; message: string; hint?: string };
}
