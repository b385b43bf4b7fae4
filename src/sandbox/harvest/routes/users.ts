/**
 * Users (https://help.getharvest.com/api-v2/users-api/users/users/) and a user's project
 * assignments (…/users-api/users/project-assignments/).
 */
import type { SimRequest, SimRoute } from '../../kit.js';
import { forbidden, notFound, ok, paginate, route } from '../envelope.js';
import { pathId, queryDateTime } from '../input.js';
import { findById, type StoredUser } from '../state.js';
import { projectAssignmentView, userView } from '../views.js';
import { activeAndSince, newestFirst, pageContext, requireManager, V2, type RouteContext } from './context.js';

export function userRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;

  const assignmentsOf = (req: SimRequest, user: StoredUser) => {
    const since = queryDateTime(req.query, 'updated_since');
    // "List active project assignments": only active ones, newest first.
    const items = state.userAssignments
      .filter((a) => a.userId === user.id && a.isActive && (since === undefined || a.updatedAt >= since))
      .sort(newestFirst);
    return paginate('project_assignments', items, (a) => projectAssignmentView(state, a), pageContext(req, true));
  };

  return [
    // Anyone may read themselves ("except when retrieving the currently authenticated user").
    route('GET', `${V2}/users/me`, (req) => ok(userView(ctx.caller(req)))),

    // "Anyone may access their own project assignments" (Project Assignments, permissions).
    route('GET', `${V2}/users/me/project_assignments`, (req) => assignmentsOf(req, ctx.caller(req))),

    route('GET', `${V2}/users`, (req) => {
      requireManager(ctx, req);
      const items = state.users.filter(activeAndSince(req)).sort(newestFirst);
      return paginate('users', items, userView, pageContext(req, true));
    }),

    route('GET', `${V2}/users/:id`, (req) => {
      const caller = ctx.caller(req);
      const id = pathId(req);
      if (caller.id !== id) requireManager(ctx, req);
      const user = id === null ? undefined : findById(state.users, id);
      if (!user) throw notFound();
      return ok(userView(user));
    }),

    route('GET', `${V2}/users/:id/project_assignments`, (req) => {
      const caller = ctx.caller(req);
      const id = pathId(req);
      if (caller.id !== id && caller.accessRole === 'member') throw forbidden();
      const user = id === null ? undefined : findById(state.users, id);
      if (!user) throw notFound();
      return assignmentsOf(req, user);
    }),
  ];
}
