/**
 * Teams are Clockify user groups. There is no GET by id, so lookups walk the group list, and
 * members are added one per call.
 *
 * Cost: list 1 per page; getMany ceil(groups / 200); create 1 + one per member; update
 * 1 (rename) or ceil(groups / 200) (read), plus one per member added or removed; delete 1;
 * membership add/remove one per user.
 */
import { NotFoundError } from '../../domain/errors.js';
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { membershipDiff, toTeam } from './mappers/to-team.js';
import { matchesSearch, vendorPage } from './paging.js';
import { byId, inKeyOrder, type ClockifyContext } from './support.js';
import type { ClockifyUserGroup } from './types.js';

export function clockifyTeams(ctx: ClockifyContext): { handlers: EntityHandlers<'team'>; members: MembershipHandlers } {
  const { api, source } = ctx;
  const allGroups = () => api.walk((p, s) => api.userGroups({ 'sort-column': 'NAME', 'sort-order': 'ASCENDING' }, p, s));
  const findGroup = async (id: string): Promise<ClockifyUserGroup> => {
    const group = (await allGroups()).find((g) => g.id === id);
    if (!group) throw new NotFoundError('Team', id);
    return group;
  };

  // Sequential on purpose: each call is a read-modify-write of the group on Clockify's side.
  const add = async (groupId: string, userIds: readonly string[], last?: ClockifyUserGroup) => {
    for (const userId of userIds) last = await byId('Team', groupId, () => api.addGroupMember(groupId, userId));
    return last;
  };
  const remove = async (groupId: string, userIds: readonly string[], last?: ClockifyUserGroup) => {
    for (const userId of userIds) last = await byId('Team', groupId, () => api.removeGroupMember(groupId, userId));
    return last;
  };

  const handlers: EntityHandlers<'team'> = {
    list: (filter, page) =>
      vendorPage(
        page,
        (p, s) => api.userGroups({ 'sort-column': 'NAME', 'sort-order': 'ASCENDING', name: filter.search || undefined }, p, s),
        (raw) => toTeam(raw, source),
        (t) => matchesSearch(t.name, filter.search),
      ),

    getMany: async (ids) => inKeyOrder('Team', ids, (await allGroups()).map((g) => toTeam(g, source))),

    create: async (input) => {
      const created = await api.createUserGroup(input.name);
      const last = await add(created.id, [...new Set(input.memberIds ?? [])], created);
      return toTeam(last ?? created, source);
    },

    update: async (id, patch) => {
      let group = patch.name ? await byId('Team', id, () => api.updateUserGroup(id, patch.name!)) : undefined;
      if (patch.memberIds) {
        const current = group ?? (await findGroup(id));
        const diff = membershipDiff(current.userIds ?? [], patch.memberIds);
        group = (await remove(id, diff.remove, await add(id, diff.add, current))) ?? current;
      }
      return toTeam(group ?? (await findGroup(id)), source);
    },

    delete: (id) => byId('Team', id, () => api.deleteUserGroup(id)),
  };

  const members: MembershipHandlers = {
    add: async (groupId, userIds) => {
      await add(groupId, [...new Set(userIds)]);
    },
    remove: async (groupId, userIds) => {
      await remove(groupId, [...new Set(userIds)]);
    },
  };
  return { handlers, members };
}
