import type { Task } from '../../domain/entities.js';
import type { Priority, TaskStatus } from '../../domain/enums.js';
import { ConflictError } from '../../domain/errors.js';
import type { TasksTable } from '../../store/schema.js';
import type { EntityHandlers } from '../contract.js';
import { listByName } from './by-name.js';
import { assertExists, deleteRow, groupLinks, inKeyOrder, iso, newId, reload, shownId, type Db, type NativeContext } from './support.js';

async function toTasks(ctx: NativeContext, db: Db, rows: TasksTable[]): Promise<Task[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const links = await db.selectFrom('task_assignees').selectAll().where('task_id', 'in', ids).orderBy('user_id').execute();
  const assignees = groupLinks(links, (l) => l.task_id, (l) => l.user_id);
  // Tracked time is derived from the entries, so it can never disagree with them.
  const entries = await db.selectFrom('time_entries').select(['task_id', 'start_at', 'end_at']).where('task_id', 'in', ids).execute();
  const now = ctx.now().getTime();
  const tracked = new Map<string, number>();
  for (const e of entries) {
    const seconds = Math.max(0, Math.round(((e.end_at ? Date.parse(e.end_at) : now) - Date.parse(e.start_at)) / 1000));
    tracked.set(e.task_id!, (tracked.get(e.task_id!) ?? 0) + seconds);
  }
  return rows.map((r) => ({
    source: ctx.source,
    remoteId: r.id,
    raw: r,
    name: r.name,
    description: r.description,
    projectId: r.project_id,
    status: r.status as TaskStatus,
    statusLabel: null,
    priority: r.priority as Priority | null,
    priorityLabel: null,
    assigneeIds: assignees.get(r.id) ?? [],
    estimateSeconds: r.estimate_seconds,
    trackedSeconds: tracked.get(r.id) ?? 0,
  }));
}

async function setAssignees(db: Db, taskId: string, userIds: readonly string[]) {
  await assertExists(db, 'users', userIds, 'input.assigneeIds');
  await db.deleteFrom('task_assignees').where('task_id', '=', taskId).execute();
  const unique = [...new Set(userIds)];
  if (unique.length) await db.insertInto('task_assignees').values(unique.map((user_id) => ({ task_id: taskId, user_id }))).execute();
}

export function nativeTasks(ctx: NativeContext): EntityHandlers<'task'> {
  const { db } = ctx;
  const load = async (ids: readonly string[]) =>
    toTasks(ctx, db, await db.selectFrom('tasks').selectAll().where('id', 'in', [...ids]).execute());
  return {
    list: (filter, page) =>
      listByName<TasksTable, Task>(db, 'tasks', page, filter.search, (q) => {
        if (filter.projectIds?.length) q = q.where('project_id', 'in', filter.projectIds);
        if (filter.status) q = q.where('status', '=', filter.status);
        if (filter.assigneeIds?.length) {
          q = q.where('id', 'in', (eb: any) => eb.selectFrom('task_assignees').select('task_id').where('user_id', 'in', filter.assigneeIds));
        }
        return q;
      }, (rows) => toTasks(ctx, db, rows)),
    getMany: async (ids) => inKeyOrder('Task', ids, await load(ids)),
    create: async (input) => {
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await assertExists(trx, 'projects', [input.projectId], 'input.projectId');
        await trx.insertInto('tasks').values({
          id,
          name: input.name,
          description: input.description ?? null,
          project_id: input.projectId,
          status: input.status ?? 'TODO',
          priority: input.priority ?? null,
          estimate_seconds: input.estimateSeconds ?? null,
          created_at: iso(ctx.now()),
        }).execute();
        await setAssignees(trx, id, input.assigneeIds ?? []);
      });
      return reload('Task', id, load);
    },
    update: async (id, patch) => {
      await db.transaction().execute(async (trx) => {
        await assertExists(trx, 'tasks', [id], 'input.id');
        const values: Partial<TasksTable> = {};
        if (patch.projectId) {
          await assertExists(trx, 'projects', [patch.projectId], 'input.projectId');
          const used = await trx.selectFrom('time_entries').select('id').where('task_id', '=', id).where('project_id', '!=', patch.projectId).limit(1).execute();
          if (used.length) throw new ConflictError(`Task ${shownId(ctx, 'Task', id)} has time entries on its current project; it cannot move`);
          values.project_id = patch.projectId;
        }
        if (patch.name) values.name = patch.name;
        if (patch.description !== undefined) values.description = patch.description;
        if (patch.status) values.status = patch.status;
        if (patch.priority !== undefined) values.priority = patch.priority;
        if (patch.estimateSeconds !== undefined) values.estimate_seconds = patch.estimateSeconds;
        if (Object.keys(values).length) await trx.updateTable('tasks').set(values).where('id', '=', id).execute();
        if (patch.assigneeIds) await setAssignees(trx, id, patch.assigneeIds);
      });
      return reload('Task', id, load);
    },
    delete: async (id) => {
      const entries = await db.selectFrom('time_entries').select('id').where('task_id', '=', id).limit(1).execute();
      if (entries.length) throw new ConflictError(`Task ${shownId(ctx, 'Task', id)} has time entries; delete or move them first`);
      await deleteRow(db, 'tasks', 'Task', id);
    },
  };
}
