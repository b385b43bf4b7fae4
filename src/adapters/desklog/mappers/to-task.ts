/**
 * Desklog task → unified Task, and unified inputs → `POST task` / `PATCH task/{id}` bodies.
 *
 * Priority (ARCHITECTURE.md §3): Desklog has four levels, the gateway five. Critical is
 * URGENT, Low is LOW, Trivial is TRIVIAL, and Intermediate, the middle level, is MEDIUM.
 * HIGH has no Desklog level: it is written as Intermediate (Critical stays reserved for
 * URGENT) and so reads back as MEDIUM.
 *
 * Status comes from `current_status`, the display name. The list also carries
 * `basic_status_id`, but task details do not, and the same task must map the same through
 * list and get; a custom name (the docs show "Fixed") is therefore OTHER with its label.
 */
import type { Task } from '../../../domain/entities.js';
import { enumMapper, type Priority, type TaskStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import { intId } from '../endpoints.js';
import type { DesklogTaskDetails } from '../types.js';
import { htmlToText, numberOrNull, optionalId, textToHtml } from './values.js';

export const desklogTaskStatus = enumMapper<TaskStatus>(
  {
    open: 'TODO',
    new: 'TODO',
    'to do': 'TODO',
    todo: 'TODO',
    'not started': 'TODO',
    'in progress': 'IN_PROGRESS',
    started: 'IN_PROGRESS',
    // A paused task is not being worked on; writing TODO pauses a running one (tasks.ts).
    paused: 'TODO',
    reopened: 'IN_PROGRESS',
    'in review': 'IN_REVIEW',
    review: 'IN_REVIEW',
    testing: 'IN_REVIEW',
    blocked: 'BLOCKED',
    'on hold': 'BLOCKED',
    completed: 'DONE',
    done: 'DONE',
    finished: 'DONE',
    closed: 'CLOSED',
  },
  'OTHER',
);

/** Ids 1–4 and their output names; an unknown value gives no priority but keeps the label. */
const priorityOf = enumMapper<Priority | 'UNKNOWN'>(
  { 1: 'URGENT', 2: 'MEDIUM', 3: 'LOW', 4: 'TRIVIAL', critical: 'URGENT', intermediate: 'MEDIUM', low: 'LOW', trivial: 'TRIVIAL' },
  'UNKNOWN',
);

export function desklogPriority(id: string | number | null | undefined, name: string | null | undefined): { value: Priority | null; label: string | null } {
  const byId = priorityOf(id);
  const mapped = byId.value !== 'UNKNOWN' ? byId : priorityOf(name);
  const label = name ?? mapped.label;
  return { value: mapped.value === 'UNKNOWN' ? null : mapped.value, label: label ?? null };
}

const PRIORITY_IDS: Record<Priority, number> = { URGENT: 1, HIGH: 2, MEDIUM: 2, LOW: 3, TRIVIAL: 4 };

export function toDesklogPriorityId(priority: Priority): number {
  return PRIORITY_IDS[priority];
}

/** Task details carry no id, so it is passed in from the request path. */
export function toTask(source: string, remoteId: string, raw: DesklogTaskDetails): Task {
  const status = desklogTaskStatus(raw.current_status);
  const priority = desklogPriority(raw.priority_id, raw.priority);
  const assignee = optionalId(raw.assigned_to);
  const allocated = numberOrNull(raw.time_allocated_sec);
  const spent = numberOrNull(raw.time_spend_in_sec);
  return {
    source,
    remoteId,
    raw,
    name: raw.task_title ?? '',
    description: htmlToText(raw.description),
    projectId: optionalId(raw.project_id),
    status: status.value,
    statusLabel: status.label,
    priority: priority.value,
    priorityLabel: priority.label,
    assigneeIds: assignee ? [assignee] : [],
    // Desklog stores "no allocation" as 0, so 0 reads as no estimate.
    estimateSeconds: allocated && allocated > 0 ? Math.round(allocated) : null,
    trackedSeconds: spent === null ? null : Math.max(0, Math.round(spent)),
  };
}

/** Desklog tasks have one assignee. */
function singleAssignee(ids: readonly string[], path: string): number {
  if (ids.length !== 1) throw ValidationError.field(path, 'Desklog tasks have exactly one assignee');
  return intId(ids[0]!, `${path}.0`);
}

function seconds(value: number, path: string): number {
  if (!Number.isFinite(value) || value < 0) throw ValidationError.field(path, 'must be a non-negative number of seconds');
  return Math.round(value);
}

/** Create uses `assignee` and numeric `priority_id`; `assigned_time` is taken as allocated seconds. */
export function toDesklogTaskCreate(input: CreateInputMap['task']): Record<string, string | number> {
  const title = input.name.trim();
  if (!title) throw ValidationError.field('input.name', 'must not be empty');
  const body: Record<string, string | number> = { task_title: title, project_id: intId(input.projectId, 'input.projectId') };
  if (input.assigneeIds?.length) body.assignee = singleAssignee(input.assigneeIds, 'input.assigneeIds');
  if (input.estimateSeconds !== null && input.estimateSeconds !== undefined) {
    body.assigned_time = seconds(input.estimateSeconds, 'input.estimateSeconds');
  }
  if (input.description) body.description = textToHtml(input.description);
  if (input.priority) body.priority_id = toDesklogPriorityId(input.priority);
  return body;
}

/**
 * Update names the same things differently (`assigned_to`, and `priority` as a string: the id
 * is sent in string form, desklog.md §3.23). Desklog cannot unassign a task or clear its
 * priority; clearing the estimate writes 0, which is how Desklog says "none".
 */
export function toDesklogTaskPatch(patch: UpdateInputMap['task']): Record<string, string | number> {
  const body: Record<string, string | number> = {};
  if (patch.name !== undefined) {
    const title = patch.name?.trim();
    if (!title) throw ValidationError.field('input.name', 'must not be empty');
    body.task_title = title;
  }
  if (patch.description !== undefined) body.description = patch.description ? textToHtml(patch.description) : '';
  if (patch.priority !== undefined) {
    if (patch.priority === null) throw ValidationError.field('input.priority', 'Desklog cannot clear a task priority');
    body.priority = String(toDesklogPriorityId(patch.priority));
  }
  if (patch.assigneeIds !== undefined) body.assigned_to = singleAssignee(patch.assigneeIds ?? [], 'input.assigneeIds');
  if (patch.estimateSeconds !== undefined) {
    body.assigned_time = patch.estimateSeconds === null ? 0 : seconds(patch.estimateSeconds, 'input.estimateSeconds');
  }
  return body;
}
