/** Team: a group of users (Clockify user groups, Gauzy organization teams, Desklog teams). */
import type { Team } from '../domain/entities.js';
import { UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { builder } from './builder.js';
import { crudMutations, requiredName } from './crud.js';
import { commonFields, entityMutation, entityNode, listField, refKeys, write } from './kit.js';
import { UserRef } from './user.js';

export const TeamRef = entityNode('team');
TeamRef.implement({
  description: 'A group of users in one source.',
  fields: (t) => ({
    ...commonFields(t),
    name: t.string({ resolve: (x) => (x as Team).name }),
    members: t.field({ type: [UserRef], resolve: (x) => refKeys(x as Team, (x as Team).memberIds) as never }),
  }),
});

const TeamFilter = builder.inputType('TeamFilter', {
  fields: (t) => ({ sources: t.stringList(), search: t.string() }),
});
listField('teams', 'team', TeamRef, TeamFilter, (f: { search?: string | null }) => () => ({ search: f.search }));

crudMutations({
  kind: 'team',
  ref: TeamRef,
  createFields: (t) => ({ name: t.string({ required: true }), memberIds: t.idList() }),
  updateFields: (t) => ({ name: t.string(), memberIds: t.idList({ description: 'Replaces the members when given.' }) }),
  validate: (input, path, creating) => requiredName(input.name, path, creating),
  toCreate: (input, ctx, source) => ({ name: input.name.trim(), memberIds: ctx.ids.sameSourceMany(input.memberIds, 'user', source, 'input.memberIds') }),
  toUpdate: (input, ctx, source) => ({ name: input.name?.trim(), memberIds: ctx.ids.sameSourceMany(input.memberIds, 'user', source, 'input.memberIds') }),
});

const MembershipInput = builder.inputType('TeamMembershipInput', {
  fields: (t) => ({ teamId: t.id({ required: true }), userIds: t.idList({ required: true }) }),
});

for (const [name, op] of [['addTeamMembers', 'add'], ['removeTeamMembers', 'remove']] as const) {
  entityMutation(name, {
    type: TeamRef,
    dataField: 'team',
    input: MembershipInput,
    resolve: async (input: { teamId: string; userIds: string[] }, ctx) => {
      const { source, remoteId } = ctx.ids.decodeKind(input.teamId, 'team', 'input.teamId');
      const adapter = ctx.registry.get(source, 'input.teamId');
      if (!input.userIds.length) throw ValidationError.field('input.userIds', 'must name at least one user');
      const userIds = ctx.ids.sameSourceMany(input.userIds, 'user', source, 'input.userIds')!;
      if (!adapter.teamMembers) throw new UnsupportedOperationError(adapter.vendor, source, 'teamMembership');
      await write(ctx, source, () => adapter.teamMembers![op](remoteId, userIds));
      const [team] = await ctx.registry.handler(adapter, 'team', 'get')([remoteId]);
      if (!team || team instanceof Error) throw team;
      return team;
    },
  });
}
