/**
 * Projects of the configured company.
 *   list    GET  /project/company/{company_id}/   (paged to the end, memoised)
 *   get     from that list: Dyzo documents no single-project read (`/projects/detail/{id}/`
 *           appears only in an outdated URL dump), so getMany costs one list read
 *   create  POST /project-v2/{user_id}/           (user = the source's employeeId)
 * No update or delete: `PUT /project/{id}/` and `DELETE /api/project/delete/{id}/` come only
 * from the outdated URL dump and old docs, not from the v2 reference.
 */
import type { Project } from '../../domain/entities.js';
import { UpstreamError } from '../../domain/errors.js';
import type { EntityHandlers, ProjectFilter } from '../contract.js';
import { toDyzoProjectCreate, toProject } from './mappers/to-project.js';
import { compareIds } from './paging.js';
import { nameMatches, namedReads, writing, type DyzoContext } from './support.js';

function matches(filter: ProjectFilter, project: Project): boolean {
  if (!nameMatches(filter.search, project.name)) return false;
  if (filter.clientIds?.length && !(project.clientId && filter.clientIds.includes(project.clientId))) return false;
  if (filter.status && project.status !== filter.status) return false;
  return true;
}

export function dyzoProjects(ctx: DyzoContext): EntityHandlers<'project'> {
  const { client, source } = ctx;
  const loadAll = async () => (await client.listProjects()).map((p) => toProject(source, p));
  const reads = namedReads<Project>(ctx, { entity: 'Project', memoKey: 'projects', loadAll });

  return {
    list: async (filter, page) => reads.page((await reads.all()).filter((p) => matches(filter, p)), page),
    getMany: reads.getMany,
    create: async (input) => {
      const body = toDyzoProjectCreate(input, client.companyId);
      const created = await writing(ctx, () => client.createProject(body));
      if (created) return toProject(source, created);
      // No record in the answer: the newest project of that name is the one just made.
      const named = (await loadAll()).filter((p) => p.name === body.name).sort((a, b) => compareIds(b.remoteId, a.remoteId));
      if (!named[0]) throw new UpstreamError('RESPONSE_VALIDATION_FAILED', source, `dyzo source "${source}": the project was created but is not in the project list`);
      return named[0];
    },
  };
}
