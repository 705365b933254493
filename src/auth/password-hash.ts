// Argon2id password hashing (the `argon2` package): OWASP's minimum m = 19 MiB, t = 2, p = 1. The PHC string stores
// the parameters and salt, so a later raise of the parameters still verifies old hashes.
import argon2 from 'argon2';

/** The Argon2id parameters of new hashes. */
export const ARGON2_PARAMS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/** The PHC string of `password` ($argon2id$v=19$m=19456,t=2,p=1$salt$hash). */
export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_PARAMS);
}

/** A hash of a random password, verified against when the username is unknown so that both cases take as long. */
let dummyHash: Promise<string> | null = null;

/** Whether `password` matches `hash`; with `hash` null, spends the same time and returns false. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    dummyHash ??= hashPassword(`unused-${Math.random()}`);
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
