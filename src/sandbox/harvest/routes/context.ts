/** What every route module gets: the live state and who is calling. */
import type { SimRequest } from '../../kit.js';
import { forbidden, notFound } from '../envelope.js';
import { queryBool, queryDateTime } from '../input.js';
import type { PageContext } from '../envelope.js';
import { findById, type HarvestState, type StoredUser } from '../state.js';

export interface RouteContext {
  state: HarvestState;
  /** The user the request's token belongs to (auth already passed in `before`). */
  caller: (req: SimRequest) => StoredUser;
}

/** Every path lives under `/v2` like on api.harvestapp.com/v2. */
export const V2 = '/v2';

/** Absolute list URL for the `links` block, from the Host the client used. */
export function pageContext(req: SimRequest, cursor: boolean): PageContext {
  return { endpoint: `http://${String(req.headers.host ?? '127.0.0.1')}${req.path}`, query: req.query, cursor };
}

/**
 * Users, projects, clients, tasks and assignments need an Administrator or a Manager;
 * "Insufficient permissions will result in a 403 Forbidden status code" (Users and Projects
 * pages, "Required permissions").
 */
export function requireManager(ctx: RouteContext, req: SimRequest): StoredUser {
  const user = ctx.caller(req);
  if (user.accessRole === 'member') throw forbidden();
  return user;
}

/** Creation order, newest first: the order every catalogue list is documented to use. */
export function newestFirst<T extends { id: number; createdAt: number }>(a: T, b: T): number {
  return b.createdAt - a.createdAt || b.id - a.id;
}

/** The `is_active` and `updated_since` filters every catalogue list takes (each list page's parameter table). */
export function activeAndSince(req: SimRequest): (record: { isActive: boolean; updatedAt: number }) => boolean {
  const active = queryBool(req.query, 'is_active');
  const since = queryDateTime(req.query, 'updated_since');
  return (r) => (active === undefined || r.isActive === active) && (since === undefined || r.updatedAt >= since);
}

/** A record by path id, or Harvest's 404 (ids are integers, so a non-numeric id is simply absent). */
export function findOr404<T extends { id: number }>(items: readonly T[], id: number | null): T {
  const item = id === null ? undefined : findById(items, id);
  if (!item) throw notFound();
  return item;
}
