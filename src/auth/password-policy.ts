// What a password must be (NIST SP 800-63B §5.1.1.2): at least 8 characters, up to 128 accepted (64 at the very
// least), any characters, not one of the most common passwords and not the username. No composition rules.
import { BurnoutError } from '../errors.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 8;
/** Longest password accepted (characters). */
export const MAX_PASSWORD_LENGTH = 128;

/** Throws INPUT_INVALID saying why `password` is not acceptable for `username`. */
export function checkPassword(password: string, username: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) throw new BurnoutError('INPUT_INVALID', `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH) throw new BurnoutError('INPUT_INVALID', `a password may have at most ${MAX_PASSWORD_LENGTH} characters`);
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) throw new BurnoutError('INPUT_INVALID', 'this password is one of the most common ones; choose another');
  if (lower === username.toLowerCase()) throw new BurnoutError('INPUT_INVALID', 'the password must not be the username');
}
