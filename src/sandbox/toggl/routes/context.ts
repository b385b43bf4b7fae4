/** What every route module gets, plus the workspace/id guards all of them share. */
import type { SimRequest, SimResponse } from '../../kit.js';
import { textError } from '../envelope.js';
import type { StoredUser, TogglState } from '../state.js';

export interface RouteContext {
  state: TogglState;
  /** `/api/v9`, as on api.track.toggl.com. */
  api: string;
  /** `/reports/api/v3`, the Reports API on the same host. */
  reports: string;
  apiToken: string;
  /** How far back `GET /me/time_entries` reaches, in days (0 = no limit); see routes/timeEntries.ts. */
  meHistoryDays: number;
}

export const ws = (ctx: RouteContext): string => `${ctx.api}/workspaces/:workspaceId`;

export const owner = (ctx: RouteContext): StoredUser => ctx.state.users.find((u) => u.id === ctx.state.ownerId)!;

/** Path ids are integers; anything else matches no object (404, like an unknown id). */
export function pathInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Resolves `:workspaceId`. A workspace the caller does not belong to is refused with 403
 * ("Workspace/Organization API Limits ... requests that point to a specific workspace": the
 * quota and access are per membership, support.toggl.com/en/articles/11484112; status 403 for
 * a foreign workspace is what v9 answers for resources the user may not see — wording not verified).
 */
export function workspaceOf(ctx: RouteContext, req: SimRequest): { id: number } | { error: SimResponse } {
  const id = pathInt(req.params['workspaceId']);
  if (id === undefined) return { error: textError(404, 'Not Found') };
  if (!owner(ctx).workspaceIds.includes(id)) return { error: textError(403, 'User does not have access to this resource.') };
  return { id };
}

/** Reads a JSON object body; Toggl answers a non-object body with 400 (wording not verified). */
export function objectBody(req: SimRequest): Record<string, unknown> | SimResponse {
  if (req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) return textError(400, 'JSON is not valid');
  return req.body as Record<string, unknown>;
}

export const isResponse = (v: unknown): v is SimResponse => typeof v === 'object' && v !== null && 'status' in v && typeof (v as SimResponse).status === 'number';

/** `true`/`false`/`both` filters (projects `active`, clients `status` use the same idea). */
export function boolFilter(value: string | null): boolean | 'both' | undefined {
  if (value === null) return undefined;
  if (value === 'both') return 'both';
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}
