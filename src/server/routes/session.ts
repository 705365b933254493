// POST /api/session (sign in: sets the session cookie, a new token every time), GET /api/session (who is signed in,
// the auth mode and the deployment kind) and DELETE /api/session (sign out, server-side).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionCookie } from '../../auth/cookie.ts';
import { verifyPassword } from '../../auth/password-hash.ts';
import { createSession, endSession, sweepSessions } from '../../auth/sessions.ts';
import { createLoginThrottle } from '../../auth/throttle.ts';
import { findUser, toUser, type User } from '../../auth/users.ts';
import { BurnoutError } from '../../errors.ts';
import { allowedModalities } from '../../org/biometric-rule.ts';
import { logAction } from '../../store/audit.ts';
import type { AppContext } from '../app.ts';
import { errors, parseWith } from '../schemas.ts';
import { bodyComponent, ref } from '../openapi/components.ts';
import { session, signedIn, signedOut, type SessionView } from '../openapi/system.ts';

const signIn = bodyComponent('SignIn', z.object({
  username: z.string().min(1).max(64).describe('the account name'),
  password: z.string().min(1).max(1024).describe('its password'),
}).strict());

/** What a client may know of a user. */
function publicUser(u: User) {
  return { username: u.username, role: u.role, team: u.team };
}

/** Registers the session routes. */
export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const auth = ctx.config.auth;
  const throttle = createLoginThrottle(auth.maxFailuresPerMinute);

  app.post('/api/session', {
    schema: { summary: 'Sign in (auth.mode local): sets the session cookie', body: ref(signIn), response: { 200: ref(signedIn), ...errors } },
  }, async (request, reply) => {
    if (auth.mode !== 'local') throw new BurnoutError('NOT_FOUND', 'this server has no accounts (auth.mode none)');
    const body = parseWith(signIn, request.body);
    // Usernames are lower-case; "Alice" signs in as alice (and is throttled as alice).
    const username = body.username.trim().toLowerCase();
    const key = `${username}|${request.ip}`;
    const wait = throttle.retryAfterSec(key);
    if (wait > 0) throw new BurnoutError('RATE_LIMITED', 'too many failed sign-ins; wait a minute', { retryAfterSec: wait });
    const row = await findUser(ctx.store.db, username);
    if (!(await verifyPassword(row?.password_hash ?? null, body.password)) || !row) {
      throttle.fail(key);
      throw new BurnoutError('UNAUTHENTICATED', 'wrong username or password');
    }
    throttle.reset(key);
    // A new token at every sign-in; a session the browser still carried is ended (no fixation).
    if (request.sessionToken) await endSession(ctx.store.db, request.sessionToken);
    const user = toUser(row);
    // Sessions nobody came back to are deleted here (a sign-in is rare enough to carry the sweep).
    await sweepSessions(ctx.store.db, auth);
    const { token, expiresAt } = await createSession(ctx.store.db, user, auth);
    await logAction(ctx.store.db, { actor: user.username, action: 'session.create', profileId: user.profileId });
    reply.header('set-cookie', sessionCookie(auth.tls, token, auth.absoluteHours * 3600));
    return { user: publicUser(user), expiresAt };
  });

  app.get('/api/session', {
    schema: { summary: 'Who is signed in, the auth mode and the deployment kind', response: { 200: ref(session), ...errors } },
  }, async (request): Promise<SessionView> => ({
    authMode: auth.mode,
    deployment: ctx.config.deployment.kind,
    user: request.user ? publicUser(request.user) : null,
    modalities: allowedModalities(ctx.config),
  }));

  app.delete('/api/session', {
    schema: { summary: 'Sign out: ends the session on the server and clears the cookie', response: { 200: ref(signedOut), ...errors } },
  }, async (request, reply) => {
    const signedOut = request.sessionToken ? await endSession(ctx.store.db, request.sessionToken) : false;
    if (signedOut && request.user) await logAction(ctx.store.db, { actor: request.user.username, action: 'session.end', profileId: request.user.profileId });
    if (auth.mode === 'local') reply.header('set-cookie', sessionCookie(auth.tls, null));
    return { signedOut };
  });
}
