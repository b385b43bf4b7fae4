/** Team: a group of users (Clockify user groups, Gauzy organization teams, Desklog teams). */
import type { Team } from '../domain/entities.js';
import { builder } from './builder.js';
import { crudMutations, membershipMutations, requiredName } from './crud.js';
import { commonFields, entityNode, listField, refKeys } from './kit.js';
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

membershipMutations({ kind: 'team', ref: TeamRef, members: (adapter) => adapter.teamMembers, operation: 'teamMembership' });
