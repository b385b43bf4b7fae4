/**
 * NestJS response envelopes. Gauzy returns bare entities on success and the standard NestJS
 * HttpException body on errors: `{message, error, statusCode}` (key order as Nest builds it),
 * with `message` a string array for class-validator failures and a string otherwise.
 * Handlers throw `HttpError`; the route wrapper turns it into a response, as Nest's exception
 * filter does.
 */
import type { SimResponse } from '../kit.js';
import { isUuid } from './ids.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body['message'] === 'string' ? body['message'] : `HTTP ${status}`);
  }

  toResponse(): SimResponse {
    return { status: this.status, body: this.body, headers: this.headers };
  }
}

function nestError(status: number, error: string, message: string | string[]): HttpError {
  return new HttpError(status, { message, error, statusCode: status });
}

/** `BadRequestException` / `ValidationPipe` failure. */
export const badRequest = (message: string | string[]): HttpError => nestError(400, 'Bad Request', message);

/** `new UnauthorizedException()` without arguments has no `error` key. */
export const unauthorized = (): HttpError => new HttpError(401, { statusCode: 401, message: 'Unauthorized' });

/** Guard failures use Nest's default text "Forbidden resource"; explicit `ForbiddenException`s carry their own. */
export const forbidden = (message = 'Forbidden resource'): HttpError => nestError(403, 'Forbidden', message);

/** The tenant-aware CRUD service's wording for a missing row. */
export const notFound = (message = 'The requested record was not found'): HttpError =>
  nestError(404, 'Not Found', message);

export const notAcceptable = (message: string): HttpError => nestError(406, 'Not Acceptable', message);

/** Express/Nest answer for an unmatched route: the message carries the original URL, query included. */
export function routeNotFound(method: string, url: string): SimResponse {
  return { status: 404, body: { message: `Cannot ${method} ${url}`, error: 'Not Found', statusCode: 404 } };
}

/** `@nestjs/throttler` answer: no `error` key, and a `Retry-After` header in seconds. */
export function throttled(retryAfterSeconds: number): SimResponse {
  return {
    status: 429,
    body: { statusCode: 429, message: 'ThrottlerException: Too Many Requests' },
    headers: { 'retry-after': String(retryAfterSeconds) },
  };
}

/** Nest's Express adapter sends an empty body when a handler returns null/undefined. */
export function json(body: unknown, status = 200): SimResponse {
  return body === null || body === undefined ? { status } : { status, body };
}

/**
 * Gauzy's UUIDValidationPipe (used on every `:id`): an empty value is 404, a malformed one is
 * **406** "Validation failed (valid uuid is expected)" — not the 400 of Nest's ParseUUIDPipe.
 */
export function uuidParam(params: Record<string, string>, name = 'id'): string {
  const value = params[name] ?? '';
  if (value === '') throw notFound('Validation failed (uuid is expected)');
  if (!isUuid(value)) throw notAcceptable('Validation failed (valid uuid is expected)');
  return value;
}
