/**
 * Page-number paging of v9 list endpoints that take `page` and `per_page`
 * (`GET /workspaces/{workspace_id}/projects`: docs/api/projects, Query `page` "Page number",
 * `per_page` "Number of items per page, default 151. Max 200" — default and maximum as we
 * recall the reference; not re-verified, see docs/vendors/toggl.md). Pages start at 1; a page
 * past the end is an empty array; there is no total or next-page header, so a client pages
 * until a page comes back shorter than `per_page`.
 */
import type { SimRequest, SimResponse } from '../kit.js';
import { textError } from './envelope.js';

export const DEFAULT_PER_PAGE = 151;
export const MAX_PER_PAGE = 200;

export function pageOf<T>(req: SimRequest, items: T[]): T[] | SimResponse {
  const pageRaw = req.query.get('page');
  const perPageRaw = req.query.get('per_page');
  const page = pageRaw === null ? 1 : Number(pageRaw);
  const perPage = perPageRaw === null ? DEFAULT_PER_PAGE : Number(perPageRaw);
  if (!Number.isInteger(page) || page < 1) return textError(400, 'page must be a positive integer');
  if (!Number.isInteger(perPage) || perPage < 1) return textError(400, 'per_page must be a positive integer');
  const size = Math.min(perPage, MAX_PER_PAGE);
  return items.slice((page - 1) * size, page * size);
}
