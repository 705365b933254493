// Fetch wrappers for the dashboard's API calls; every failure becomes an ApiError with a readable message. Reads take
// an optional AbortSignal (useFetch cancels them when their page goes away or asks for something else).
import { SIGNED_OUT_EVENT } from '../lib/session-context.ts';
import type {
  AlertList, ApiErrorBody, AssessmentPage, CalendarResponse, DeleteEntryResponse, DeleteResponse, EntryPatch, ImportResponse, InputLimits, Insights,
  ModelCardsResponse, ModelsResponse, ProfileDrift, ProfileResponse, QuestionnaireOverview, Stats, StoredAlert, StoredAssessment, StoredQuestionnaire, TrendResponse,
} from './types.ts';

/** A failed API call, with the server's code and message (or a network message). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** Base path of the API, relative to the page so that the app works behind a path prefix. */
export const API = 'api';

/** Turns a non-2xx response into an ApiError using the `{ error: { code, message } }` body when there is one. */
export async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as Partial<ApiErrorBody>;
    if (body.error?.message) return new ApiError(body.error.code ?? 'ERROR', body.error.message, res.status);
  } catch {
    // not JSON
  }
  return new ApiError('HTTP_' + res.status, `the server answered ${res.status} ${res.statusText}`.trim(), res.status);
}

/**
 * GET/POST/DELETE JSON. `init.signal` cancels the request (the page that asked was left, or asks for something else):
 * the promise then rejects with the signal's reason, never with a network error.
 */
export async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${API}/${path}`, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (e) {
    if (init?.signal?.aborted) throw init.signal.reason ?? e;
    throw new ApiError('NETWORK', 'cannot reach the server; is `npm start` still running?', 0);
  }
  // The session ended (idle, absolute limit, signed out elsewhere): the app shows the sign-in form again.
  if (res.status === 401 && path !== 'session') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  if (!res.ok) throw await errorFrom(res);
  return (await res.json()) as T;
}

/** The newest check-ins (up to `limit`). */
export function listAssessments(limit = 200, offset = 0, signal?: AbortSignal): Promise<AssessmentPage> {
  return requestJson<AssessmentPage>(`assessments?limit=${limit}&offset=${offset}`, { signal });
}

/** One stored check-in. */
export function getAssessment(id: string, signal?: AbortSignal): Promise<StoredAssessment> {
  return requestJson<StoredAssessment>(`assessments/${encodeURIComponent(id)}`, { signal });
}

/** The current trend over the stored history. */
export function getTrend(signal?: AbortSignal): Promise<TrendResponse> {
  return requestJson<TrendResponse>('trend', { signal });
}

/** Every alert, newest first. */
export function listAlerts(signal?: AbortSignal): Promise<AlertList> {
  return requestJson<AlertList>('alerts', { signal });
}

/** Marks an alert as seen. */
export function ackAlert(id: string, signal?: AbortSignal): Promise<StoredAlert> {
  return requestJson<StoredAlert>(`alerts/${encodeURIComponent(id)}/ack`, { method: 'POST', signal });
}

/** Aggregates for the stats page. */
export function getStats(signal?: AbortSignal): Promise<Stats> {
  return requestJson<Stats>('stats', { signal });
}

/** The drift report: recent check-ins against the profile's first weeks (docs/drift.md). */
export function getDrift(signal?: AbortSignal): Promise<ProfileDrift> {
  return requestJson<ProfileDrift>('drift', { signal });
}

/** Every model card, for "About the models". */
export function getModelCards(signal?: AbortSignal): Promise<ModelCardsResponse> {
  return requestJson<ModelCardsResponse>('model-cards', { signal });
}

/** The input limits the server enforces (config.yaml), checked before uploading. */
export function getLimits(signal?: AbortSignal): Promise<InputLimits> {
  return requestJson<InputLimits>('limits', { signal });
}

/** Engine status and download progress. */
export function getModels(signal?: AbortSignal): Promise<ModelsResponse> {
  return requestJson<ModelsResponse>('models', { signal });
}

/** Erases every row of the profile. */
export function deleteAllData(): Promise<DeleteResponse> {
  return requestJson<DeleteResponse>('data', { method: 'DELETE' });
}

/** Edits the self-report and/or note of a check-in (null clears a value). */
export function patchAssessment(id: string, patch: EntryPatch): Promise<StoredAssessment> {
  return requestJson<StoredAssessment>(`assessments/${encodeURIComponent(id)}`, jsonBody('PATCH', patch));
}

/** Deletes one check-in (with its alerts, media and consents). */
export function deleteAssessment(id: string): Promise<DeleteEntryResponse> {
  return requestJson<DeleteEntryResponse>(`assessments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The check-ins of a time range [from, to), oldest first. */
export function listRange(from: string, to: string, signal?: AbortSignal): Promise<AssessmentPage> {
  return requestJson<AssessmentPage>(`assessments?limit=500&order=asc&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { signal });
}

/** Time zone, storage rules and minimums of the profile. */
export function getProfile(signal?: AbortSignal): Promise<ProfileResponse> {
  return requestJson<ProfileResponse>('profile', { signal });
}

/** Sets the profile's time zone (null: the server default). */
export function setTimeZone(timeZone: string | null): Promise<{ id: string; timeZone: string }> {
  return requestJson('profile', jsonBody('PATCH', { timeZone }));
}

/** A month of the calendar (YYYY-MM) with the streak. */
export function getCalendar(month?: string, signal?: AbortSignal): Promise<CalendarResponse> {
  return requestJson<CalendarResponse>(`calendar${month ? `?month=${month}` : ''}`, { signal });
}

/** Associations and the weekday pattern (hidden below the minimum of days). */
export function getInsights(signal?: AbortSignal): Promise<Insights> {
  return requestJson<Insights>('insights', { signal });
}

/** Imports a JSON export (the parsed file). */
export function importData(data: unknown): Promise<ImportResponse> {
  return requestJson<ImportResponse>('import', jsonBody('POST', data));
}

/** The questionnaires with the agreement and the personal calibration. */
export function getQuestionnaires(signal?: AbortSignal): Promise<QuestionnaireOverview> {
  return requestJson<QuestionnaireOverview>('questionnaires', { signal });
}

/** Sends one answered CBI (13 or 19 answers, each 0–4 or null). */
export function submitQuestionnaire(answers: Array<number | null>): Promise<StoredQuestionnaire> {
  return requestJson<StoredQuestionnaire>('questionnaires', jsonBody('POST', { answers }));
}

/** The reminder calendar file's link. */
export function remindersUrl(o: { frequency: 'daily' | 'weekly'; time: string; weekday: string; questionnaire: boolean }): string {
  return `${API}/reminders.ics?frequency=${o.frequency}&time=${encodeURIComponent(o.time)}&weekday=${o.weekday}&questionnaire=${o.questionnaire}`;
}

function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The export download link for a format. */
export function exportUrl(format: 'csv' | 'json'): string {
  return `${API}/export?format=${format}`;
}
