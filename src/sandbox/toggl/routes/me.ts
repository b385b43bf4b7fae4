/** The caller and their workspaces: `GET /me`, `GET /me/workspaces`, `GET /workspaces/{id}`, workspace users. */
import type { SimRoute } from '../../kit.js';
import { json } from '../envelope.js';
import { meView, workspaceUserView, workspaceView } from '../views.js';
import { owner, ws, workspaceOf, type RouteContext } from './context.js';

export function meRoutes(ctx: RouteContext): SimRoute[] {
  return [
    // docs/api/me "GET Me": the token owner's profile.
    { method: 'GET', pattern: `${ctx.api}/me`, handler: () => json(meView(ctx.state, owner(ctx), ctx.apiToken)) },
    // docs/api/me "GET Workspaces": the workspaces the user belongs to.
    { method: 'GET', pattern: `${ctx.api}/me/workspaces`, handler: () => json([workspaceView(ctx.state)]) },
    // docs/workspace "Workspace details": GET /workspaces/{workspace_id}.
    {
      method: 'GET',
      pattern: ws(ctx),
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        return 'error' in w ? w.error : json(workspaceView(ctx.state));
      },
    },
    // docs/api/workspaces "GET List workspace users" (GET /workspaces/{workspace_id}/users): a plain array, unpaged.
    {
      method: 'GET',
      pattern: `${ws(ctx)}/users`,
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        if ('error' in w) return w.error;
        return json(ctx.state.users.filter((u) => u.workspaceIds.includes(w.id)).map((u) => workspaceUserView(u, w.id)));
      },
    },
  ];
}
