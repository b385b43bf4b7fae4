import type { Project } from '../../domain/entities.js';
import type { ProjectStatus } from '../../domain/enums.js';
import { ConflictError } from '../../domain/errors.js';
import type { ProjectsTable } from '../../store/schema.js';
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { listByName } from './by-name.js';
import { assertExists, bool, deleteRow, groupLinks, inKeyOrder, iso, newId, reload, shownId, type Db, type NativeContext } from './support.js';

async function toProjects(db: Db, source: string, rows: ProjectsTable[]): Promise<Project[]> {
  if (!rows.length) return [];
  const links = await db.selectFrom('project_members').selectAll().where('project_id', 'in', rows.map((r) => r.id)).orderBy('user_id').execute();
  const members = groupLinks(links, (l) => l.project_id, (l) => l.user_id);
  return rows.map((r) => ({
    source,
    remoteId: r.id,
    raw: r,
    name: r.name,
    clientId: r.client_id,
    billable: r.billable === 1,
    status: r.status as ProjectStatus,
    statusLabel: null,
    color: r.color,
    memberIds: members.get(r.id) ?? [],
    estimateSeconds: r.estimate_seconds,
  }));
}

async function addMembers(db: Db, projectId: string, userIds: readonly string[]) {
  const existing = await db.selectFrom('project_members').select('user_id').where('project_id', '=', projectId).execute();
  const have = new Set(existing.map((e) => e.user_id));
  const fresh = [...new Set(userIds)].filter((u) => !have.has(u));
  if (fresh.length) await db.insertInto('project_members').values(fresh.map((user_id) => ({ project_id: projectId, user_id }))).execute();
}

export function nativeProjects(ctx: NativeContext): EntityHandlers<'project'> {
  const { db, source } = ctx;
  const load = async (ids: readonly string[]) =>
    toProjects(db, source, await db.selectFrom('projects').selectAll().where('id', 'in', [...ids]).execute());
  return {
    list: (filter, page) =>
      listByName<ProjectsTable, Project>(db, 'projects', page, filter.search, (q) => {
        if (filter.clientIds?.length) q = q.where('client_id', 'in', filter.clientIds);
        if (filter.status) q = q.where('status', '=', filter.status);
        return q;
      }, (rows) => toProjects(db, source, rows)),
    getMany: async (ids) => inKeyOrder('Project', ids, await load(ids)),
    create: async (input) => {
      const id = newId();
      await db.transaction().execute(async (trx) => {
        if (input.clientId) await assertExists(trx, 'clients', [input.clientId], 'input.clientId');
        await assertExists(trx, 'users', input.memberIds ?? [], 'input.memberIds');
        await trx.insertInto('projects').values({
          id,
          name: input.name,
          client_id: input.clientId ?? null,
          billable: bool(input.billable),
          status: input.status ?? 'ACTIVE',
          color: input.color ?? null,
          estimate_seconds: input.estimateSeconds ?? null,
          created_at: iso(ctx.now()),
        }).execute();
        await addMembers(trx, id, input.memberIds ?? []);
      });
      return reload('Project', id, load);
    },
    update: async (id, patch) => {
      await db.transaction().execute(async (trx) => {
        await assertExists(trx, 'projects', [id], 'input.id');
        if (patch.clientId) await assertExists(trx, 'clients', [patch.clientId], 'input.clientId');
        const values: Partial<ProjectsTable> = {};
        if (patch.name) values.name = patch.name;
        if (patch.clientId !== undefined) values.client_id = patch.clientId;
        if (patch.billable !== undefined && patch.billable !== null) values.billable = bool(patch.billable);
        if (patch.status) values.status = patch.status;
        if (patch.color !== undefined) values.color = patch.color;
        if (patch.estimateSeconds !== undefined) values.estimate_seconds = patch.estimateSeconds;
        if (Object.keys(values).length) await trx.updateTable('projects').set(values).where('id', '=', id).execute();
        if (patch.memberIds) {
          await assertExists(trx, 'users', patch.memberIds, 'input.memberIds');
          await trx.deleteFrom('project_members').where('project_id', '=', id).execute();
          await addMembers(trx, id, patch.memberIds);
        }
      });
      return reload('Project', id, load);
    },
    delete: async (id) => {
      // Tracked time is never orphaned; tasks and memberships go with the project.
      const entries = await db.selectFrom('time_entries').select('id').where('project_id', '=', id).limit(1).execute();
      if (entries.length) throw new ConflictError(`Project ${shownId(ctx, 'Project', id)} has time entries; delete or move them first`);
      await deleteRow(db, 'projects', 'Project', id);
    },
  };
}

export function nativeProjectMembers(ctx: NativeContext): MembershipHandlers {
  return {
    add: (projectId, userIds) =>
      ctx.db.transaction().execute(async (trx) => {
        await assertExists(trx, 'projects', [projectId], 'input.projectId');
        await assertExists(trx, 'users', userIds, 'input.userIds');
        await addMembers(trx, projectId, userIds);
      }),
    remove: async (projectId, userIds) => {
      await assertExists(ctx.db, 'projects', [projectId], 'input.projectId');
      if (userIds.length) await ctx.db.deleteFrom('project_members').where('project_id', '=', projectId).where('user_id', 'in', userIds).execute();
    },
  };
}
