// Accounts at the HTTP edge (auth.mode local): every /api/ request except the session routes, health and the API docs
// needs a live session cookie, else 401 UNAUTHENTICATED (public: session, health, model status, API docs); the session's user is put on the request, and profileOf()
// scopes every query by that user's profile. With auth.mode none nothing is checked (loopback only).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/schema.ts';
import { readCookie, sessionCookieName } from '../auth/cookie.ts';
import { resolveSession } from '../auth/sessions.ts';
import type { User } from '../auth/users.ts';
import { BurnoutError } from '../errors.ts';
import type { Store } from '../store/open.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (auth.mode local), else null. */
    user: User | null;
    /** The session cookie's token when a live session was found. */
    sessionToken: string | null;
    /** config auth.mode, for profileOf(). */
    authMode: 'none' | 'local';
  }
}

/** Paths anyone may reach (the rest of /api/ needs a session). */
function isPublic(url: string): boolean {
  const path = url.split('?')[0]!;
  return !path.startsWith('/api/') || path === '/api/session' || path === '/api/health' || path === '/api/models' || path === '/api/docs' || path.startsWith('/api/docs/');
}

/** Decorates requests and, with auth.mode local, installs the session check (after the same-origin check). */
export function installAuth(app: FastifyInstance, config: Readonly<Config>, store: Store): void {
  const mode = config.auth.mode;
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('authMode', 'none');
  const name = sessionCookieName(config.auth.tls);
  app.addHook('onRequest', async (request) => {
    request.authMode = mode;
    if (mode !== 'local') return;
    const token = readCookie(request.headers.cookie, name);
    const session = token ? await resolveSession(store.db, token, config.auth) : null;
    if (session) {
      request.user = session.user;
      request.sessionToken = token;
    }
    if (!session && !isPublic(request.url)) throw new BurnoutError('UNAUTHENTICATED', 'sign in first (your session may have ended)', { hint: 'POST /api/session with { username, password }' });
  });
}
