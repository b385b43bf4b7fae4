/**
 * Projects = Gauzy organization projects. Like teams, members are written as the whole
 * `memberIds` + `managerIds` set, so membership changes read the project first to keep managers.
 */
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { projectManagerIds, toGauzyProjectCreate, toGauzyProjectFields, toProject } from './mappers/to-project.js';
import { nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyProject } from './types.js';

const RELATIONS = { 'relations[]': ['members'] };

export function gauzyProjects(ctx: GauzyContext): EntityHandlers<'project'> & { members: MembershipHandlers } {
  const { client, source } = ctx;
  const path = (id: string) => `/organization-projects/${client.seg(id)}`;
  const loadOne = (id: string) => orNotFound('Project', id, client.get(path(id), GauzyProject, RELATIONS));
  const reads = namedReads(ctx, {
    kind: 'project',
    label: 'Project',
    // `GET /organization-projects` is CrudService.findAll underneath: `skip` is an offset.
    loadAll: () => client.listAll('/organization-projects', GauzyProject, RELATIONS, 'offset'),
    loadOne,
    toEntity: (raw) => toProject(source, raw),
    matches: (filter, p) =>
      nameMatches(filter, p.name) &&
      (!filter.clientIds?.length || (p.clientId !== null && filter.clientIds.includes(p.clientId))) &&
      (!filter.status || p.status === filter.status),
  });

  const settle = async (id: string, answer: GauzyProject) => {
    ctx.snapshots.clear();
    return answer.members ? toProject(source, answer) : reads.one(id);
  };
  const put = async (id: string, body: Record<string, unknown>) =>
    settle(id, await orNotFound('Project', id, client.write('PUT', path(id), GauzyProject, { body })));

  /** The member set to write, keeping the managers that stay members. */
  const membersBody = async (id: string, next: (current: string[]) => string[]) => {
    const current = await loadOne(id);
    const memberIds = [...new Set(next(toProject(source, current).memberIds))];
    return { memberIds, managerIds: projectManagerIds(current).filter((m) => memberIds.includes(m)) };
  };

  return {
    ...reads,
    create: async (input) => {
      const created = await client.write('POST', '/organization-projects', GauzyProject, { body: toGauzyProjectCreate(input) });
      return settle(created.id, created);
    },
    update: async (id, patch) => {
      const body = toGauzyProjectFields(patch);
      if (patch.memberIds) Object.assign(body, await membersBody(id, () => patch.memberIds ?? []));
      return Object.keys(body).length ? put(id, body) : reads.one(id);
    },
    delete: async (id) => {
      await orNotFound('Project', id, client.write('DELETE', path(id), GauzyAny));
      ctx.snapshots.clear();
    },
    members: {
      add: async (id, userIds) => void (await put(id, await membersBody(id, (current) => [...current, ...userIds]))),
      remove: async (id, userIds) => void (await put(id, await membersBody(id, (current) => current.filter((m) => !userIds.includes(m))))),
    },
  };
}
