// Database sessions: created at sign-in (a fresh token every time), looked up on each request with the idle and the
// absolute timeout, ended at sign-out. Expired rows are deleted when met.
import type { Kysely } from 'kysely';
import type { Database } from '../store/types.ts';
import { newToken, tokenHash } from './tokens.ts';
import { toUser, type User } from './users.ts';

/** A session's last use is rewritten at most this often. */
const TOUCH_EVERY_MS = 60_000;

/** The two timeouts (config auth). */
export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

/** A signed-in session. */
export interface Session {
  user: User;
  createdAt: string;
  expiresAt: string;
}

/** Starts a session for the user; returns the token for the cookie (only its hash is stored). */
export async function createSession(db: Kysely<Database>, user: User, limits: SessionLimits, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + limits.absoluteHours * 3_600_000).toISOString();
  await db.insertInto('sessions').values({
    token_hash: tokenHash(token), user_id: user.id, profile_id: user.profileId,
    created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt,
  }).execute();
  return { token, expiresAt };
}

/** The session of `token` when it is alive (and marks it used now); null when unknown, idle too long or too old. */
export async function resolveSession(db: Kysely<Database>, token: string, limits: SessionLimits, now = new Date()): Promise<Session | null> {
  const hash = tokenHash(token);
  const row = await db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.created_at', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.username', 'users.role', 'users.team', 'users.profile_id'])
    .where('sessions.token_hash', '=', hash).executeTakeFirst();
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.last_seen_at);
  if (idleSince > limits.idleMinutes * 60_000 || now.getTime() >= Date.parse(row.expires_at)) {
    await endSession(db, token);
    return null;
  }
  // The idle clock is kept to the minute: one write a minute per session, not one per request.
  if (idleSince >= TOUCH_EVERY_MS) await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', hash).execute();
  return { user: toUser(row), createdAt: row.created_at, expiresAt: row.expires_at };
}

/** Ends the session of `token` (sign-out); true when there was one. */
export async function endSession(db: Kysely<Database>, token: string): Promise<boolean> {
  const res = await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Deletes every expired session (idle or absolute); returns how many. */
export async function sweepSessions(db: Kysely<Database>, limits: SessionLimits, now = new Date()): Promise<number> {
  const idleCutoff = new Date(now.getTime() - limits.idleMinutes * 60_000).toISOString();
  const res = await db.deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleCutoff), eb('expires_at', '<=', now.toISOString())]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
