// One error type with one code union; the CLI maps codes to exit codes, the server to HTTP statuses.

/** Every error a user can meet, by code. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INPUT_INVALID'
  | 'NO_MODALITY'
  | 'MEDIA_UNDECODABLE'
  | 'MEDIA_TOO_LARGE'
  | 'MEDIA_UNSUPPORTED'
  | 'FFMPEG_MISSING'
  | 'MODEL_MISSING'
  | 'MODEL_LOAD_FAILED'
  | 'MODEL_INTEGRITY'
  | 'NETWORK_UNAVAILABLE'
  | 'DATA_MISSING'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'ANALYSIS_TIMEOUT'
  | 'CROSS_ORIGIN'
  | 'HOST_NOT_ALLOWED'
  | 'SERVER_BUSY'
  | 'STORE_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'MODALITY_FORBIDDEN'
  | 'INTERNAL';

/** An error meant for a user: a code and a one-line message, optionally a hint (what to run next). */
export class BurnoutError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  /** For RATE_LIMITED / SERVER_BUSY: seconds after which a retry should succeed (the server's Retry-After). */
  readonly retryAfterSec?: number;
  constructor(code: ErrorCode, message: string, options?: { hint?: string; cause?: unknown; retryAfterSec?: number }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'BurnoutError';
    this.code = code;
    this.hint = options?.hint;
    if (options?.retryAfterSec !== undefined) this.retryAfterSec = options.retryAfterSec;
  }
}

/**
 * A BurnoutError that is flow control rather than a fault (a full queue, a foreign Host or Origin): built without a
 * stack trace, which nobody reads and which costs more than the rest of the answer when thousands arrive per second.
 */
export function refusal(code: ErrorCode, message: string, options?: { hint?: string; retryAfterSec?: number }): BurnoutError {
  // V8's Error.stackTraceLimit (typed here without Node's types: the dashboard compiles this file too).
  const v8Error = Error as ErrorConstructor & { stackTraceLimit?: number };
  const limit = v8Error.stackTraceLimit;
  v8Error.stackTraceLimit = 0;
  try {
    return new BurnoutError(code, message, options);
  } finally {
    v8Error.stackTraceLimit = limit;
  }
}

/** CLI exit code per error code (0 is success, 1 an unexpected failure). */
export const EXIT_CODES: Record<ErrorCode, number> = {
  CONFIG_INVALID: 78,
  INPUT_INVALID: 64,
  NO_MODALITY: 64,
  MEDIA_UNDECODABLE: 65,
  MEDIA_TOO_LARGE: 65,
  MEDIA_UNSUPPORTED: 65,
  FFMPEG_MISSING: 69,
  MODEL_MISSING: 69,
  MODEL_LOAD_FAILED: 69,
  MODEL_INTEGRITY: 65,
  NETWORK_UNAVAILABLE: 69,
  DATA_MISSING: 66,
  NOT_FOUND: 66,
  RATE_LIMITED: 75,
  ANALYSIS_TIMEOUT: 75,
  CROSS_ORIGIN: 77,
  HOST_NOT_ALLOWED: 77,
  SERVER_BUSY: 75,
  STORE_FAILED: 74,
  UNAUTHENTICATED: 77,
  FORBIDDEN: 77,
  MODALITY_FORBIDDEN: 77,
  INTERNAL: 70,
};

/** HTTP status per error code, used by the server. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  INPUT_INVALID: 400,
  NO_MODALITY: 400,
  MEDIA_UNDECODABLE: 422,
  MEDIA_TOO_LARGE: 413,
  MEDIA_UNSUPPORTED: 415,
  FFMPEG_MISSING: 415,
  MODEL_MISSING: 503,
  MODEL_LOAD_FAILED: 503,
  MODEL_INTEGRITY: 502,
  NETWORK_UNAVAILABLE: 503,
  DATA_MISSING: 404,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  ANALYSIS_TIMEOUT: 422,
  CROSS_ORIGIN: 403,
  HOST_NOT_ALLOWED: 421,
  SERVER_BUSY: 503,
  STORE_FAILED: 500,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  MODALITY_FORBIDDEN: 403,
  INTERNAL: 500,
};

/** True when `e` is a BurnoutError (optionally with the given code). */
export function isBurnoutError(e: unknown, code?: ErrorCode): e is BurnoutError {
  return e instanceof BurnoutError && (code === undefined || e.code === code);
}

/** Wraps anything thrown into a BurnoutError, keeping known ones and hiding internals of unknown ones. */
export function toBurnoutError(e: unknown): BurnoutError {
  if (e instanceof BurnoutError) return e;
  return new BurnoutError('INTERNAL', 'an unexpected internal error occurred', { cause: e });
}
