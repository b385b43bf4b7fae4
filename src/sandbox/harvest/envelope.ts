/**
 * Harvest's response conventions in one place: the error bodies, the success statuses, and the
 * paginated list envelope (`{<plural>: [...], per_page, total_pages, total_entries, next_page,
 * previous_page, page, links}`), including cursor pages.
 *
 * Sources: https://help.getharvest.com/api-v2/introduction/overview/general/ (status codes),
 * https://help.getharvest.com/api-v2/introduction/overview/pagination/ (paging), the
 * per-resource pages under https://help.getharvest.com/api-v2/ (list responses).
 */
import type { HttpMethod, SimHandler, SimRequest, SimResponse, SimRoute } from '../kit.js';

/** A failed request: route code throws it and `route()` turns it into the right body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * 422 "there were errors processing your request" carries `{"message": "..."}` (overview,
 * status codes). Not-found, forbidden and bad-request bodies are not shown in the docs; the
 * simulator answers them with Rails' default `{"status": 404, "error": "Not Found"}` shape
 * (unverified, see docs/vendors/harvest.md "Not verified").
 */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
};

export function errorResponse(status: number, message?: string): SimResponse {
  if (status === 422) return { status, body: { message: message ?? 'Unprocessable Entity' } };
  return { status, body: { status, error: REASONS[status] ?? 'Error' } };
}

/**
 * A refused token, or a token without a usable account id, is the OAuth2 `invalid_token` error
 * (body seen in googleworkspace/apps-script-oauth2#90: a request without `Harvest-Account-Id`
 * "will fail with that error", 401).
 */
export function invalidToken(): SimResponse {
  return {
    status: 401,
    body: {
      error: 'invalid_token',
      error_description: 'The access token provided is expired, revoked, malformed or invalid for other reasons.',
    },
  };
}

export const unprocessable = (message: string): ApiError => new ApiError(422, message);
export const notFound = (): ApiError => new ApiError(404, 'Not Found');
export const forbidden = (): ApiError => new ApiError(403, 'Forbidden');

export const ok = (body: unknown): SimResponse => ({ status: 200, body });
/** Creates answer 201 Created (each resource page: "Returns ... a 201 Created response code"). */
export const created = (body: unknown): SimResponse => ({ status: 201, body });

/** Wraps a handler so a thrown `ApiError` becomes the body; anything else stays a crash (500). */
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

/** Pagination guide: `per_page` defaults to and tops out at 2000; "values larger ... return 422". */
export const MAX_PER_PAGE = 2000;

export interface PageContext {
  /** Absolute URL of the list endpoint, e.g. `http://127.0.0.1:1234/v2/clients`. */
  endpoint: string;
  query: URLSearchParams;
  /**
   * Cursor-paginated endpoints (users, clients, projects, tasks, task and user assignments per
   * their doc pages: "This endpoint supports cursor-based pagination and therefore deprecates
   * the page parameter"); time entries are documented with `page` links only.
   */
  cursor: boolean;
}

function readPositive(raw: string | null, name: string, fallback: number): number {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw unprocessable(`${name} must be a positive integer`);
  return Number(raw);
}

interface CursorPayload {
  after: { id: number };
}

const encodeCursor = (id: number): string => Buffer.from(JSON.stringify({ after: { id } } satisfies CursorPayload)).toString('base64url');

function decodeCursor(raw: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<CursorPayload>;
    if (typeof parsed.after?.id === 'number') return parsed.after.id;
  } catch {
    // fall through
  }
  throw unprocessable('cursor is invalid');
}

/**
 * Slices `items` (already in the endpoint's order) and wraps them in the list envelope.
 *
 * Page mode: `page` (1-based) and `per_page`; past the end is an empty array (each list page:
 * "If no more ... are available, the resulting array will be empty").
 * Cursor mode: `cursor` wins over `page` when both are sent; `links.next` carries a cursor with
 * `ref=next_cursor`, and `page`/`next_page`/`previous_page` are null except on the first and
 * last pages (pagination guide, example responses).
 * Every link keeps the caller's filters, so following `links.next` to the end lists the same set.
 */
export function paginate<T extends { id: number }>(key: string, items: readonly T[], view: (item: T) => unknown, ctx: PageContext): SimResponse {
  const perPage = readPositive(ctx.query.get('per_page'), 'per_page', MAX_PER_PAGE);
  if (perPage > MAX_PER_PAGE) throw unprocessable(`per_page must be less than or equal to ${MAX_PER_PAGE}`);
  const totalEntries = items.length;
  const totalPages = Math.max(1, Math.ceil(totalEntries / perPage));

  const cursorRaw = ctx.cursor ? ctx.query.get('cursor') : null;
  let start: number;
  let page: number;
  if (cursorRaw) {
    const afterId = decodeCursor(cursorRaw);
    const index = items.findIndex((item) => item.id === afterId);
    // A cursor whose record was deleted meanwhile: continue after where it would have been is
    // not knowable here, so start from the top (unverified; Harvest's behaviour is not documented).
    start = index === -1 ? 0 : index + 1;
    page = Math.floor(start / perPage) + 1;
  } else {
    page = readPositive(ctx.query.get('page'), 'page', 1);
    start = (page - 1) * perPage;
  }
  const slice = items.slice(start, start + perPage);
  const hasNext = start + perPage < totalEntries;
  const hasPrevious = start > 0;

  const link = (params: Record<string, string>): string => {
    const q = new URLSearchParams(ctx.query);
    for (const name of ['page', 'cursor', 'per_page', 'ref']) q.delete(name);
    for (const [name, value] of Object.entries(params)) q.set(name, value);
    return `${ctx.endpoint}?${q.toString()}`;
  };
  const last = slice.at(-1);
  const next = !hasNext
    ? null
    : ctx.cursor && last
      ? link({ cursor: encodeCursor(last.id), per_page: String(perPage), ref: 'next_cursor' })
      : link({ page: String(page + 1), per_page: String(perPage), ref: 'next' });

  const onEdge = !ctx.cursor || !cursorRaw || !hasNext;
  return ok({
    [key]: slice.map(view),
    per_page: perPage,
    total_pages: totalPages,
    total_entries: totalEntries,
    next_page: onEdge && hasNext ? page + 1 : null,
    previous_page: onEdge && hasPrevious ? page - 1 : null,
    page: onEdge ? page : null,
    links: {
      first: link({ page: '1', per_page: String(perPage), ref: 'first' }),
      next,
      previous: hasPrevious ? link({ page: String(page - 1), per_page: String(perPage), ref: 'previous' }) : null,
      last: link({ page: String(totalPages), per_page: String(perPage), ref: 'last' }),
    },
  });
}
