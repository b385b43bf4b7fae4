/** Tasks = Gauzy tasks (`/tasks`); assignees are the employees in `members`. */
import type { EntityHandlers } from '../contract.js';
import { toGauzyTaskBody, toTask } from './mappers/to-task.js';
import { nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyTask } from './types.js';

const RELATIONS = { 'relations[]': ['members'] };

export function gauzyTasks(ctx: GauzyContext): EntityHandlers<'task'> {
  const { client, source } = ctx;
  const path = (id: string) => `/tasks/${client.seg(id)}`;
  const reads = namedReads(ctx, {
    kind: 'task',
    label: 'Task',
    loadAll: () => client.listAll('/tasks', GauzyTask, RELATIONS),
    loadOne: (id) => client.get(path(id), GauzyTask, RELATIONS),
    toEntity: (raw) => toTask(source, raw),
    matches: (filter, t) =>
      nameMatches(filter, t.name) &&
      (!filter.projectIds?.length || (t.projectId !== null && filter.projectIds.includes(t.projectId))) &&
      (!filter.assigneeIds?.length || t.assigneeIds.some((a) => filter.assigneeIds!.includes(a))) &&
      (!filter.status || t.status === filter.status),
  });
  const settle = async (id: string, answer: GauzyTask) => {
    ctx.snapshots.clear();
    return answer.members ? toTask(source, answer) : reads.one(id);
  };
  return {
    ...reads,
    create: async (input) => {
      const created = await client.write('POST', '/tasks', GauzyTask, { body: toGauzyTaskBody(input) });
      return settle(created.id, created);
    },
    update: async (id, patch) => {
      const body = toGauzyTaskBody(patch);
      if (!Object.keys(body).length) return reads.one(id);
      return settle(id, await orNotFound('Task', id, client.write('PUT', path(id), GauzyTask, { body })));
    },
    delete: async (id) => {
      await orNotFound('Task', id, client.write('DELETE', path(id), GauzyAny));
      ctx.snapshots.clear();
    },
  };
}
