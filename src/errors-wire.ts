// Errors as structured-clone data for crossing a thread (a BurnoutError loses its class, and so its code, on the way):
// used by the analysis pool's workers and by the per-modality engine threads.
import { BurnoutError, type ErrorCode } from './errors.ts';

/** A BurnoutError as data; `detail` is for the server log only (e.g. ffmpeg's words). */
export interface WireError {
  code: ErrorCode;
  message: string;
  hint?: string;
  detail?: string;
}

/** A thrown value as data. */
export function toWire(e: unknown): WireError {
  if (e instanceof BurnoutError) {
    const cause = (e as { cause?: unknown }).cause;
    return {
      code: e.code,
      message: e.message,
      ...(e.hint ? { hint: e.hint } : {}),
      ...(cause instanceof Error ? { detail: cause.message.slice(0, 2000) } : {}),
    };
  }
  return { code: 'INTERNAL', message: 'an unexpected internal error occurred', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

/** Data back into a BurnoutError (the detail becomes its cause, which the server logs and never sends). */
export function fromWire(w: WireError): BurnoutError {
  return new BurnoutError(w.code, w.message, { ...(w.hint ? { hint: w.hint } : {}), ...(w.detail ? { cause: new Error(w.detail) } : {}) });
}
