// Accounts: add, find, reset a password, remove (with all the user's data). Each user gets a profile of their own,
// named by a random id, so that a removed and re-added name never finds old data.
import type { Kysely } from 'kysely';
import { BurnoutError } from '../errors.ts';
import { eraseProfile, type EraseCounts } from '../store/erase.ts';
import { newId, nowIso } from '../store/ids.ts';
import { ensureProfile } from '../store/profiles.ts';
import type { Database } from '../store/types.ts';
import type { UsersTable } from '../store/account-types.ts';
import { hashPassword } from './password-hash.ts';
import { checkPassword } from './password-policy.ts';

/** Roles: a user sees their own data; an org-admin also sees the organisation view (never an individual). */
export const ROLES = ['user', 'org-admin'] as const;
export type Role = (typeof ROLES)[number];

const USERNAME = /^[a-z0-9][a-z0-9._-]{0,31}$/;
const TEAM = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;

/** A user as the rest of the code sees it (never the hash). */
export interface User {
  id: string;
  username: string;
  role: Role;
  team: string | null;
  profileId: string;
}

/** Throws INPUT_INVALID unless `name` is 1–32 lower-case letters, digits, `.`, `_`, `-` (starting with a letter or digit). */
export function checkUsername(name: string): string {
  if (!USERNAME.test(name)) throw new BurnoutError('INPUT_INVALID', 'a username is 1–32 lower-case letters, digits, ".", "_" or "-"');
  return name;
}

/** The public form of a row. */
export function toUser(row: Pick<UsersTable, 'id' | 'username' | 'role' | 'team' | 'profile_id'>): User {
  return { id: row.id, username: row.username, role: row.role as Role, team: row.team, profileId: row.profile_id };
}

/** Creates an account (and its empty profile); INPUT_INVALID for a bad name, team or password or a taken name. */
export async function addUser(db: Kysely<Database>, o: { username: string; password: string; role?: Role; team?: string | null }): Promise<User> {
  checkUsername(o.username);
  checkPassword(o.password, o.username);
  const role = o.role ?? 'user';
  if (!ROLES.includes(role)) throw new BurnoutError('INPUT_INVALID', `a role is one of ${ROLES.join(', ')}`);
  const team = o.team ?? null;
  if (team !== null && !TEAM.test(team)) throw new BurnoutError('INPUT_INVALID', 'a team name is 1–64 letters, digits, spaces, ".", "_" or "-"');
  if (await findUser(db, o.username)) throw new BurnoutError('INPUT_INVALID', `the user ${o.username} exists already`);
  const hash = await hashPassword(o.password);
  const now = nowIso();
  const row = { id: newId(), username: o.username, password_hash: hash, role, team, profile_id: `u-${newId()}`, created_at: now, password_changed_at: now };
  await ensureProfile(db, row.profile_id, o.username);
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

/** The account row of `username`, or undefined. */
export async function findUser(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Sets a new password (checked by the policy) and ends every session of the user. NOT_FOUND when unknown. */
export async function resetPassword(db: Kysely<Database>, username: string, password: string): Promise<void> {
  checkPassword(password, username);
  const user = await findUser(db, username);
  if (!user) throw new BurnoutError('NOT_FOUND', `no user ${username}`);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, password_changed_at: nowIso() }).where('id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  });
}

/** Removes the account and erases every row of its profile (docs/store.md). NOT_FOUND when unknown. */
export async function removeUser(db: Kysely<Database>, username: string, actor: string): Promise<EraseCounts> {
  const user = await findUser(db, username);
  if (!user) throw new BurnoutError('NOT_FOUND', `no user ${username}`);
  // The account goes first (no new sign-in), then every row of its profile, sessions included.
  await db.deleteFrom('users').where('id', '=', user.id).execute();
  return eraseProfile(db, user.profile_id, actor);
}
