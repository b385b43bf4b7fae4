/**
 * Projects. Clockify refuses to delete an active project, so delete archives it first.
 *
 * Cost: list 1 per page (0 for a status Clockify cannot hold); getMany the catalogue
 * (ceil((projects + 1) / 200), none while it is kept) + one GET per id it lacks;
 * create 1 (+1 to archive when created ARCHIVED); update 1 PUT, +1 GET when only members
 * change, +1 per direction of member change, +2 for an estimate (PATCH, then a GET to read it
 * back); delete 2 (archive, delete); membership add/remove 1.
 */
import { formatIsoDuration } from '../../domain/duration.js';
import { ValidationError } from '../../domain/errors.js';
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { archivedFor, projectMemberIds, toClockifyProjectCreate, toClockifyProjectPatch, toProject } from './mappers/to-project.js';
import { membershipDiff } from './mappers/to-team.js';
import { matchesSearch, vendorPage } from './paging.js';
import { byId, eachById, inKeyOrder, type ClockifyContext } from './support.js';
import type { ClockifyProject } from './types.js';

export function clockifyProjects(ctx: ClockifyContext): { handlers: EntityHandlers<'project'>; members: MembershipHandlers } {
  const { api, source } = ctx;
  // Tasks are looked up through the catalogue of projects, so project writes refresh it.
  const changed = <T>(value: T): T => {
    ctx.catalog.invalidate();
    return value;
  };

  const handlers: EntityHandlers<'project'> = {
    list: async (filter, page) => {
      let archived: boolean | undefined;
      if (filter.status) {
        if (filter.status !== 'ACTIVE' && filter.status !== 'ARCHIVED') return { items: [], nextPage: null };
        archived = filter.status === 'ARCHIVED';
      }
      const query = {
        'sort-column': 'NAME',
        'sort-order': 'ASCENDING',
        name: filter.search || undefined,
        archived,
        clients: filter.clientIds?.length ? [...new Set(filter.clientIds)] : undefined,
      };
      const clientIds = filter.clientIds?.length ? new Set(filter.clientIds) : null;
      return vendorPage(
        page,
        (p, s) => api.projects(query, p, s),
        (raw) => toProject(raw, source),
        (p) => matchesSearch(p.name, filter.search) && (!clientIds || (p.clientId !== null && clientIds.has(p.clientId))),
      );
    },

    // From the catalogue (one walk serves every project of a page, and the tasks too); a project
    // it lacks (created since, or left out of the listing) is read by id.
    getMany: async (ids) => {
      const { value } = await ctx.catalog.get();
      const found = inKeyOrder('Project', ids, value.map((raw) => toProject(raw, source)));
      const missing = ids.filter((_, i) => found[i] instanceof Error);
      if (missing.length === 0) return found;
      const read = await eachById('Project', missing, async (id) => toProject(await api.project(id), source));
      const readById = new Map(missing.map((id, i) => [id, read[i]!]));
      return ids.map((id, i) => (found[i] instanceof Error ? readById.get(id)! : found[i]!));
    },

    create: async (input) => {
      const archive = archivedFor(input.status, 'input.status');
      let raw = await api.createProject(toClockifyProjectCreate(input));
      if (archive) raw = await api.updateProject(raw.id, { archived: true });
      return changed(toProject(raw, source));
    },

    update: async (id, patch) => {
      const body = toClockifyProjectPatch(patch);
      let raw: ClockifyProject | undefined;
      if (Object.keys(body).length) raw = await byId('Project', id, () => api.updateProject(id, body));
      if (patch.memberIds) {
        const current = raw ?? (await byId('Project', id, () => api.project(id)));
        const diff = membershipDiff(projectMemberIds(current.memberships), patch.memberIds);
        raw = current;
        if (diff.add.length) raw = await api.projectMemberships(id, diff.add, false);
        if (diff.remove.length) raw = await api.projectMemberships(id, diff.remove, true);
      }
      if (patch.estimateSeconds !== undefined) {
        if (patch.estimateSeconds !== null && patch.estimateSeconds < 0) throw ValidationError.field('input.estimateSeconds', 'must not be negative');
        await byId('Project', id, () => api.updateProjectEstimate(id, formatIsoDuration(patch.estimateSeconds ?? 0)));
        raw = undefined;
      }
      return changed(toProject(raw ?? (await byId('Project', id, () => api.project(id))), source));
    },

    delete: async (id) => {
      await byId('Project', id, () => api.updateProject(id, { archived: true }));
      await byId('Project', id, () => api.deleteProject(id));
      changed(undefined);
    },
  };

  const members: MembershipHandlers = {
    add: async (projectId, userIds) => {
      if (userIds.length) await byId('Project', projectId, () => api.projectMemberships(projectId, [...new Set(userIds)], false));
    },
    remove: async (projectId, userIds) => {
      if (userIds.length) await byId('Project', projectId, () => api.projectMemberships(projectId, [...new Set(userIds)], true));
    },
  };
  return { handlers, members };
}
