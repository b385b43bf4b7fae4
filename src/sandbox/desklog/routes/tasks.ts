/**
 * Tasks: `GET task` (paged, newest first as in the sample), `GET task/{id}`, `POST task`
 * (printed as PATCH, note C), `PATCH task/{id}`, `DELETE task/{id}`.
 *
 * Create and update name the same things differently (`assignee` / `assigned_to`,
 * `priority_id` number / `priority` string); each operation reads only its own names, and
 * unknown fields are ignored, so an adapter mixing them up sees no change.
 */
import { DesklogError, guarded, ok, okBare } from '../envelope.js';
import { PRIORITY_NAMES, TASK_STATUS, isPriorityId, prettySeconds, priorityName } from '../format.js';
import { type Body, objectBody, page, pathId, readAmount, readDate, readFlag, readInt, readString } from '../input.js';
import type { DesklogState, DesklogTask, PriorityId } from '../state.js';
import { takeId, trackedSeconds } from '../state.js';
import type { DesklogRoute } from './types.js';

export function findTask(state: DesklogState, id: number): DesklogTask {
  const task = state.tasks.find((t) => t.id === id);
  if (!task) throw new DesklogError('Task not found');
  return task;
}

/** Task types: 1 normal and 4 bug are documented; 2 and 3 exist by numbering but are unnamed. */
function readTaskType(body: Body): number | undefined {
  const type = readInt(body, 'task_type');
  if (type !== undefined && (type < 1 || type > 4)) throw new DesklogError('The selected task type is invalid.');
  return type;
}

function requireUser(state: DesklogState, id: number | undefined, field: string): void {
  if (id !== undefined && !state.users.some((u) => u.id === id)) throw new DesklogError(`The selected ${field} is invalid.`);
}

/** Update's `priority` is a string: the id ("2") or the name ("Intermediate"). */
function parsePriorityString(value: string): PriorityId {
  const trimmed = value.trim();
  const byId = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (isPriorityId(byId)) return byId;
  for (const [id, name] of Object.entries(PRIORITY_NAMES)) {
    const n = Number(id);
    if (name.toLowerCase() === trimmed.toLowerCase() && isPriorityId(n)) return n;
  }
  throw new DesklogError('The selected priority is invalid.');
}

/** Seconds still allocatable in the project, or Infinity when it has no allocation. */
function remainingAllocation(state: DesklogState, projectId: number, exceptTaskId?: number): number {
  const project = state.projects.find((p) => p.id === projectId);
  if (!project || project.project_estimated_hours === null) return Infinity;
  const used = state.tasks
    .filter((t) => t.project_id === projectId && t.id !== exceptTaskId)
    .reduce((sum, t) => sum + t.time_allocated_sec, 0);
  return project.project_estimated_hours * 3600 - used;
}

function checkDates(start: string | null, end: string | null): void {
  if (start !== null && end !== null && end < start) {
    throw new DesklogError('The end date must be a date after or equal to start date.');
  }
}

export function taskRoutes(state: DesklogState): DesklogRoute[] {
  const list = guarded((req) =>
    ok(
      'success',
      page(
        [...state.tasks].sort((a, b) => b.id - a.id),
        req,
      ).map((t) => ({ id: t.id, task_title: t.task_title, basic_status_id: t.basic_status_id, current_status: t.current_status })),
    ),
  );

  const details = guarded((req) => {
    const t = findTask(state, pathId(req, 'Task'));
    const spent = trackedSeconds(state, t);
    // No `id` in the details object, exactly as documented.
    return ok('success', {
      task_title: t.task_title,
      description: t.description,
      project_id: t.project_id,
      assigned_to: t.assigned_to,
      reporter_id: t.reporter_id,
      task_type_id: t.task_type_id,
      priority_id: t.priority_id,
      priority: priorityName(t.priority_id),
      current_status: t.current_status,
      time_spend_in_sec: spent,
      time_allocated_sec: t.time_allocated_sec,
      time_allocated_pretty: prettySeconds(t.time_allocated_sec),
      task_exceeded: t.time_allocated_sec > 0 && spent > t.time_allocated_sec,
      is_billable: t.is_billable,
    });
  });

  const create = guarded((req) => {
    const body = objectBody(req);
    // No field is marked required; title and project are required in practice (assumption).
    const title = readString(body, 'task_title', true).trim();
    const projectId = readInt(body, 'project_id', true);
    const assignee = readInt(body, 'assignee');
    const assignedTime = readAmount(body, 'assigned_time');
    const taskType = readTaskType(body);
    const billable = readFlag(body, 'is_billable');
    const description = readString(body, 'description');
    const priorityId = readInt(body, 'priority_id');
    const startDate = readDate(body, 'start_date') ?? null;
    const endDate = readDate(body, 'end_date') ?? null;
    if (!state.projects.some((p) => p.id === projectId)) throw new DesklogError('The selected project id is invalid.');
    requireUser(state, assignee, 'assignee');
    if (priorityId !== undefined && !isPriorityId(priorityId)) throw new DesklogError('The selected priority id is invalid.');
    checkDates(startDate, endDate);

    // `assigned_time` is read as allocated seconds. The documented soft warning: when it
    // exceeds what the project has left, the task is still created with 0 allocated.
    let allocated = Math.floor(assignedTime ?? 0);
    let message = 'Task added successfully';
    if (allocated > remainingAllocation(state, projectId)) {
      allocated = 0;
      message =
        "Task added successfully, but the assigned time has been set to zero as it exceeds the project's allocated time.";
    }
    const task: DesklogTask = {
      id: takeId(state, 'task'),
      task_title: title,
      description: description ?? null,
      project_id: projectId,
      assigned_to: assignee ?? null,
      reporter_id: state.ownerId,
      task_type_id: taskType ?? 1,
      priority_id: priorityId !== undefined && isPriorityId(priorityId) ? priorityId : null,
      basic_status_id: TASK_STATUS.open.id,
      current_status: TASK_STATUS.open.name,
      time_spend_in_sec: 0,
      time_allocated_sec: allocated,
      is_billable: billable ?? 0,
      start_date: startDate,
      end_date: endDate,
      timer_started_at_ms: null,
    };
    state.tasks.push(task);
    return ok(message, { task_id: task.id });
  });

  const update = guarded((req) => {
    const task = findTask(state, pathId(req, 'Task'));
    const body = objectBody(req);
    const title = readString(body, 'task_title');
    const priority = readString(body, 'priority');
    const assignedTo = readInt(body, 'assigned_to');
    const assignedTime = readAmount(body, 'assigned_time');
    const description = readString(body, 'description');
    const startDate = readDate(body, 'start_date');
    const endDate = readDate(body, 'end_date');
    const billable = readFlag(body, 'is_billable');
    const taskType = readTaskType(body);
    if (title !== undefined && title.trim() === '') throw new DesklogError('The task title field is required.');
    const priorityId = priority === undefined ? undefined : parsePriorityString(priority);
    requireUser(state, assignedTo, 'assigned to');
    checkDates(startDate ?? task.start_date, endDate ?? task.end_date);

    if (title !== undefined) task.task_title = title.trim();
    if (priorityId !== undefined) task.priority_id = priorityId;
    if (assignedTo !== undefined) task.assigned_to = assignedTo;
    if (assignedTime !== undefined) task.time_allocated_sec = Math.floor(assignedTime);
    if (description !== undefined) task.description = description;
    if (startDate !== undefined) task.start_date = startDate;
    if (endDate !== undefined) task.end_date = endDate;
    if (billable !== undefined) task.is_billable = billable;
    if (taskType !== undefined) task.task_type_id = taskType;
    return okBare('Task updated successfully.');
  });

  const remove = guarded((req) => {
    const task = findTask(state, pathId(req, 'Task'));
    state.tasks.splice(state.tasks.indexOf(task), 1);
    return ok('Task deleted successfully', null);
  });

  return [
    { method: 'GET', path: 'task', handler: list },
    { method: 'GET', path: 'task/:id', handler: details },
    { method: 'POST', path: 'task', handler: create },
    { method: 'PATCH', path: 'task/:id', handler: update },
    { method: 'DELETE', path: 'task/:id', handler: remove },
  ];
}
