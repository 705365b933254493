// Sends one check-in as multipart/form-data with XMLHttpRequest, so that the page can show upload progress.
import type { Modality } from '../../../src/analysis/types.ts';
import type { SelfReport } from '../../../src/trend/types.ts';
import { API, ApiError, requestJson } from './client.ts';
import type { ApiErrorBody, JobResponse, StoredAssessment } from './types.ts';

/** What the check-in page collected. */
export interface CheckInDraft {
  text?: string;
  audio?: Blob;
  image?: Blob;
  selfReport: SelfReport;
  /** Per-modality consent to keep the raw content, and whether to keep the note. */
  store: Record<Modality | 'note', boolean>;
  /** When it happened: ISO 8601 with offset; absent → now. */
  at?: string;
  /** A free-text note (not analysed). */
  note?: string;
}

/** Progress callbacks: upload fraction (0–1), then the moment the server starts analysing. */
export interface SubmitProgress {
  onUpload(fraction: number): void;
  onAnalysing(): void;
}

/** Builds the multipart body the API expects (`text`, `audio`, `image`, `energy`, `stress`, `work`, `consent`, `at`, `note`). */
export function toFormData(d: CheckInDraft): FormData {
  const form = new FormData();
  if (d.text?.trim()) form.append('text', d.text);
  for (const key of ['energy', 'stress', 'work'] as const) {
    const v = d.selfReport[key];
    if (v !== undefined) form.append(key, String(v));
  }
  if (d.at) form.append('at', d.at);
  if (d.note?.trim()) form.append('note', d.note);
  form.append('consent', JSON.stringify(d.store));
  // Files last: some multipart parsers read fields only before the first file.
  if (d.audio) form.append('audio', d.audio, 'recording.wav');
  if (d.image) form.append('image', d.image, d.image instanceof File ? d.image.name : 'photo.jpg');
  return form;
}

/** Posts the check-in and resolves with the stored assessment (or rejects with an ApiError). */
export function submitCheckIn(d: CheckInDraft, progress: SubmitProgress): Promise<StoredAssessment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API}/assessments`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress.onUpload(e.loaded / e.total);
    };
    xhr.upload.onload = () => progress.onAnalysing();
    xhr.onerror = () => reject(new ApiError('NETWORK', 'cannot reach the server; is `npm start` still running?', 0));
    xhr.onload = () => {
      const body = xhr.response as unknown;
      // 202: a worker has not finished it yet (servers with separate workers); follow the job until it ends.
      if (xhr.status === 202 && body) return resolve(followJob((body as JobResponse).id));
      if (xhr.status >= 200 && xhr.status < 300 && body) return resolve(body as StoredAssessment);
      const err = (body as Partial<ApiErrorBody> | null)?.error;
      reject(new ApiError(err?.code ?? `HTTP_${xhr.status}`, err?.message ?? `the server answered ${xhr.status}`, xhr.status));
    };
    xhr.send(toFormData(d));
  });
}

/** How long the page follows a queued check-in before saying it will show up in the history later. */
const FOLLOW_MS = 10 * 60_000;

/** Polls GET /api/jobs/:id every second until the job is done (its assessment) or failed (its error). */
async function followJob(id: string): Promise<StoredAssessment> {
  const until = Date.now() + FOLLOW_MS;
  while (Date.now() < until) {
    await new Promise((r) => window.setTimeout(r, 1000));
    const job = await requestJson<JobResponse>(`jobs/${encodeURIComponent(id)}`);
    if (job.state === 'done' && job.assessment) return job.assessment;
    if (job.state === 'failed') throw new ApiError(job.error?.code ?? 'FAILED', job.error?.message ?? 'the check-in could not be analysed', 0);
  }
  throw new ApiError('STILL_QUEUED', 'your check-in is saved and still waiting for analysis; it will appear in the history when it is done', 0);
}
