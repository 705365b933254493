// Zod schemas of the API's queries and params (validated in the handlers), their JSON Schema for /api/docs, and the
// error and Location parts every route documents.
import { z } from 'zod';
import { BurnoutError } from '../errors.ts';
import { errorBody } from './openapi/assessment.ts';
import { ref } from './openapi/components.ts';

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 date or date-time');

/** Profile selector accepted by every route (the X-Profile-Id header does the same). */
export const profileQuery = z.object({ profile: z.string().optional().describe('profile id (default: the local profile)') });

/** GET /api/assessments. */
export const listQuery = profileQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('page size, 1–500'),
  offset: z.coerce.number().int().min(0).default(0).describe('rows to skip'),
  from: isoDate.optional().describe('first date included (ISO-8601)'),
  to: isoDate.optional().describe('first date excluded (ISO-8601)'),
  order: z.enum(['asc', 'desc']).default('desc').describe('newest first (desc) or oldest first (asc)'),
});

/** GET /api/alerts. */
export const alertQuery = profileQuery.extend({
  unacknowledged: z.enum(['true', 'false']).optional().describe('only alerts not acknowledged yet'),
  status: z.enum(['open', 'resolved']).optional().describe('only open alerts (rule still holds) or only resolved ones'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** GET /api/stats. */
export const rangeQuery = profileQuery.extend({ from: isoDate.optional(), to: isoDate.optional() });

/** GET /api/export. */
export const exportQuery = profileQuery.extend({ format: z.enum(['csv', 'json']).default('json') });

/** `:id` params. */
export const idParams = z.object({ id: z.string().min(1).max(64) });

/**
 * Route options for one of the profile's records by id (`:id` in the path, `?profile=`): the summary, the 200 body
 * and, for routes that take one, the body schema. Pair it with idOf(request).
 */
export function profileRecordRoute(summary: string, ok: unknown, body?: unknown): { schema: Record<string, unknown> } {
  return {
    schema: {
      summary,
      params: jsonSchema(idParams),
      querystring: jsonSchema(profileQuery),
      ...(body !== undefined ? { body } : {}),
      response: { 200: ok, ...errors },
    },
  };
}

/** The `:id` of a profileRecordRoute request (INPUT_INVALID when it is empty or too long). */
export function idOf(request: { params: unknown }): string {
  return parseWith(idParams, request.params).id;
}

/** Parses `value` or throws INPUT_INVALID naming the field and the rule. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.join('.') || 'request';
  throw new BurnoutError('INPUT_INVALID', `"${field}": ${issue.message}`);
}

/** JSON Schema of a zod schema, for route documentation. */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** The error answers of a route, documented once (the `Error` component). */
export const errors = { '4xx': ref(errorBody, 'the request was refused: code and message (docs/api.md, Errors)'), '5xx': ref(errorBody, 'the server could not answer: code and message') };

/** The `Location` header of a 201 (or 202) answer. */
export const locationHeader = { Location: { type: 'string', description: 'the path of the created resource' } };
/** Headers of a created check-in: its Location and where the time went (Server-Timing, milliseconds). */
export const checkInHeaders = {
  ...locationHeader,
  'Server-Timing': { type: 'string', description: 'upload (reading the body), analysis (decoding + Stages 1–2 in a worker, queue included), store (Stage 3 + write)' },
};
