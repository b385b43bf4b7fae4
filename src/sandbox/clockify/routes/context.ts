/** What every route module gets: the live state and the regular API's path prefix. */
import type { ClockifyState } from '../state.js';

export interface RouteContext {
  state: ClockifyState;
  /** `/api/v1`: the regular API lives under `/api` like on api.clockify.me. */
  api: string;
}

/** Path prefix of every workspace-scoped regular endpoint. */
export const ws = (ctx: RouteContext): string => `${ctx.api}/workspaces/:workspaceId`;
