/**
 * User groups (the gateway's "teams"). The API has no GET-by-id; members are added one per call
 * (`POST …/users {userId}`, 200 with the group) and removed by path.
 */
import type { SimRoute } from '../../kit.js';
import { badRequest, created, notFound, ok, paginate, route } from '../envelope.js';
import { findById, type ClockifyState, type StoredUserGroup } from '../state.js';
import { queryBool, requireName, requireObject, optString, sortByQuery } from '../validate.js';
import { userGroupView } from '../views.js';
import { ws, type RouteContext } from './context.js';

function findGroup(state: ClockifyState, id: string | undefined): StoredUserGroup {
  const group = findById(state.userGroups, id ?? '');
  if (!group) throw notFound('User group not found');
  return group;
}

function assertUniqueName(state: ClockifyState, name: string, exceptId?: string): void {
  if (state.userGroups.some((g) => g.id !== exceptId && g.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`User group with name '${name}' already exists`);
  }
}

export function userGroupRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const base = `${ws(ctx)}/user-groups`;
  return [
    route('GET', base, (req) => {
      const q = req.query;
      queryBool(q, 'includeTeamManagers');
      const name = q.get('name')?.toLowerCase();
      const projectId = q.get('project-id') || undefined;
      const project = projectId ? findById(state.projects, projectId) : undefined;
      const groups = state.userGroups.filter(
        (g) =>
          (!name || g.name.toLowerCase().includes(name)) &&
          (projectId === undefined || (project !== undefined && project.userGroupIds.includes(g.id))),
      );
      const sorted = sortByQuery(groups, q, { ID: (g) => g.id, NAME: (g) => g.name.toLowerCase() }, { column: 'NAME' });
      return ok(paginate(sorted, q).map((g) => userGroupView(state, g)));
    }),

    route('POST', base, (req) => {
      const name = requireName(requireObject(req), 'name', 'User group', { max: 100 });
      assertUniqueName(state, name);
      const group: StoredUserGroup = { id: state.nextId(), name, userIds: [] };
      state.userGroups.push(group);
      return created(userGroupView(state, group));
    }),

    route('PUT', `${base}/:id`, (req) => {
      const group = findGroup(state, req.params['id']);
      const name = requireName(requireObject(req), 'name', 'User group', { max: 100 });
      assertUniqueName(state, name, group.id);
      group.name = name;
      return ok(userGroupView(state, group));
    }),

    route('DELETE', `${base}/:id`, (req) => {
      const group = findGroup(state, req.params['id']);
      state.userGroups.splice(state.userGroups.indexOf(group), 1);
      for (const p of state.projects) p.userGroupIds = p.userGroupIds.filter((id) => id !== group.id);
      for (const t of state.tasks) t.userGroupIds = t.userGroupIds.filter((id) => id !== group.id);
      return ok(userGroupView(state, group));
    }),

    route('POST', `${base}/:userGroupId/users`, (req) => {
      const group = findGroup(state, req.params['userGroupId']);
      const userId = optString(requireObject(req), 'userId');
      if (!userId) throw badRequest("Field 'userId' is required");
      // A body reference to a missing user is a validation error (400), unlike a missing path id (404).
      if (!findById(state.users, userId)) throw badRequest(`User with id ${userId} does not exist in the workspace`);
      if (!group.userIds.includes(userId)) group.userIds.push(userId);
      return ok(userGroupView(state, group));
    }),

    route('DELETE', `${base}/:userGroupId/users/:userId`, (req) => {
      const group = findGroup(state, req.params['userGroupId']);
      const userId = req.params['userId'] ?? '';
      if (!findById(state.users, userId)) throw notFound('User not found');
      group.userIds = group.userIds.filter((id) => id !== userId);
      return ok(userGroupView(state, group));
    }),
  ];
}
