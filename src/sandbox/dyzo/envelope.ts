/**
 * Dyzo's response shapes.
 *
 * - Success: `{"status": 1, "message": …, <payload keys>}`, always HTTP 200 (creates too).
 * - Domain error: `{"status": 0, "message": …}` with HTTP 200. The views answer 200 and put the
 *   verdict in `status`, so a client that only checks the HTTP code is wrong; the simulator makes
 *   that visible. No `error_code` here: the documented codes all belong to the auth middleware.
 * - Middleware error: `{"status": 0, "message", "error_code"}` with HTTP 401 (auth) or 429 (rate).
 * - `status: 3` with HTTP 200: authenticated but not authorised (see auth.ts).
 * - Unknown URL: Django's own HTML 404 page (the URL resolver answers before any view).
 */
import type { SimResponse } from '../kit.js';

export type DyzoErrorCode =
  | 'NO_ACCESS_TOKEN'
  | 'TOKEN_EXPIRED_NO_REFRESH'
  | 'INVALID_ACCESS_TOKEN'
  | 'ACCESS_TOKEN_DECODE_FAILED'
  | 'REFRESH_FAILED'
  | 'INVALID_API_KEY'
  | 'API_KEY_EXPIRED'
  | 'RATE_LIMIT_EXCEEDED'
  | 'USER_INACTIVE'
  | 'USER_NOT_FOUND'
  | 'AUTHENTICATION_REQUIRED'
  | 'AUTH_FAILED';

export function success(message: string, payload: Record<string, unknown> = {}, headers?: Record<string, string>): SimResponse {
  return { status: 200, body: { status: 1, message, ...payload }, ...(headers ? { headers } : {}) };
}

export function domainError(message: string): SimResponse {
  return { status: 200, body: { status: 0, message } };
}

export function middlewareError(httpStatus: number, errorCode: DyzoErrorCode, message: string): SimResponse {
  return { status: httpStatus, body: { status: 0, message, error_code: errorCode } };
}

/** The body the official frontend treats as "unauthorised, log out", delivered with HTTP 200. */
export function notAuthorised(message: string): SimResponse {
  return { status: 200, body: { status: 3, message, error_code: 'AUTH_FAILED' satisfies DyzoErrorCode } };
}

export function rateLimited(retryAfterSeconds: number): SimResponse {
  return {
    status: 429,
    // Lower-case names: the kit adds its own `retry-after` for injected 429s and must not duplicate it.
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '0' },
    body: {
      status: 0,
      message: `Rate limit exceeded. Try again in ${retryAfterSeconds} seconds.`,
      error_code: 'RATE_LIMIT_EXCEEDED' satisfies DyzoErrorCode,
    },
  };
}

/** Django's production 404 page (DEBUG=False): HTML, not JSON. */
export function djangoNotFound(): SimResponse {
  return {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body:
      '<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n' +
      '  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n',
  };
}

/** Django REST framework's answer when the URL exists but the view does not take the method. */
export function methodNotAllowed(method: string, allowed: string[]): SimResponse {
  return {
    status: 405,
    headers: { allow: allowed.join(', ') },
    body: { detail: `Method "${method}" not allowed.` },
  };
}

/** DRF's parse error for a body that claims to be JSON and is not. */
export function badJson(): SimResponse {
  return { status: 400, body: { status: 0, message: 'JSON parse error - the request body is not valid JSON' } };
}
