/**
 * Desklog's response envelope: `{"status": true, "message", "data"}` on success and
 * `{"status": false, "message"}` on failure.
 *
 * HTTP codes (undocumented by Desklog; see desklog.md §1.2): business errors such as validation
 * failures, unknown ids and duplicates answer HTTP 200 with `status:false`, so clients must read
 * `status`. Only transport-level conditions use other codes: 401 bad token, 404 unknown path,
 * 405 known path with another method, 429 rate limit. Every one of them still carries the
 * `status:false` envelope.
 */
import type { SimHandler, SimRequest, SimResponse } from '../kit.js';

/** A business error: reported as HTTP 200 with `status:false` (and optional `data`). */
export class DesklogError extends Error {
  constructor(
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** Success with a `data` member (which may be `null`, `{}`, an object or an array). */
export function ok(message: string, data: unknown): SimResponse {
  return { status: 200, body: { status: true, message, data } };
}

/** Success without a `data` key, as Task Update, Tag Edit/Delete and Client Delete print it. */
export function okBare(message: string): SimResponse {
  return { status: 200, body: { status: true, message } };
}

/** A `status:false` envelope; `data` only when given (the tag-duplicate case returns one). */
export function fail(message: string, httpStatus = 200, data?: unknown): SimResponse {
  const body: Record<string, unknown> = { status: false, message };
  if (data !== undefined) body.data = data;
  return { status: httpStatus, body };
}

export function unauthenticated(): SimResponse {
  return fail('Unauthenticated.', 401);
}

export function tooManyRequests(retryAfterSeconds: number): SimResponse {
  return { ...fail('Too Many Attempts.', 429), headers: { 'retry-after': String(retryAfterSeconds) } };
}

/** Runs a handler, turning a thrown `DesklogError` into the HTTP 200 `status:false` envelope. */
export function guarded(handler: (req: SimRequest) => SimResponse): SimHandler {
  return (req) => {
    try {
      return handler(req);
    } catch (error) {
      if (error instanceof DesklogError) return fail(error.message, 200, error.data);
      throw error;
    }
  };
}
