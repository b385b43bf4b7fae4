/**
 * Gauzy tasks → unified tasks. Status and priority are lowercase kebab-case in the code;
 * `estimate` is seconds (vendor-docs/gauzy.md §3.4); assignees are employees in `members`.
 */
import type { Task } from '../../../domain/entities.js';
import { enumMapper, type Priority, type TaskStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { UpdateInputMap } from '../../contract.js';
import type { GauzyTask } from '../types.js';

/** TaskStatusEnum; `custom` (an org-defined status) and anything new become OTHER. */
export const gauzyTaskStatus = enumMapper<TaskStatus>(
  {
    backlog: 'TODO',
    open: 'TODO',
    todo: 'TODO',
    'in-progress': 'IN_PROGRESS',
    'ready-for-review': 'IN_REVIEW',
    'in-review': 'IN_REVIEW',
    blocked: 'BLOCKED',
    done: 'DONE',
    completed: 'DONE',
    cancelled: 'CLOSED',
    closed: 'CLOSED',
  },
  'OTHER',
);

/** Gauzy has no priority below `low`; an unknown one maps to null with the label kept. */
const priorityMapper = enumMapper<Priority | 'NONE'>({ urgent: 'URGENT', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' }, 'NONE');

export function gauzyTaskPriority(raw: string | null | undefined): { value: Priority | null; label: string | null } {
  const m = priorityMapper(raw);
  return { value: m.value === 'NONE' ? null : m.value, label: m.label };
}

const TO_GAUZY_STATUS: Partial<Record<TaskStatus, string>> = {
  TODO: 'open',
  IN_PROGRESS: 'in-progress',
  IN_REVIEW: 'in-review',
  BLOCKED: 'blocked',
  DONE: 'done',
  CLOSED: 'cancelled',
};

/** TRIVIAL is written as `low`, Gauzy's lowest priority: the nearest value, not a refusal. */
const TO_GAUZY_PRIORITY: Record<Priority, string> = { URGENT: 'urgent', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', TRIVIAL: 'low' };

export function toTask(source: string, raw: GauzyTask): Task {
  // A task without status is new work, not an unknown state.
  const status = raw.status ? gauzyTaskStatus(raw.status) : { value: 'TODO' as const, label: null };
  const priority = gauzyTaskPriority(raw.priority);
  return {
    source,
    remoteId: raw.id,
    raw,
    name: raw.title,
    description: raw.description ?? null,
    projectId: raw.projectId ?? null,
    status: status.value,
    statusLabel: status.label,
    priority: priority.value,
    priorityLabel: priority.label,
    assigneeIds: [...new Set((raw.members ?? []).map((m) => m.id))],
    estimateSeconds: raw.estimate === null || raw.estimate === undefined ? null : Math.round(raw.estimate),
    trackedSeconds: null,
  };
}

/** Unified create/patch → Gauzy task body; absent fields are left out so PUT leaves them alone. */
export function toGauzyTaskBody(input: UpdateInputMap['task']): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (input.name !== undefined && input.name !== null) body['title'] = input.name;
  if (input.projectId !== undefined) body['projectId'] = input.projectId;
  if (input.description !== undefined) body['description'] = input.description;
  if (input.status !== undefined && input.status !== null) {
    const status = TO_GAUZY_STATUS[input.status];
    if (!status) throw ValidationError.field('input.status', `${input.status} has no Gauzy task status`);
    body['status'] = status;
  }
  if (input.priority !== undefined) body['priority'] = input.priority === null ? null : TO_GAUZY_PRIORITY[input.priority];
  if (input.assigneeIds !== undefined) body['members'] = [...new Set(input.assigneeIds ?? [])].map((id) => ({ id }));
  if (input.estimateSeconds !== undefined) body['estimate'] = input.estimateSeconds;
  return body;
}

/**
 * The writable fields of a task as Gauzy holds it, for a full-body PUT: the raw values are sent
 * back unchanged (an organization's own status stays as it is), with `open` for a task that
 * somehow has none, since `status` may not be empty.
 */
export function gauzyTaskFields(raw: GauzyTask): Record<string, unknown> {
  const r = raw as GauzyTask & Record<string, unknown>;
  const body: Record<string, unknown> = { title: raw.title, status: raw.status || 'open' };
  for (const field of ['description', 'projectId', 'priority', 'size', 'issueType', 'estimate', 'dueDate', 'startDate', 'parentId', 'public', 'isDraft', 'version', 'taskStatusId', 'taskPriorityId', 'taskSizeId', 'taskTypeId', 'organizationSprintId']) {
    if (r[field] !== undefined && r[field] !== null) body[field] = r[field];
  }
  if (raw.members) body['members'] = raw.members.map((m) => ({ id: m.id }));
  return body;
}
