/**
 * Page-number paging of v9 list endpoints that take `page` and `per_page`.
 * `GET /workspaces/{workspace_id}/projects` documents `page` and "per_page integer false Number of
 * items per page, default 151. Cannot exceed 200." (community.toggl.com/t/projects-endpoints-get-workspace-projects/370,
 * the v9 reference page "GET WorkspaceProjects"). Pages start at 1 (assumed); a page past the
 * end is an empty array; a `per_page` above 200 is served as 200 (assumed: clamp, not 400).
 * No total or next-page header is documented, so a client pages until a page comes back
 * shorter than `per_page`.
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
