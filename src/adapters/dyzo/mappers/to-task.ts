/**
 * Dyzo tasks ↔ unified tasks (vendor-docs/dyzo.md §4).
 * - Status is `taskPosition`, a free string per company (`pending` in the docs; the default
 *   project statuses use `todo`, `in_progress`, `completed`), plus the `isComplete` flag.
 * - Priority is `low` / `medium` / `high`.
 * - `allocated_time` is decimal hours; `total_time` is the logged sum as `H:MM`.
 * - Assignees are `assigned_users`; older records only carry the main assignee in `userId`.
 */
import type { Task } from '../../../domain/entities.js';
import { enumMapper, type Priority, type TaskStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { DyzoTask, DyzoTaskPatchBody } from '../types.js';
import { hoursToSeconds, DYZO_OWN_KEYS, pickId, secondsToHours, toDyzoInt } from './ids.js';

export const dyzoTaskStatus = enumMapper<TaskStatus>(
  {
    pending: 'TODO',
    todo: 'TODO',
    'to do': 'TODO',
    open: 'TODO',
    not_started: 'TODO',
    in_progress: 'IN_PROGRESS',
    'in progress': 'IN_PROGRESS',
    inprogress: 'IN_PROGRESS',
    in_review: 'IN_REVIEW',
    review: 'IN_REVIEW',
    testing: 'IN_REVIEW',
    blocked: 'BLOCKED',
    on_hold: 'BLOCKED',
    completed: 'DONE',
    complete: 'DONE',
    done: 'DONE',
    closed: 'CLOSED',
    cancelled: 'CLOSED',
    archived: 'CLOSED',
  },
  'OTHER',
);

/** Dyzo has three priorities; an unknown one maps to no priority with the label kept. */
const priorityTable = enumMapper<Priority | 'NONE'>({ low: 'LOW', medium: 'MEDIUM', high: 'HIGH', urgent: 'URGENT' }, 'NONE');

export function dyzoTaskPriority(raw: string | null | undefined): { value: Priority | null; label: string | null } {
  const mapped = priorityTable(raw);
  return { value: mapped.value === 'NONE' ? null : mapped.value, label: mapped.label };
}

/** Unified → `taskPosition`. TODO is written as `pending`, the value the docs show. */
const TO_POSITION: Partial<Record<TaskStatus, string>> = {
  TODO: 'pending',
  IN_PROGRESS: 'in_progress',
  IN_REVIEW: 'in_review',
  BLOCKED: 'blocked',
  DONE: 'completed',
  CLOSED: 'closed',
};

/** The nearest of Dyzo's three values: URGENT is `high`, TRIVIAL is `low`. */
const TO_PRIORITY: Record<Priority, string> = { URGENT: 'high', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', TRIVIAL: 'low' };

/** `H:MM` (the task's `total_time`) or `H:MM:SS` → seconds; null when absent or unreadable. */
export function parseDyzoClock(value: string | null | undefined): number | null {
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(value?.trim() ?? '');
  if (!m) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

function taskStatus(raw: DyzoTask): { value: TaskStatus; label: string | null } {
  const position = raw.taskPosition ? dyzoTaskStatus(raw.taskPosition) : { value: 'TODO' as TaskStatus, label: null };
  // `isComplete` is the authority on completion; the position may lag behind it.
  if (raw.isComplete && position.value !== 'DONE' && position.value !== 'CLOSED') return { value: 'DONE', label: position.label };
  return position;
}

export function toTask(source: string, raw: DyzoTask): Task {
  const status = taskStatus(raw);
  const priority = dyzoTaskPriority(raw.priority);
  const assignees = raw.assigned_users?.length ? raw.assigned_users : raw.userId ? [raw.userId] : [];
  return {
    source,
    remoteId: pickId(raw, DYZO_OWN_KEYS.task)!,
    raw,
    name: (raw.taskName ?? raw.name)!,
    description: raw.description || null,
    projectId: raw.projectId === null || raw.projectId === undefined ? null : String(raw.projectId),
    status: status.value,
    statusLabel: status.label,
    priority: priority.value,
    priorityLabel: priority.label,
    assigneeIds: [...new Set(assignees.map(String))],
    estimateSeconds: hoursToSeconds(raw.allocated_time),
    trackedSeconds: parseDyzoClock(raw.total_time),
  };
}

function positionOf(status: TaskStatus): string {
  const position = TO_POSITION[status];
  if (!position) throw ValidationError.field('input.status', `${status} cannot be written to Dyzo`);
  return position;
}

/** `POST /create-task/{assignby_id}/` as multipart form fields; repeated `assigned_users[]`. */
export function toDyzoTaskForm(input: CreateInputMap['task']): FormData {
  const form = new FormData();
  form.append('taskName', input.name.trim());
  form.append('projectId', String(toDyzoInt(input.projectId, 'input.projectId')));
  if (input.description) form.append('description', input.description);
  for (const id of new Set(input.assigneeIds ?? [])) form.append('assigned_users[]', String(toDyzoInt(id, 'input.assigneeIds')));
  if (input.priority) form.append('priority', TO_PRIORITY[input.priority]);
  if (input.status) form.append('taskPosition', positionOf(input.status));
  if (input.estimateSeconds !== null && input.estimateSeconds !== undefined) {
    form.append('allocated_time', String(secondsToHours(input.estimateSeconds)));
  }
  return form;
}

/** `PUT /task/{task_id}/{user_id}/` with only the fields the patch names. */
export function toDyzoTaskPatch(patch: UpdateInputMap['task']): DyzoTaskPatchBody {
  const body: DyzoTaskPatchBody = {};
  if (patch.name) body.taskName = patch.name.trim();
  if (patch.description !== undefined) body.description = patch.description ?? '';
  if (patch.projectId) body.projectId = toDyzoInt(patch.projectId, 'input.projectId');
  if (patch.assigneeIds !== undefined) body.assigned_users = [...new Set(patch.assigneeIds ?? [])].map((id) => toDyzoInt(id, 'input.assigneeIds'));
  // Dyzo always holds a priority: clearing it is not possible, so null leaves it alone.
  if (patch.priority) body.priority = TO_PRIORITY[patch.priority];
  if (patch.status) {
    body.taskPosition = positionOf(patch.status);
    body.isComplete = patch.status === 'DONE' || patch.status === 'CLOSED';
  }
  if (patch.estimateSeconds !== undefined) body.allocated_time = patch.estimateSeconds === null ? null : secondsToHours(patch.estimateSeconds);
  return body;
}
