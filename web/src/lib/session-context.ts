// The signed-in session for every component: who, the deployment kind, and which modalities the server accepts.
import { createContext, useContext } from 'react';
import type { SessionInfo } from '../api/session.ts';

/** What a personal, account-less server says (the default before GET /api/session answers). */
export const PERSONAL_SESSION: SessionInfo = {
  authMode: 'none', deployment: 'personal', user: null, modalities: { text: true, voice: true, face: true, reason: null },
};

export const SessionContext = createContext<SessionInfo>(PERSONAL_SESSION);

/** The current session. */
export function useSession(): SessionInfo {
  return useContext(SessionContext);
}

/** Event sent when the server answered 401: the session ended (idle, absolute limit, or signed out elsewhere). */
export const SIGNED_OUT_EVENT = 'burnout:signed-out';
