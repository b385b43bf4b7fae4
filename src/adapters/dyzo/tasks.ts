/**
 * Tasks visible to the source's employee (admins see every task of the company).
 *   list    GET    /company-tasks/{company_id}/{employee_id}/   (paged to the end, memoised)
 *   get     GET    /api/tasks/{task_id}/ per id, or the list when 3+ ids are asked for
 *   create  POST   /create-task/{assignby_id}/   multipart/form-data, as the docs require
 *   update  PUT    /task/{task_id}/{user_id}/    (PATCH if PUT is refused with 405)
 *   delete  DELETE /api/tasks/{id}               (Dyzo deletes the task's logs with it)
 * The filters run locally: the list's own `search` also matches descriptions, and it takes
 * one project at a time, while the memoised whole list serves every filter and page.
 */
import type { Task } from '../../domain/entities.js';
import { UpstreamError } from '../../domain/errors.js';
import type { EntityHandlers, TaskFilter } from '../contract.js';
import { toDyzoTaskForm, toDyzoTaskPatch, toTask } from './mappers/to-task.js';
import { compareIds } from './paging.js';
import { nameMatches, namedReads, orNotFound, writing, type DyzoContext, type NamedReads } from './support.js';

function matches(filter: TaskFilter, task: Task): boolean {
  if (!nameMatches(filter.search, task.name)) return false;
  if (filter.projectIds?.length && !(task.projectId && filter.projectIds.includes(task.projectId))) return false;
  if (filter.assigneeIds?.length && !task.assigneeIds.some((a) => filter.assigneeIds!.includes(a))) return false;
  if (filter.status && task.status !== filter.status) return false;
  return true;
}

/** The task reads, shared with the time entries (a log's project is its task's). */
export function dyzoTaskReads(ctx: DyzoContext): NamedReads<Task> {
  const { client, source } = ctx;
  return namedReads<Task>(ctx, {
    entity: 'Task',
    memoKey: 'tasks',
    loadAll: async () => (await client.listTasks()).map((t) => toTask(source, t)),
    loadOne: async (id) => toTask(source, await client.getTask(id)),
  });
}

export function dyzoTasks(ctx: DyzoContext, reads: NamedReads<Task>): EntityHandlers<'task'> {
  const { client, source } = ctx;
  const fresh = (id: string) => orNotFound('Task', id, 'read', async () => toTask(source, await client.getTask(id)));

  return {
    list: async (filter, page) => reads.page((await reads.all()).filter((t) => matches(filter, t)), page),
    getMany: reads.getMany,
    create: async (input) => {
      const form = toDyzoTaskForm(input);
      const created = await writing(ctx, () => client.createTask(form));
      if (created) return toTask(source, created);
      // No record in the answer: the newest task of that name in that project is the new one.
      const name = input.name.trim();
      const candidates = (await client.listTasks())
        .map((t) => toTask(source, t))
        .filter((t) => t.name === name && t.projectId === input.projectId)
        .sort((a, b) => compareIds(b.remoteId, a.remoteId));
      if (!candidates[0]) throw new UpstreamError('RESPONSE_VALIDATION_FAILED', source, `dyzo source "${source}": the task was created but is not in the task list`);
      return candidates[0];
    },
    update: async (id, patch) => {
      const body = toDyzoTaskPatch(patch);
      if (!Object.keys(body).length) return fresh(id);
      const updated = await writing(ctx, () => orNotFound('Task', id, 'write', () => client.updateTask(id, body)));
      return updated ? toTask(source, updated) : fresh(id);
    },
    delete: (id) => writing(ctx, () => orNotFound('Task', id, 'write', () => client.deleteTask(id))),
  };
}
