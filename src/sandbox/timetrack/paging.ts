/**
 * Paging is undocumented; real clients send `?limit=1000&page=1` (1-based pages) and stop on a
 * short page. The simulator answers a bare array with no totals and no headers, exactly what
 * such a client can cope with. Without `limit` a page holds DEFAULT_PAGE_SIZE items, small on
 * purpose so that a client which forgets to page notices it in tests.
 */
import { badRequest, fail, pass, type Outcome } from './envelope.js';

export const DEFAULT_PAGE_SIZE = 50;
/** Real-world code asks for 1000 per page, so that much must be allowed. */
export const MAX_PAGE_SIZE = 1000;

function positiveInt(raw: string | null): number | undefined | null {
  if (raw === null) return undefined;
  return /^[1-9]\d*$/.test(raw) ? Number(raw) : null;
}

export function paginate<T>(items: readonly T[], query: URLSearchParams): Outcome<T[]> {
  const limit = positiveInt(query.get('limit'));
  const page = positiveInt(query.get('page'));
  if (limit === null || (limit !== undefined && limit > MAX_PAGE_SIZE)) {
    return fail(badRequest(`limit must be an integer between 1 and ${MAX_PAGE_SIZE}`));
  }
  if (page === null) return fail(badRequest('page must be an integer starting at 1'));
  const size = limit ?? DEFAULT_PAGE_SIZE;
  const start = ((page ?? 1) - 1) * size;
  return pass(items.slice(start, start + size));
}
