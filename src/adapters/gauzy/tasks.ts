/**
 * Tasks = Gauzy tasks (`/tasks`); assignees are the employees in `members`.
 * `title` and `status` are both required (task.entity.ts: @IsNotEmpty @IsString), and
 * `UpdateTaskDTO extends CreateTaskDTO` (tasks/dto/update-task.dto.ts), so an update is the
 * whole task: the current one, read first, with the patch applied.
 */
import type { EntityHandlers } from '../contract.js';
import { gauzyTaskFields, toGauzyTaskBody, toTask } from './mappers/to-task.js';
import { NotFoundError } from '../../domain/errors.js';
import { inOrganization, nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyTask } from './types.js';

const RELATIONS = { 'relations[]': ['members'] };

export function gauzyTasks(ctx: GauzyContext): EntityHandlers<'task'> {
  const { client, source } = ctx;
  const path = (id: string) => `/tasks/${client.seg(id)}`;
  const reads = namedReads(ctx, {
    kind: 'task',
    label: 'Task',
    // task.service.ts `findAll` → CrudService.findAll: `skip` is an offset.
    loadAll: () => client.listAll('/tasks', GauzyTask, RELATIONS, 'offset'),
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
      // A new task without a status is new work: Gauzy's `open`.
      const body = { status: 'open', ...toGauzyTaskBody(input) };
      const created = await client.write('POST', '/tasks', GauzyTask, { body });
      return settle(created.id, created);
    },
    update: async (id, patch) => {
      const changes = toGauzyTaskBody(patch);
      if (!Object.keys(changes).length) return reads.one(id);
      const current = await orNotFound('Task', id, client.get(path(id), GauzyTask, RELATIONS));
      if (!inOrganization(ctx, current)) throw new NotFoundError('Task', id);
      const body = { ...gauzyTaskFields(current), ...changes };
      return settle(id, await orNotFound('Task', id, client.write('PUT', path(id), GauzyTask, { body })));
    },
    delete: async (id) => {
      await orNotFound('Task', id, client.write('DELETE', path(id), GauzyAny));
      ctx.snapshots.clear();
    },
  };
}
