/**
 * Projects. `project` lists rows without members or allocation, in id order, so a list reads
 * every row (ceil((n + 1) / pageLimit) requests, memoised), filters and orders them by name,
 * cuts the page, and reads `project/{id}` for each project on it (pageSize requests, memoised):
 * list and get then show the same project. getMany is 1 request per id; create 2 (POST, then
 * the details); delete 1. Desklog has no project update, so there is no update handler.
 */
import type { Project } from '../../domain/entities.js';
import { NotFoundError, UnsupportedOperationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { idText } from './mappers/values.js';
import { isDesklogId } from './endpoints.js';
import { toDesklogProjectCreate, toProject } from './mappers/to-project.js';
import { mapLimit, nameMatches, orNotFound, PARALLEL_READS, pageByName, perKey, writing, type DesklogContext } from './support.js';

export function desklogProjects(ctx: DesklogContext): EntityHandlers<'project'> {
  const one = (id: string): Promise<Project> => {
    if (!isDesklogId(id)) return Promise.reject(new NotFoundError('Project', id));
    // The memo holds Desklog's record and each read maps a new object: the gateway's loaders
    // brand what they load with its GraphQL type, and a shared instance then answers a later
    // mutation union (deleteProject returns the project as it was) as "Project", not its success.
    return ctx.memo.get(`project:${id}`, () => orNotFound('Project', id, () => ctx.api.project(id))).then((raw) => toProject(ctx.source, raw));
  };

  return {
    list: async (filter, page) => {
      if (filter.clientIds?.length) {
        // Desklog never shows which client a project belongs to, so this filter cannot be honoured.
        throw new UnsupportedOperationError('desklog', ctx.source, 'filtering projects by client');
      }
      const rows = (await ctx.memo.get('projects', () => ctx.api.projects()))
        .map((row) => toProject(ctx.source, row))
        .filter((p) => nameMatches(filter.search, p.name) && (!filter.status || p.status === filter.status));
      const cut = pageByName('project', rows, page, (p) => p.name, (p) => p.remoteId);
      const items = await mapLimit(cut.items, PARALLEL_READS, (p) => one(p.remoteId).catch((e: unknown) => (e instanceof NotFoundError ? null : Promise.reject(e))));
      // A project deleted between the two reads is left out; the token still points past it.
      return { items: items.filter((p): p is Project => p !== null), nextPage: cut.nextPage };
    },

    getMany: (ids) => perKey(ids, one),

    create: (input) =>
      writing(ctx, async () => {
        const { data } = await ctx.api.projectCreate(toDesklogProjectCreate(input));
        const id = idText(data.project_id);
        return toProject(ctx.source, await ctx.api.project(id));
      }),

    delete: (id) =>
      writing(ctx, async () => {
        if (!isDesklogId(id)) throw new NotFoundError('Project', id);
        // Desklog deletes the project's tasks with it.
        await orNotFound('Project', id, () => ctx.api.projectDelete(id));
      }),
  };
}
