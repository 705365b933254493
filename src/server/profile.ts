// Which profile a request acts on: the `X-Profile-Id` header, else the `profile` query parameter, else the default.
import type { FastifyRequest } from 'fastify';
import { checkProfileId, DEFAULT_PROFILE_ID } from '../store/profiles.ts';

/** The name of the header that selects a profile. */
export const PROFILE_HEADER = 'x-profile-id';

/** The profile id of a request (validated; INPUT_INVALID when malformed). */
export function profileOf(request: FastifyRequest): string {
  const header = request.headers[PROFILE_HEADER];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = typeof query?.profile === 'string' ? query.profile : undefined;
  return checkProfileId(fromHeader ?? fromQuery ?? DEFAULT_PROFILE_ID);
}
