// Accounts and the organisation view: who is signed in, sign in and out, and the organisation report (org-admins).
import type { OrgReport } from '../../../src/org/types.ts';
import { requestJson } from './client.ts';

/** GET /api/session. */
export interface SessionInfo {
  authMode: 'none' | 'local';
  deployment: 'personal' | 'organisation';
  user: { username: string; role: 'user' | 'org-admin'; team: string | null } | null;
  modalities: { text: true; voice: boolean; face: boolean; reason: string | null };
}

/** Who is signed in (never fails on "nobody"). */
export function getSession(): Promise<SessionInfo> {
  return requestJson<SessionInfo>('session');
}

/** Signs in; the server sets the session cookie. */
export function signIn(username: string, password: string): Promise<unknown> {
  return requestJson('session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
}

/** Signs out on the server. */
export function signOut(): Promise<unknown> {
  return requestJson('session', { method: 'DELETE' });
}

/** The organisation view (org-admins in an organisation deployment). */
export function getOrgReport(weeks?: number, signal?: AbortSignal): Promise<OrgReport> {
  return requestJson<OrgReport>(`org/report${weeks ? `?weeks=${weeks}` : ''}`, { signal });
}

export type { OrgReport };
