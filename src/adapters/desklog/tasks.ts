/**
 * Tasks. The `task` list holds only id, title and status, in id order, with no project or
 * assignee filter. A list reads every row (ceil((n + 1) / pageLimit) requests, memoised),
 * filters by title and status, orders by name, cuts the page and reads `task/{id}` for each
 * task on it (pageSize requests, memoised). A project or assignee filter needs the details of
 * every candidate first (one request per task). getMany is 1 request per id.
 *
 * Writes: create 2 (POST task, then the details); update 1 PATCH + 1 re-read, + 1 read first
 * when the patch names a project or status; delete 1.
 *
 * Status: Desklog changes a task's status only through its timer (`task_status_change`):
 * IN_PROGRESS is written as `start` (Desklog starts tracking the task's time), TODO as
 * `pause` (tracking stops, the task stays open) and DONE as `stop` (the task is completed).
 * No other status can be written.
 */
import type { Task } from '../../domain/entities.js';
import type { TaskStatus } from '../../domain/enums.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { isDesklogId } from './endpoints.js';
import { desklogTaskStatus, toDesklogTaskCreate, toDesklogTaskPatch, toTask } from './mappers/to-task.js';
import { idText } from './mappers/values.js';
import { mapLimit, nameMatches, orNotFound, PARALLEL_READS, pageByName, perKey, writing, type DesklogContext } from './support.js';
import type { DesklogTaskRow } from './types.js';

type StatusAction = 'start' | 'pause' | 'stop';

const STATUS_ACTIONS: Partial<Record<TaskStatus, StatusAction>> = { IN_PROGRESS: 'start', TODO: 'pause', DONE: 'stop' };

/** The timer action that writes a status; other statuses cannot be written on Desklog. */
function statusAction(status: TaskStatus | null | undefined, path: string): StatusAction | null {
  if (status === undefined || status === null) return null;
  const action = STATUS_ACTIONS[status];
  if (!action) throw ValidationError.field(path, 'Desklog sets a task status only through its timer: IN_PROGRESS (start), TODO (pause) or DONE (stop)');
  return action;
}

export function desklogTasks(ctx: DesklogContext): EntityHandlers<'task'> {
  const detail = (id: string) => orNotFound('Task', id, () => ctx.api.task(id));
  const fresh = async (id: string): Promise<Task> => toTask(ctx.source, id, await detail(id));
  const one = async (id: string): Promise<Task> => {
    if (!isDesklogId(id)) throw new NotFoundError('Task', id);
    // The memo holds Desklog's record and each read maps a new object. The gateway's loaders
    // brand what they load with its GraphQL type; a shared instance, once loaded as a node, made
    // deleteTask (which answers the task as it was) resolve its union to "Task" instead of
    // DeleteTaskSuccess (issue #15 item 5).
    return toTask(ctx.source, id, await ctx.memo.get(`task:${id}`, () => detail(id)));
  };
  /** Details of many tasks; ones deleted since the list was read are dropped. */
  const hydrate = async (rows: readonly DesklogTaskRow[]): Promise<Task[]> => {
    const tasks = await mapLimit(rows, PARALLEL_READS, (row) =>
      one(idText(row.id)).catch((e: unknown) => (e instanceof NotFoundError ? null : Promise.reject(e))),
    );
    return tasks.filter((t): t is Task => t !== null);
  };
  // A task already in the asked state ("already stopped", "already running") is where it should be.
  const changeStatus = (id: string, action: StatusAction) =>
    orNotFound('Task', id, () => ctx.api.taskStatusChange(Number(id), action)).catch((error: unknown) => {
      if (error instanceof UpstreamError && /already (stopped|completed|started|running|paused)/i.test(error.message)) return undefined;
      throw error;
    });

  return {
    list: async (filter, page) => {
      const rows = (await ctx.memo.get('tasks', () => ctx.api.tasks())).filter(
        (r) => nameMatches(filter.search, r.task_title ?? '') && (!filter.status || desklogTaskStatus(r.current_status).value === filter.status),
      );
      const name = (r: DesklogTaskRow) => r.task_title ?? '';
      const rowId = (r: DesklogTaskRow) => idText(r.id);
      const projects = filter.projectIds?.length ? new Set(filter.projectIds) : null;
      const assignees = filter.assigneeIds?.length ? new Set(filter.assigneeIds) : null;
      if (projects || assignees) {
        const matching = (await hydrate(rows)).filter(
          (t) => (!projects || (t.projectId !== null && projects.has(t.projectId))) && (!assignees || t.assigneeIds.some((a) => assignees.has(a))),
        );
        return pageByName('task', matching, page, (t) => t.name, (t) => t.remoteId);
      }
      const cut = pageByName('task', rows, page, name, rowId);
      return { items: await hydrate(cut.items), nextPage: cut.nextPage };
    },

    getMany: (ids) => perKey(ids, one),

    create: (input) =>
      writing(ctx, async () => {
        // A new task is open (TODO); any other status is then set through the timer.
        const action = input.status && input.status !== 'TODO' ? statusAction(input.status, 'input.status') : null;
        const { data } = await ctx.api.taskCreate(toDesklogTaskCreate(input));
        const id = idText(data.task_id);
        if (action) await changeStatus(id, action);
        return fresh(id);
      }),

    update: (id, patch) =>
      writing(ctx, async () => {
        if (!isDesklogId(id)) throw new NotFoundError('Task', id);
        // Validate everything before the first write, so a refused patch changes nothing.
        const body = toDesklogTaskPatch(patch);
        if (patch.status === null) throw ValidationError.field('input.status', 'a task status cannot be cleared');
        let action: StatusAction | null = null;
        if (patch.projectId !== undefined || patch.status !== undefined) {
          const current = await fresh(id);
          if (patch.projectId !== undefined && patch.projectId !== current.projectId) {
            throw ValidationError.field('input.projectId', 'Desklog cannot move a task to another project');
          }
          action = patch.status !== current.status ? statusAction(patch.status, 'input.status') : null;
        }
        if (Object.keys(body).length) await orNotFound('Task', id, () => ctx.api.taskUpdate(id, body));
        if (action) await changeStatus(id, action);
        return fresh(id);
      }),

    delete: (id) =>
      writing(ctx, async () => {
        if (!isDesklogId(id)) throw new NotFoundError('Task', id);
        await orNotFound('Task', id, () => ctx.api.taskDelete(id));
      }),
  };
}
