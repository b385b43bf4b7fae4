/**
 * Teams = Gauzy organization teams. Membership is written as the whole `memberIds` +
 * `managerIds` set, so every membership change reads the team first to keep its managers.
 */
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { teamManagerIds, toGauzyTeamCreate, toGauzyTeamMembers, toTeam } from './mappers/to-team.js';
import { nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyTeam } from './types.js';

const RELATIONS = { 'relations[]': ['members', 'members.role'] };

export function gauzyTeams(ctx: GauzyContext): EntityHandlers<'team'> & { members: MembershipHandlers } {
  const { client, source } = ctx;
  const path = (id: string) => `/organization-team/${client.seg(id)}`;
  const loadOne = (id: string) => orNotFound('Team', id, client.get(path(id), GauzyTeam, RELATIONS));
  const reads = namedReads(ctx, {
    kind: 'team',
    label: 'Team',
    loadAll: () => client.listAll('/organization-team', GauzyTeam, RELATIONS),
    loadOne,
    toEntity: (raw) => toTeam(source, raw),
    matches: (filter, team) => nameMatches(filter, team.name),
  });

  /** The answer of a write names the members in the simulator and in recent Gauzy; otherwise read back. */
  const settle = async (id: string, answer: GauzyTeam) => {
    ctx.snapshots.clear();
    return answer.members ? toTeam(source, answer) : reads.one(id);
  };

  const put = async (id: string, body: Record<string, unknown>) =>
    settle(id, await orNotFound('Team', id, client.write('PUT', path(id), GauzyTeam, { body })));

  const setMembers = async (id: string, next: (current: string[]) => string[]) => {
    const current = await loadOne(id);
    const members = toGauzyTeamMembers(next(toTeam(source, current).memberIds), teamManagerIds(current));
    await put(id, { name: current.name, ...members });
  };

  return {
    ...reads,
    create: async (input) => {
      const created = await client.write('POST', '/organization-team', GauzyTeam, { body: toGauzyTeamCreate(input) });
      return settle(created.id, created);
    },
    update: async (id, patch) => {
      const body: Record<string, unknown> = {};
      if (patch.name) body['name'] = patch.name;
      if (patch.memberIds) {
        const current = await loadOne(id);
        Object.assign(body, { name: patch.name ?? current.name }, toGauzyTeamMembers(patch.memberIds, teamManagerIds(current)));
      }
      return Object.keys(body).length ? put(id, body) : reads.one(id);
    },
    delete: async (id) => {
      await orNotFound('Team', id, client.write('DELETE', path(id), GauzyAny));
      ctx.snapshots.clear();
    },
    members: {
      add: (id, userIds) => setMembers(id, (current) => [...current, ...userIds]),
      remove: (id, userIds) => setMembers(id, (current) => current.filter((m) => !userIds.includes(m))),
    },
  };
}
