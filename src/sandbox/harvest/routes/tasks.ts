/** Tasks (https://help.getharvest.com/api-v2/tasks-api/tasks/tasks/): account-wide, not per project. */
import type { SimRoute } from '../../kit.js';
import { created, ok, paginate, route, unprocessable } from '../envelope.js';
import { optBool, optNumber, optString, pathId, readBody } from '../input.js';
import type { StoredTask } from '../state.js';
import { taskView } from '../views.js';
import { activeAndSince, findOr404, newestFirst, pageContext, requireManager, V2, type RouteContext } from './context.js';

export function taskRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const find = (id: number | null): StoredTask => findOr404(state.tasks, id);
  return [
    route('GET', `${V2}/tasks`, (req) => {
      requireManager(ctx, req);
      const items = state.tasks.filter(activeAndSince(req)).sort(newestFirst);
      return paginate('tasks', items, taskView, pageContext(req, true));
    }),

    route('GET', `${V2}/tasks/:id`, (req) => {
      requireManager(ctx, req);
      return ok(taskView(find(pathId(req))));
    }),

    route('POST', `${V2}/tasks`, (req) => {
      requireManager(ctx, req);
      const body = readBody(req);
      const name = optString(body, 'name');
      if (!name) throw unprocessable("Name can't be blank");
      if (state.tasks.some((t) => t.name === name)) throw unprocessable('Name has already been taken');
      const now = state.now();
      const task: StoredTask = {
        id: state.nextId(),
        name,
        billableByDefault: optBool(body, 'billable_by_default') ?? true,
        defaultHourlyRate: optNumber(body, 'default_hourly_rate') ?? 0,
        isDefault: optBool(body, 'is_default') ?? false,
        isActive: optBool(body, 'is_active') ?? true,
        createdAt: now,
        updatedAt: now,
      };
      state.tasks.push(task);
      return created(taskView(task));
    }),

    route('PATCH', `${V2}/tasks/:id`, (req) => {
      requireManager(ctx, req);
      const task = find(pathId(req));
      const body = readBody(req);
      const name = optString(body, 'name');
      if (name === null || name === '') throw unprocessable("Name can't be blank");
      if (name !== undefined) task.name = name;
      task.billableByDefault = optBool(body, 'billable_by_default') ?? task.billableByDefault;
      task.isDefault = optBool(body, 'is_default') ?? task.isDefault;
      task.isActive = optBool(body, 'is_active') ?? task.isActive;
      task.defaultHourlyRate = optNumber(body, 'default_hourly_rate') ?? task.defaultHourlyRate;
      task.updatedAt = state.now();
      return ok(taskView(task));
    }),

    // A task with tracked time is refused (unverified: the Tasks page of the docs copy we read
    // has no "Delete a task" section; Harvest's UI refuses it, so the simulator does too).
    route('DELETE', `${V2}/tasks/:id`, (req) => {
      requireManager(ctx, req);
      const task = find(pathId(req));
      if (state.timeEntries.some((e) => e.taskId === task.id)) {
        throw unprocessable('This task is not removable. It still has time entries or expenses.');
      }
      state.tasks.splice(state.tasks.indexOf(task), 1);
      state.taskAssignments = state.taskAssignments.filter((a) => a.taskId !== task.id);
      return { status: 200 };
    }),
  ];
}
