/**
 * Teams = Gauzy organization teams. Membership is written as the whole `memberIds` +
 * `managerIds` set, so every membership change reads the team first to keep its managers.
 * - `PUT /organization-team/:id` needs `id` in the body (UpdateOrganizationTeamDTO), and the
 *   unique-name check (TeamAlreadyExistConstraint) excludes only that id: without it the team's
 *   own name counts as taken.
 * - `DELETE` validates `organizationId` in the query (DeleteQueryDTO) and answers 403 for a team
 *   it cannot find (organization-team.service.ts `deleteTeam` wraps every failure).
 */
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { teamManagerIds, toGauzyTeamCreate, toGauzyTeamMembers, toTeam } from './mappers/to-team.js';
import { UpstreamError } from '../../domain/errors.js';
import { nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyTeam } from './types.js';

const RELATIONS = { 'relations[]': ['members', 'members.role'] };

export function gauzyTeams(ctx: GauzyContext): EntityHandlers<'team'> & { members: MembershipHandlers } {
  const { client, source } = ctx;
  const path = (id: string) => `/organization-team/${client.seg(id)}`;
  const scope = () => ({ organizationId: client.organizationId, tenantId: client.tenantId });
  const loadOne = (id: string) => orNotFound('Team', id, client.get(path(id), GauzyTeam, { ...RELATIONS, ...scope() }));
  const reads = namedReads(ctx, {
    kind: 'team',
    label: 'Team',
    // organization-team.service.ts `findAll` (L560): `skip` is a page number.
    loadAll: () => client.listAll('/organization-team', GauzyTeam, RELATIONS, 'page'),
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
    settle(id, await orNotFound('Team', id, client.write('PUT', path(id), GauzyTeam, { body: { ...body, id } })));

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
      try {
        await client.write('DELETE', path(id), GauzyAny, { query: scope() });
      } catch (error) {
        // 403 is also Gauzy's answer for a team that is not there: tell them apart by reading it.
        if (error instanceof UpstreamError && (error.status === 403 || error.status === 404)) await reads.one(id);
        throw error;
      } finally {
        ctx.snapshots.clear();
      }
    },
    members: {
      add: (id, userIds) => setMembers(id, (current) => [...current, ...userIds]),
      remove: (id, userIds) => setMembers(id, (current) => current.filter((m) => !userIds.includes(m))),
    },
  };
}
