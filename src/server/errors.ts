// Maps anything thrown in a request to `{ error: { code, message } }` and an HTTP status. User mistakes are 4xx;
// unknown failures are a generic 500 with no stack trace, SQL or internal message. Every error body goes through
// here: route errors, Fastify's URL and body-parser errors (frameworkErrors) and malformed HTTP (clientError).
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BurnoutError, HTTP_STATUS, type ErrorCode } from '../errors.ts';

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; hint?: string };
}

/** Fastify and plugin error codes that are user mistakes, with our code and message. */
const FASTIFY_CODES: Record<string, { code: ErrorCode; status: number; message?: string }> = {
  FST_REQ_FILE_TOO_LARGE: { code: 'MEDIA_TOO_LARGE', status: 413, message: 'an uploaded file is larger than the server accepts' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'MEDIA_TOO_LARGE', status: 413, message: 'the request body is larger than the server accepts' },
  FST_PARTS_LIMIT: { code: 'INPUT_INVALID', status: 400, message: 'the upload has too many parts' },
  FST_FILES_LIMIT: { code: 'INPUT_INVALID', status: 400, message: 'the upload has too many files (one audio and one image at most)' },
  FST_FIELDS_LIMIT: { code: 'INPUT_INVALID', status: 400, message: 'the upload has too many fields' },
  FST_PROTO_VIOLATION: { code: 'INPUT_INVALID', status: 400, message: 'a field name is not allowed' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'MEDIA_UNSUPPORTED', status: 415, message: 'send the check-in as multipart/form-data' },
  FST_INVALID_JSON_FIELD_ERROR: { code: 'INPUT_INVALID', status: 400, message: 'a field declared as JSON is not valid JSON' },
  FST_MP_PREMATURE_CLOSE: { code: 'INPUT_INVALID', status: 400, message: 'the upload ended before it was complete' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'MEDIA_UNSUPPORTED', status: 415, message: 'this content type is not accepted here' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'INPUT_INVALID', status: 400, message: 'the JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INPUT_INVALID', status: 400, message: 'the body is not valid JSON' },
  FST_ERR_BAD_URL: { code: 'INPUT_INVALID', status: 400, message: 'the address is not a valid URL' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'INPUT_INVALID', status: 400, message: 'a part of the address is too long' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'INPUT_INVALID', status: 400, message: 'the request could not be routed' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INPUT_INVALID', status: 400, message: 'the Content-Length header does not match the body' },
  FST_ERR_CTP_INVALID_TYPE: { code: 'MEDIA_UNSUPPORTED', status: 415, message: 'the content type is not valid' },
};

/** Our code for a plain 4xx status (Fastify errors without a known code). */
function codeForStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'MEDIA_TOO_LARGE';
  if (status === 415) return 'MEDIA_UNSUPPORTED';
  if (status === 429) return 'RATE_LIMITED';
  return 'INPUT_INVALID';
}

/** Status and body for an error (and Retry-After in seconds when the client should retry). Never includes a stack, SQL or the message of an unexpected error. */
export function httpError(e: unknown): { status: number; body: ErrorBody; retryAfterSec?: number } {
  if (e instanceof BurnoutError) {
    const status = HTTP_STATUS[e.code];
    const message = status >= 500 && (e.code === 'INTERNAL' || e.code === 'STORE_FAILED')
      ? (e.code === 'STORE_FAILED' ? 'the database could not complete the request' : 'an unexpected internal error occurred')
      : e.message;
    const body: ErrorBody = { error: { code: e.code, message, ...(e.hint && status < 500 ? { hint: e.hint } : {}) } };
    return { status, body, ...(e.retryAfterSec !== undefined ? { retryAfterSec: e.retryAfterSec } : {}) };
  }
  const fe = e as Partial<FastifyError> | undefined;
  const known = fe?.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return { status: known.status, body: { error: { code: known.code, message: known.message ?? 'bad request' } } };
  const status = typeof fe?.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = codeForStatus(status);
    const message = status === 429 ? 'too many requests; wait a minute and try again' : safeMessage(fe?.message);
    return { status, body: { error: { code, message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'an unexpected internal error occurred' } } };
}

/** A client-error message from Fastify, cut to one short line. */
function safeMessage(m: unknown): string {
  const s = typeof m === 'string' ? m.split('\n')[0]!.slice(0, 200) : '';
  return s || 'bad request';
}

/** Sends the error body for `err` (logging unexpected failures in full and the cause of rejections, e.g. ffmpeg's words). */
export function sendError(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body, retryAfterSec } = httpError(err);
  if (status >= 500 && body.error.code !== 'SERVER_BUSY') request.log.error({ err }, 'request failed');
  else request.log.info({ code: body.error.code, detail: causeOf(err) }, 'request rejected');
  if (retryAfterSec !== undefined) void reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfterSec))));
  void reply.status(status).header('cache-control', 'no-store').send(body);
}

/** The first line of an error's cause, for the log only (never sent). */
function causeOf(err: unknown): string | undefined {
  const cause = (err as { cause?: unknown } | undefined)?.cause;
  return cause instanceof Error ? cause.message.slice(0, 500) : undefined;
}

/** Installs the error handler that gives every route failure the `{ error: { code, message } }` shape. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => sendError(err, request, reply));
}

/** Fastify's `frameworkErrors` option: bad URLs and routing errors get the same body as everything else. */
export function frameworkErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendError(err, request, reply);
}

/** Fastify's `clientErrorHandler`: malformed HTTP gets a 400 in our shape (no echo of what was sent), then the socket closes. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const timeout = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const body = JSON.stringify({ error: { code: 'INPUT_INVALID', message: timeout ? 'the request took too long to arrive' : 'the request is not valid HTTP' } });
  const status = timeout ? '408 Request Timeout' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`);
}
