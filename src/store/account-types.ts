// Kysely table types of accounts (migration 2026-12-09): users with their one profile and team, and sessions.

/** An account (auth.mode local). */
export interface UsersTable {
  id: string;
  /** 1–32 lower-case letters, digits, `.`, `_` or `-`; unique. */
  username: string;
  /** Argon2id PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash). */
  password_hash: string;
  /** 'user' | 'org-admin'. */
  role: string;
  /** The one team the user belongs to (organisation view), or null. */
  team: string | null;
  /** The profile holding this user's data (every query of theirs is scoped by it). */
  profile_id: string;
  created_at: string;
  password_changed_at: string;
}

/** A signed-in session; the cookie holds the token, the row only its SHA-256. */
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  /** The user's profile (so that erasing a profile removes its sessions). */
  profile_id: string;
  created_at: string;
  /** Last request (idle timeout). */
  last_seen_at: string;
  /** created_at + auth.absoluteHours. */
  expires_at: string;
}

/** The account tables. */
export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
}
