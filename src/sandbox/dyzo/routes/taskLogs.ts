/**
 * Task logs (Dyzo's time entries), from the official "Task Logs" page (the seed):
 *
 *   POST   /tasklog/create/                  single create, snake_case body
 *   POST   /tasklog/new/create/              frontend variant, camelCase body
 *   POST   /tasklogs/bulk/create/{user_id}/  JSON array, camelCase, skips duplicates
 *   GET    /taskLogs/task/{taskId}/          capital L
 *   PUT    /tasklogs/{taskLogId}/            camelCase, full body
 *   DELETE /api/tasklogs/delete/{pk}/
 *
 * The field casing differs per endpoint on purpose: that is what the docs show, and a client
 * that sends the wrong casing gets "<field> is required", as it would from Dyzo.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { domainError, success } from '../envelope.js';
import { paginate } from '../paging.js';
import { param, route } from '../routing.js';
import { taskLogWire } from '../serialize.js';
import { allocateId, findEmployee, findProject, findTask, findTaskLog, type DyzoState, type DyzoTaskLog } from '../state.js';
import { normaliseInstant, parseInstant } from '../time.js';
import { describeIssue, id, instant, jsonBody } from '../validation.js';
import type { DyzoContext } from './context.js';

const snakeCreate = z.object({
  task_id: id,
  employee_id: id,
  start_time: instant,
  end_time: instant,
  description: z.string().optional(),
});

const camelLog = z.object({
  taskId: id,
  userId: id,
  startTime: instant,
  endTime: instant,
  description: z.string().optional(),
  manualAdd: z.boolean().optional(),
});

interface LogInput {
  taskId: number;
  userId: number;
  startTime: string;
  endTime: string;
}

/** Checks what zod cannot: the task and employee exist here and the interval is not empty. */
function checkReferences(state: DyzoState, input: LogInput, names: { start: string; end: string }): string | undefined {
  const task = findTask(state, input.taskId);
  if (!task || !findProject(state, task.projectId)) return 'Task not found';
  const employee = findEmployee(state, input.userId);
  if (!employee) return 'Employee not found';
  if (!employee.isActive) return 'Employee is inactive';
  if (parseInstant(input.endTime)! <= parseInstant(input.startTime)!) return `${names.end} must be after ${names.start}`;
  return undefined;
}

function createLog(
  state: DyzoState,
  input: LogInput & { description?: string | undefined; manualAdd: boolean },
): DyzoTaskLog {
  const log: DyzoTaskLog = {
    id: allocateId(state, 'taskLog'),
    taskId: input.taskId,
    userId: input.userId,
    startTime: normaliseInstant(input.startTime)!,
    endTime: normaliseInstant(input.endTime)!,
    description: input.description ?? '',
    manualAdd: input.manualAdd,
  };
  state.taskLogs.push(log);
  return log;
}

/** "Notifies admins if project allocated hours are exceeded": recorded, the logs are still created. */
function notifyOverAllocation(state: DyzoState, taskIds: Set<number>): void {
  const projectIds = new Set([...taskIds].map((t) => findTask(state, t)?.projectId).filter((p) => p !== undefined));
  for (const projectId of projectIds) {
    const project = findProject(state, projectId);
    if (!project || project.allocated_hours === null) continue;
    const projectTasks = new Set(state.tasks.filter((t) => t.projectId === projectId).map((t) => t.taskId));
    const seconds = state.taskLogs
      .filter((l) => projectTasks.has(l.taskId))
      .reduce((sum, l) => sum + (Date.parse(l.endTime) - Date.parse(l.startTime)) / 1000, 0);
    const logged = Math.round((seconds / 3600) * 100) / 100;
    if (logged <= project.allocated_hours) continue;
    state.adminNotifications.push({
      kind: 'allocated_hours_exceeded',
      projectId,
      allocated_hours: project.allocated_hours,
      logged_hours: logged,
      notified: state.employees.filter((e) => e.isAdmin && e.companyId === state.company.id).map((e) => e._id),
    });
  }
}

const dedupKey = (taskId: number, userId: number, startTime: string) => `${taskId}|${userId}|${parseInstant(startTime)}`;

export function taskLogRoutes({ state }: DyzoContext): SimRoute[] {
  return [
    route('POST', '/tasklog/create/', (req) => {
      const body = jsonBody(req, snakeCreate);
      if (!body.ok) return body.response;
      const b = body.data;
      const input = { taskId: b.task_id, userId: b.employee_id, startTime: b.start_time, endTime: b.end_time };
      const problem = checkReferences(state, input, { start: 'start_time', end: 'end_time' });
      if (problem) return domainError(problem);
      // No duplicate check here: the docs promise it for bulk create only. This endpoint has no
      // manualAdd field; it is the "log time spent" call, so its entries count as manual.
      const log = createLog(state, { ...input, description: b.description, manualAdd: true });
      return success('Task log created successfully', { data: taskLogWire(state, log) });
    }),

    route('POST', '/tasklog/new/create/', (req) => {
      const body = jsonBody(req, camelLog);
      if (!body.ok) return body.response;
      const problem = checkReferences(state, body.data, { start: 'startTime', end: 'endTime' });
      if (problem) return domainError(problem);
      // The frontend posts timer sessions here without manualAdd, hence the timer default.
      const log = createLog(state, { ...body.data, manualAdd: body.data.manualAdd ?? false });
      return success('Task log created successfully', { data: taskLogWire(state, log) });
    }),

    route('POST', '/tasklogs/bulk/create/:user_id/', (req, params) => {
      const userId = param(params, 'user_id');
      if (!findEmployee(state, userId)) return domainError('Employee not found');
      if (req.body === undefined) return domainError('Request body is required');
      if (!Array.isArray(req.body)) return domainError('Request body must be a JSON array of task logs');
      // Validate everything first: a bad item fails the whole request and nothing is written.
      const items: z.output<typeof camelLog>[] = [];
      for (const [i, raw] of req.body.entries()) {
        const parsed = camelLog.safeParse(raw);
        if (!parsed.success) return domainError(`Item ${i}: ${describeIssue(parsed.error, raw)}`);
        if (parsed.data.userId !== userId) return domainError(`Item ${i}: userId must match user_id in the URL`);
        const problem = checkReferences(state, parsed.data, { start: 'startTime', end: 'endTime' });
        if (problem) return domainError(`Item ${i}: ${problem}`);
        items.push(parsed.data);
      }
      // Duplicates = same (taskId, userId, startTime instant), against stored logs and earlier items.
      const seen = new Set(state.taskLogs.map((l) => dedupKey(l.taskId, l.userId, l.startTime)));
      const created: DyzoTaskLog[] = [];
      const skipped: unknown[] = [];
      for (const [i, item] of items.entries()) {
        const key = dedupKey(item.taskId, item.userId, item.startTime);
        if (seen.has(key)) {
          skipped.push(req.body[i]);
          continue;
        }
        seen.add(key);
        created.push(createLog(state, { ...item, manualAdd: item.manualAdd ?? false }));
      }
      notifyOverAllocation(state, new Set(created.map((l) => l.taskId)));
      return success(`${created.length} task logs created, ${skipped.length} duplicates skipped`, {
        created: created.map((l) => taskLogWire(state, l)),
        skipped,
      });
    }),

    route('GET', '/taskLogs/task/:taskId/', (req, params) => {
      const task = findTask(state, param(params, 'taskId'));
      if (!task || !findProject(state, task.projectId)) return domainError('Task not found');
      const logs = state.taskLogs
        .filter((l) => l.taskId === task.taskId)
        .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime) || a.id - b.id);
      const page = paginate(logs, req.query);
      if (!page.ok) return page.response;
      return success('Task logs fetched successfully', { data: page.items.map((l) => taskLogWire(state, l)) }, page.headers);
    }),

    route('PUT', '/tasklogs/:taskLogId/', (req, params) => {
      const log = findTaskLog(state, param(params, 'taskLogId'));
      if (!log) return domainError('Task log not found');
      const body = jsonBody(req, camelLog);
      if (!body.ok) return body.response;
      const problem = checkReferences(state, body.data, { start: 'startTime', end: 'endTime' });
      if (problem) return domainError(problem);
      const b = body.data;
      log.taskId = b.taskId;
      log.userId = b.userId;
      log.startTime = normaliseInstant(b.startTime)!;
      log.endTime = normaliseInstant(b.endTime)!;
      if (b.description !== undefined) log.description = b.description;
      // The docs call this "update a task log entry (manual entry)": an edited entry is manual.
      log.manualAdd = b.manualAdd ?? true;
      return success('Task log updated successfully', { data: taskLogWire(state, log) });
    }),

    route('DELETE', '/api/tasklogs/delete/:pk/', (_req, params) => {
      const log = findTaskLog(state, param(params, 'pk'));
      if (!log) return domainError('Task log not found');
      state.taskLogs.splice(state.taskLogs.indexOf(log), 1);
      return success('Task log deleted successfully');
    }),
  ];
}
