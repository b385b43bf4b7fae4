/**
 * `GET /v1/workspaces` and `GET /v1/workspaces/{id}`: the simulator has exactly one workspace,
 * the one the key belongs to (a foreign id never reaches here; `index.ts` answers 403 first).
 */
import type { SimRoute } from '../../kit.js';
import { ok, route } from '../envelope.js';
import { queryEnum } from '../validate.js';
import { workspaceView } from '../views.js';
import { ws, type RouteContext } from './context.js';

const ROLES = ['WORKSPACE_ADMIN', 'OWNER', 'TEAM_MANAGER', 'PROJECT_MANAGER'] as const;

export function workspaceRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  return [
    route('GET', `${ctx.api}/workspaces`, (req) => {
      // The key's owner is OWNER (and therefore also admin) of the only workspace.
      const role = queryEnum(req.query, 'roles', ROLES);
      const listed = role === undefined || role === 'OWNER' || role === 'WORKSPACE_ADMIN';
      return ok(listed ? [workspaceView(state)] : []);
    }),
    route('GET', ws(ctx), () => ok(workspaceView(state))),
  ];
}
