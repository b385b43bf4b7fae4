/**
 * Tasks (seed; docs §3.1): list, read, create, update (everything except `name`), delete.
 *
 * TimeTrack tasks are global activity types, not work items of a project: an entry names a
 * project and, separately, a task. So the `projectId` a create requires is checked to exist
 * (one read) but cannot be stored, and the task reads back with `projectId: null`. Tasks have
 * no workflow: they read as TODO, and any other status is refused. Priority, assignees and
 * estimates have no TimeTrack field and are not stored.
 */
import { ValidationError } from '../../domain/errors.js';
import type { TaskStatus } from '../../domain/enums.js';
import type { EntityHandlers } from '../contract.js';
import { toTask } from './mappers/to-task.js';
import { pageByName } from './paging.js';
import { afterWrite, allTasks, getBatch, nameMatches, onRecord, PATHS, readOne, recordPath, referenced, type TimeTrackContext } from './support.js';
import { TimeTrackProject, TimeTrackTask } from './types.js';

const LABEL = 'Task';

function refuseStatus(status: TaskStatus | null | undefined): void {
  if (status && status !== 'TODO') throw ValidationError.field('input.status', `${status} cannot be stored on TimeTrack: its tasks have no status`);
}

export function timeTrackTasks(ctx: TimeTrackContext): EntityHandlers<'task'> {
  const { client, source } = ctx;
  const map = async (raws: TimeTrackTask[]) => raws.map((r) => toTask(source, r));

  return {
    list: async (filter, page) => {
      // Global tasks belong to no project and have no assignees, so such filters match none.
      if (filter.projectIds?.length || filter.assigneeIds?.length) return { items: [], nextPage: null };
      const tasks = (await allTasks(ctx)).map((r) => toTask(source, r));
      return pageByName(tasks.filter((t) => nameMatches(filter.search, t.name) && (!filter.status || t.status === filter.status)), page);
    },

    getMany: (ids) =>
      getBatch(ctx, { label: LABEL, collection: PATHS.task, schema: TimeTrackTask, all: { peek: () => ctx.memo.peek<TimeTrackTask[]>('tasks'), load: () => allTasks(ctx) }, map }, ids),

    create: async (input) => {
      refuseStatus(input.status);
      await referenced(ctx, PATHS.project, TimeTrackProject, 'Project', input.projectId, 'input.projectId');
      const body: Record<string, unknown> = { name: input.name };
      if (input.description) body['notes'] = input.description;
      try {
        return toTask(source, await client.write('POST', PATHS.task, TimeTrackTask, body));
      } finally {
        afterWrite(ctx);
      }
    },

    update: async (id, patch) => {
      if (patch.name !== undefined) throw ValidationError.field('input.name', 'cannot be changed on TimeTrack: a task keeps its name (PUT /tasks/{id} updates everything except the name)');
      if (patch.projectId !== undefined) throw ValidationError.field('input.projectId', 'cannot be set on TimeTrack: its tasks are global, not part of a project');
      refuseStatus(patch.status);
      if (patch.description === undefined) return toTask(source, await readOne(ctx, PATHS.task, TimeTrackTask, LABEL, id));
      try {
        const raw = await onRecord(LABEL, id, () => client.write('PUT', recordPath(PATHS.task, id), TimeTrackTask, { notes: patch.description }));
        return toTask(source, raw);
      } finally {
        afterWrite(ctx);
      }
    },

    delete: async (id) => {
      try {
        await onRecord(LABEL, id, () => client.remove(recordPath(PATHS.task, id)));
      } finally {
        afterWrite(ctx);
      }
    },
  };
}
