/**
 * Clockify's response conventions in one place: the `{message, code}` error envelope, the
 * success statuses, and page/page-size paging over bare JSON arrays (no totals, no links).
 */
import type { HttpMethod, SimHandler, SimRequest, SimResponse, SimRoute } from '../kit.js';

/**
 * A failed request. Route code throws it and `route()` turns it into the envelope, so handlers
 * read top to bottom without threading error results through every helper.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Clockify's error body. The cli (`dto.Error`) reads `message` and `code`; Clockify sometimes
 * puts its own numbers in `code` (e.g. 501 with a 403), but we mirror the HTTP status so tests
 * and adapters can key off either.
 */
export function errorResponse(status: number, message: string): SimResponse {
  return { status, body: { message, code: status } };
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const notFound = (message: string): ApiError => new ApiError(404, message);

export const ok = (body: unknown): SimResponse => ({ status: 200, body });
export const created = (body: unknown): SimResponse => ({ status: 201, body });
/** Time-entry delete answers 204 with no body at all. */
export const noContent = (): SimResponse => ({ status: 204 });

/** Wraps a handler so a thrown `ApiError` becomes the envelope; anything else stays a crash (500) on purpose. */
export function route(method: HttpMethod, pattern: string, handler: SimHandler): SimRoute {
  return {
    method,
    pattern,
    handler: async (req: SimRequest) => {
      try {
        return await handler(req);
      } catch (error) {
        if (error instanceof ApiError) return errorResponse(error.status, error.message);
        throw error;
      }
    },
  };
}

export interface PagingRules {
  /** Documented default `page-size` (50 almost everywhere; 10 for in-progress entries). */
  defaultSize?: number;
  /** Largest `page-size` honoured. */
  maxSize?: number;
  /**
   * When the docs give an explicit range (in-progress: 1..1000) a larger value is a 400; when
   * they give none, larger values are silently capped like Clockify's backend does.
   */
  rejectAboveMax?: boolean;
}

/** Undocumented backend ceiling for `page-size`; we cap there rather than reject. */
export const PAGE_SIZE_CAP = 5000;

function positiveInt(raw: string | null, name: string, fallback: number): number {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw badRequest(`Invalid value for '${name}': ${raw}`);
  const n = Number(raw);
  if (n < 1) throw badRequest(`'${name}' must be greater than or equal to 1`);
  if (n > 2 ** 31 - 1) throw badRequest(`Invalid value for '${name}': ${raw}`);
  return n;
}

/** Reads `page` (1-based) and `page-size` from the query and slices; past the end is `[]`. */
export function paginate<T>(items: readonly T[], query: URLSearchParams, rules: PagingRules = {}): T[] {
  const { defaultSize = 50, maxSize = PAGE_SIZE_CAP, rejectAboveMax = false } = rules;
  const page = positiveInt(query.get('page'), 'page', 1);
  let size = positiveInt(query.get('page-size'), 'page-size', defaultSize);
  if (size > maxSize) {
    if (rejectAboveMax) throw badRequest(`'page-size' must be less than or equal to ${maxSize}`);
    size = maxSize;
  }
  const from = (page - 1) * size;
  return items.slice(from, from + size);
}

/** The same paging for body-based filters (`page`/`pageSize` in camelCase, e.g. reports). */
export function paginateBody<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const from = (page - 1) * pageSize;
  return items.slice(from, from + pageSize);
}
