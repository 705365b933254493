// Session tokens: 256 random bits in the cookie; the database keeps only their SHA-256, so a leaked table holds no
// usable token.
import { createHash, randomBytes } from 'node:crypto';

/** A new session token (32 random bytes, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
