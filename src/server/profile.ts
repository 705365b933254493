// Which profile a request acts on, and who acts. With auth.mode local: the signed-in user's profile, always (the
// X-Profile-Id header and ?profile= are ignored). Without accounts: the `X-Profile-Id` header, else the `profile` query
// parameter, else the default.
import type { FastifyRequest } from 'fastify';
import { BurnoutError } from '../errors.ts';
import { checkProfileId, DEFAULT_PROFILE_ID } from '../store/profiles.ts';

/** The name of the header that selects a profile (auth.mode none only). */
export const PROFILE_HEADER = 'x-profile-id';

/** The profile id of a request (validated; INPUT_INVALID when malformed, UNAUTHENTICATED when accounts are on and nobody signed in). */
export function profileOf(request: FastifyRequest): string {
  if (request.authMode === 'local') {
    if (!request.user) throw new BurnoutError('UNAUTHENTICATED', 'sign in first');
    return request.user.profileId;
  }
  const header = request.headers[PROFILE_HEADER];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = typeof query?.profile === 'string' ? query.profile : undefined;
  return checkProfileId(fromHeader ?? fromQuery ?? DEFAULT_PROFILE_ID);
}

/** Who acts, for the audit log: the signed-in username, else `fallback` (the local user). */
export function actorOf(request: FastifyRequest, fallback: { actor: string }): string {
  return request.user?.username ?? fallback.actor;
}
