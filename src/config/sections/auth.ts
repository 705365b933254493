// Config section `auth`: who may use the server. `none`: one person on loopback (no accounts); `local`: accounts with
// Argon2id passwords and database sessions, needed for any non-loopback bind (docs/security.md).
import { z } from 'zod';

export const authSection = z.object({
  /** none: no accounts, loopback only; local: accounts and sessions (required to bind anything but loopback). */
  mode: z.enum(['none', 'local']).default('none'),
  /** The dashboard is reached over TLS (directly or through a TLS proxy): session cookie `__Host-…` with Secure. */
  tls: z.boolean().default(false),
  /** Minutes without a request after which a session ends. */
  idleMinutes: z.number().positive().max(24 * 60).default(30),
  /** Hours after sign-in after which a session ends whatever its use. */
  absoluteHours: z.number().positive().max(24 * 30).default(12),
  /** Failed sign-ins per account and client address within a minute; more → 429 with Retry-After. */
  maxFailuresPerMinute: z.number().int().positive().default(10),
}).strict();
