/**
 * TimeTrack's wire envelope, which is "no envelope": successes are the bare object or bare
 * array, failures are `{"message": "..."}` with a real HTTP status (real-world clients read
 * `error.response.data.message`). Keeping every response builder here means no route can
 * drift into a `{data: ...}` wrapper by accident.
 */
import type { SimResponse } from '../kit.js';

/** A value or the error response that explains why there is none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; response: SimResponse };

export const ok = (body: unknown): SimResponse => ({ status: 200, body });

/** Create status is undocumented; 201 keeps adapters honest about accepting any 2xx. */
export const created = (body: unknown): SimResponse => ({ status: 201, body });

/** Delete result is undocumented; an empty 204 catches adapters that parse every body. */
export const noContent = (): SimResponse => ({ status: 204 });

export const failure = (status: number, message: string): SimResponse => ({ status, body: { message } });

export const badRequest = (message: string): SimResponse => failure(400, message);

export const notFound = (message: string): SimResponse => failure(404, message);

export const fail = <T>(response: SimResponse): Outcome<T> => ({ ok: false, response });

export const pass = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** The (undocumented) throttling answer; Retry-After is what the fixed window has left. */
export const tooManyRequests = (retryAfterSeconds: number): SimResponse => ({
  status: 429,
  body: { message: 'Too many requests, retry later' },
  headers: { 'retry-after': String(retryAfterSeconds) },
});
