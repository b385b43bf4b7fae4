/**
 * Tasks live under their project in Clockify, and nothing looks a task up by its id alone.
 * Task ids stay plain (no project smuggled into the remote id), so tasks are found through
 * the project catalogue: `GET /projects?hydrated=true` embeds each project's tasks, which
 * reads every task of the workspace in ceil(projects / 200) requests. The catalogue is kept
 * for `cacheTtlSeconds` and dropped on the adapter's own project and task writes.
 *
 * Cost: list ceil(projects / 200) per page (none while the catalogue is warm), or one GET per
 * project with a `projectIds` filter; getMany the catalogue (reloaded once when an id is
 * missing from a kept one); create 1; update and delete the catalogue + 1.
 */
import type { Task } from '../../domain/entities.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { toClockifyTaskCreate, toClockifyTaskUpdate, toTask } from './mappers/to-task.js';
import { byName, keysetByName, matchesSearch } from './paging.js';
import { byId, isNotFound, type ClockifyContext } from './support.js';
import type { ClockifyProject, ClockifyTask } from './types.js';

/** Finds raw tasks by id in the catalogue; a kept catalogue that misses one is reloaded once. */
export async function findTasks(ctx: ClockifyContext, ids: readonly string[]): Promise<Map<string, ClockifyTask>> {
  const search = (projects: ClockifyProject[]) => {
    const found = new Map<string, ClockifyTask>();
    const wanted = new Set(ids);
    for (const project of projects) for (const task of project.tasks ?? []) if (wanted.has(task.id)) found.set(task.id, task);
    return found;
  };
  const { value, fresh } = await ctx.catalog.get();
  const found = search(value);
  if (fresh || found.size === new Set(ids).size) return found;
  ctx.catalog.invalidate();
  return search((await ctx.catalog.get()).value);
}

export async function findTask(ctx: ClockifyContext, id: string): Promise<ClockifyTask> {
  const task = (await findTasks(ctx, [id])).get(id);
  if (!task) throw new NotFoundError('Task', id);
  return task;
}

export function clockifyTasks(ctx: ClockifyContext): EntityHandlers<'task'> {
  const { api, source } = ctx;
  const changed = <T>(value: T): T => {
    ctx.catalog.invalidate();
    return value;
  };

  const projectsFor = async (projectIds: readonly string[] | null | undefined): Promise<ClockifyProject[]> => {
    if (!projectIds?.length) return (await ctx.catalog.get()).value;
    // A filter naming a project that no longer exists matches nothing; it is not an error.
    const loaded = await Promise.all(
      [...new Set(projectIds)].map((id) => api.project(id, true).catch((error: unknown) => (isNotFound(error) ? null : Promise.reject(error)))),
    );
    return loaded.filter((p): p is ClockifyProject => p !== null);
  };

  return {
    list: async (filter, page) => {
      const assignees = filter.assigneeIds?.length ? new Set(filter.assigneeIds) : null;
      const tasks = (await projectsFor(filter.projectIds))
        .flatMap((p) => (p.tasks ?? []).map((t) => toTask({ ...t, projectId: t.projectId || p.id }, source)))
        .filter(
          (t: Task) =>
            matchesSearch(t.name, filter.search) &&
            (!filter.status || t.status === filter.status) &&
            (!assignees || t.assigneeIds.some((a) => assignees.has(a))),
        )
        .sort(byName);
      return keysetByName(tasks, page);
    },

    getMany: async (ids) => {
      const found = await findTasks(ctx, ids);
      return ids.map((id) => {
        const raw = found.get(id);
        return raw ? toTask(raw, source) : new NotFoundError('Task', id);
      });
    },

    create: async (input) => {
      try {
        return changed(toTask(await api.createTask(input.projectId, toClockifyTaskCreate(input)), source));
      } catch (error) {
        if (isNotFound(error)) throw ValidationError.field('input.projectId', `refers to project ${input.projectId}, which does not exist`);
        throw error;
      }
    },

    update: async (id, patch) => {
      const current = await findTask(ctx, id);
      if (patch.projectId && patch.projectId !== current.projectId) {
        throw ValidationError.field('input.projectId', 'Clockify cannot move a task to another project');
      }
      const raw = await byId('Task', id, () => api.updateTask(current.projectId, id, toClockifyTaskUpdate(current, patch)));
      return changed(toTask(raw, source));
    },

    delete: async (id) => {
      const current = await findTask(ctx, id);
      await byId('Task', id, () => api.deleteTask(current.projectId, id));
      changed(undefined);
    },
  };
}
