/**
 * Teams and team membership.
 *
 * `team_list` carries no members, but every user carries its one `team_id`, so a list is
 * `team_list` + `user_list` (2 requests, memoised) instead of one `team_show` per team. getMany
 * asks `team_show` per id (1 request each), the only call that answers "not found" for a team.
 *
 * Writes: create 3 (team_create returns no id, so team_list finds the new team by name, then
 * team_show reads it); rename 1 + team_show; a member change team_show + add_team_member (one
 * call for all additions) + remove_team_member per removal; delete 1.
 *
 * A Desklog user is in at most one team: adding a user to a team moves them out of the
 * team they were in.
 */
import type { Team } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { intId, isDesklogId } from './endpoints.js';
import { toTeam, toTeamFromRow } from './mappers/to-team.js';
import { idText, optionalId } from './mappers/values.js';
import { nameMatches, orNotFound, pageByName, perKey, writing, type DesklogContext } from './support.js';
import { loadUsers } from './users.js';

function memberIdsOf(ids: readonly string[] | null | undefined, path: string): number[] {
  return [...new Set(ids ?? [])].map((id, i) => intId(id, `${path}.${i}`));
}

export function desklogTeams(ctx: DesklogContext): EntityHandlers<'team'> & { members: MembershipHandlers } {
  const show = (id: string): Promise<Team> => {
    if (!isDesklogId(id)) return Promise.reject(new NotFoundError('Team', id));
    return orNotFound('Team', id, async () => toTeam(ctx.source, await ctx.api.teamShow(Number(id))));
  };

  const all = async (): Promise<Team[]> => {
    const [rows, users] = await Promise.all([ctx.memo.get('teams', () => ctx.api.teamList()), loadUsers(ctx)]);
    const members = new Map<string, string[]>();
    for (const user of users) {
      const team = optionalId(user.team_id);
      if (team) members.set(team, [...(members.get(team) ?? []), idText(user.id)]);
    }
    return rows.map((row) => toTeamFromRow(ctx.source, row, members.get(idText(row.team_id)) ?? []));
  };

  /** Adds in one call, removes one by one, and only what actually changes. */
  const applyMembers = async (id: string, add: number[], remove: number[]) => {
    if (add.length) await orNotFound('Team', id, () => ctx.api.addTeamMember(Number(id), add));
    for (const userId of remove) await ctx.api.removeTeamMember(Number(id), userId);
  };

  return {
    list: async (filter, page) =>
      pageByName('team', (await all()).filter((t) => nameMatches(filter.search, t.name)), page, (t) => t.name, (t) => t.remoteId),

    getMany: (ids) => perKey(ids, show),

    create: (input) =>
      writing(ctx, async () => {
        const name = input.name.trim();
        if (!name) throw ValidationError.field('input.name', 'must not be empty');
        const members = memberIdsOf(input.memberIds, 'input.memberIds');
        // `team_member` is required by Desklog; sending [] would only earn a vendor error.
        if (!members.length) throw ValidationError.field('input.memberIds', 'Desklog creates a team only with at least one member');
        await ctx.api.teamCreate({ team_name: name, team_member: members });
        // No id comes back: the newest team of that name is the one just made.
        const rows = await ctx.api.teamList();
        const ids = rows.filter((r) => (r.team_name ?? '').trim().toLowerCase() === name.toLowerCase()).map((r) => Number(r.team_id));
        if (!ids.length) {
          throw new UpstreamError('RESPONSE_VALIDATION_FAILED', ctx.source, `desklog source "${ctx.source}": created team "${name}" is missing from team_list`);
        }
        return show(String(Math.max(...ids)));
      }),

    update: (id, patch) =>
      writing(ctx, async () => {
        const teamId = intId(id, 'id');
        if (patch.name !== undefined) {
          const name = patch.name?.trim();
          if (!name) throw ValidationError.field('input.name', 'must not be empty');
          await orNotFound('Team', id, () => ctx.api.renameTeam(teamId, name));
        }
        if (patch.memberIds !== undefined) {
          const wanted = memberIdsOf(patch.memberIds, 'input.memberIds');
          const current = (await show(id)).memberIds.map(Number);
          await applyMembers(
            id,
            wanted.filter((u) => !current.includes(u)),
            current.filter((u) => !wanted.includes(u)),
          );
        }
        return show(id);
      }),

    delete: (id) => writing(ctx, () => orNotFound('Team', id, () => ctx.api.teamDelete(intId(id, 'id'))).then(() => undefined)),

    members: {
      add: (teamId, userIds) =>
        writing(ctx, async () => {
          intId(teamId, 'input.teamId');
          await applyMembers(teamId, memberIdsOf(userIds, 'input.userIds'), []);
        }),
      // Removing someone who is not a member is a no-op, as in the native store.
      remove: (teamId, userIds) =>
        writing(ctx, async () => {
          const wanted = memberIdsOf(userIds, 'input.userIds');
          if (!wanted.length) return;
          const current = new Set((await show(teamId)).memberIds.map(Number));
          await applyMembers(teamId, [], wanted.filter((u) => current.has(u)));
        }),
    },
  };
}
