/**
 * Clockify task ↔ unified Task. Clockify tasks are ACTIVE or DONE; they have no description
 * and no priority, so those stay null on read and are not sent on write.
 */
import type { Task } from '../../../domain/entities.js';
import { enumMapper, type TaskStatus } from '../../../domain/enums.js';
import { formatIsoDuration, parseClockifyDuration } from '../../../domain/duration.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { ClockifyTask, ClockifyTaskBody } from '../types.js';
import { estimateSeconds } from './to-project.js';

/** An ACTIVE task is open work; Clockify does not say whether it was started. */
const TASK_STATUS = enumMapper<TaskStatus>({ ACTIVE: 'TODO', DONE: 'DONE' }, 'OTHER');

export function toTask(raw: ClockifyTask, source: string): Task {
  const status = TASK_STATUS(raw.status);
  const assignees = raw.assigneeIds ?? (raw.assigneeId ? [raw.assigneeId] : []);
  return {
    source,
    remoteId: raw.id,
    raw,
    name: raw.name,
    description: null,
    projectId: raw.projectId,
    status: status.value,
    statusLabel: status.label,
    priority: null,
    priorityLabel: null,
    assigneeIds: [...new Set(assignees)].sort(),
    estimateSeconds: estimateSeconds(raw.estimate),
    trackedSeconds: parseClockifyDuration(raw.duration),
  };
}

/** Finished states become DONE; every open state (and OTHER) is ACTIVE. */
export function toClockifyTaskStatus(status: TaskStatus): 'ACTIVE' | 'DONE' {
  return status === 'DONE' || status === 'CLOSED' ? 'DONE' : 'ACTIVE';
}

export function toClockifyTaskCreate(input: CreateInputMap['task']): ClockifyTaskBody {
  const body: ClockifyTaskBody = { name: input.name };
  if (input.assigneeIds) body.assigneeIds = [...new Set(input.assigneeIds)];
  if (input.estimateSeconds) body.estimate = formatIsoDuration(input.estimateSeconds);
  if (input.status) body.status = toClockifyTaskStatus(input.status);
  return body;
}

/** PUT needs the name and resends the rest, so the body starts from the current task. */
export function toClockifyTaskUpdate(current: ClockifyTask, patch: UpdateInputMap['task']): ClockifyTaskBody {
  const estimate = patch.estimateSeconds === undefined ? estimateSeconds(current.estimate) : patch.estimateSeconds;
  const status = patch.status ? toClockifyTaskStatus(patch.status) : current.status === 'DONE' ? 'DONE' : 'ACTIVE';
  return {
    name: patch.name || current.name,
    assigneeIds: [...new Set(patch.assigneeIds ?? current.assigneeIds ?? (current.assigneeId ? [current.assigneeId] : []))],
    estimate: formatIsoDuration(estimate ?? 0),
    status,
    ...(current.billable !== null && current.billable !== undefined ? { billable: current.billable } : {}),
  };
}
