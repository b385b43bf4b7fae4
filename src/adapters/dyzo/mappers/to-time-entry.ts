/**
 * Dyzo task logs ↔ unified time entries (vendor-docs/dyzo.md §2).
 * - A log is an interval on a task; its project is the task's, so the caller passes it in.
 * - Duration is not trusted from the wire (the simulator sends `HH:MM:SS`, the docs nothing):
 *   the entry carries start and end, and every duration is derived from them.
 * - `manualAdd` true/false is a manual entry / a timer session; absent, the origin is unknown.
 * - Dyzo has no billable flag, tags, entry types or timesheets: entries are WORK, not billable.
 * - Field names differ per endpoint: single create is snake_case, update and bulk camelCase.
 */
import type { TimeEntry } from '../../../domain/entities.js';
import { enumMapper, type TimeEntryOrigin } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { DyzoTaskLog, DyzoTaskLogCamelBody, DyzoTaskLogCreateBody } from '../types.js';
import { DYZO_OWN_KEYS, pickId, toDyzoInt } from './ids.js';
import { formatDyzoInstant, parseDyzoInstant } from './instant.js';

export const dyzoEntryOrigin = enumMapper<TimeEntryOrigin>({ manual: 'MANUAL', timer: 'TIMER' }, 'OTHER');

export function dyzoOriginName(manualAdd: boolean | null | undefined): string | null {
  if (manualAdd === true) return 'manual';
  if (manualAdd === false) return 'timer';
  return null;
}

export function dyzoLogTaskId(raw: DyzoTaskLog): string | null {
  return pickId(raw, ['taskId', 'task_id']);
}

export function toTimeEntry(source: string, raw: DyzoTaskLog, projectId: string | null): TimeEntry {
  // The schema guarantees a readable start; the end may be absent on a log still being timed.
  const start = parseDyzoInstant(raw.startTime ?? raw.start_time)!;
  const end = parseDyzoInstant(raw.endTime ?? raw.end_time);
  const origin = dyzoEntryOrigin(dyzoOriginName(raw.manualAdd));
  return {
    source,
    remoteId: pickId(raw, DYZO_OWN_KEYS.taskLog)!,
    raw,
    userId: pickId(raw, ['userId', 'employee_id', 'user_id']),
    projectId,
    taskId: dyzoLogTaskId(raw),
    description: raw.description || null,
    start: new Date(start),
    end: end === null ? null : new Date(end),
    // A Dyzo log is one uninterrupted interval: it has no break inside it.
    breakSeconds: 0,
    billable: false,
    tagIds: [],
    type: 'WORK',
    origin: origin.value,
    originLabel: origin.label,
    timesheetStatus: null,
  };
}

/** The fields every Dyzo log write needs, checked once for all three endpoints. */
export interface DyzoLogFields {
  taskId?: string | null;
  userId?: string | null;
  start: Date;
  end?: Date | null;
  description?: string | null;
}

interface CheckedLog {
  taskId: number;
  userId: number;
  startTime: string;
  endTime: string;
  description: string;
}

/** Dyzo logs always belong to a task and always have an end after their start. */
export function checkLogFields(fields: DyzoLogFields, path = 'input'): CheckedLog {
  if (!fields.taskId) throw ValidationError.field(`${path}.taskId`, 'is required on a Dyzo source: time is logged on tasks');
  if (!fields.userId) throw ValidationError.field(`${path}.userId`, 'is required on a Dyzo source');
  if (!fields.end) throw ValidationError.field(`${path}.end`, 'is required on a Dyzo source: it has no running timers');
  if (fields.end.getTime() <= fields.start.getTime()) throw ValidationError.field(`${path}.end`, 'must be after start on a Dyzo source');
  return {
    taskId: toDyzoInt(fields.taskId, `${path}.taskId`),
    userId: toDyzoInt(fields.userId, `${path}.userId`),
    startTime: formatDyzoInstant(fields.start),
    endTime: formatDyzoInstant(fields.end),
    description: fields.description ?? '',
  };
}

/** `POST /tasklog/create/`: snake_case, and `employee_id` rather than `userId`. */
export function toDyzoTaskLogCreate(fields: DyzoLogFields): DyzoTaskLogCreateBody {
  const log = checkLogFields(fields);
  return { task_id: log.taskId, employee_id: log.userId, start_time: log.startTime, end_time: log.endTime, description: log.description };
}

/** `PUT /tasklogs/{id}/` and bulk create items: camelCase, full body. */
export function toDyzoTaskLogCamel(fields: DyzoLogFields, path = 'input', manualAdd?: boolean): DyzoTaskLogCamelBody {
  const log = checkLogFields(fields, path);
  return { ...log, ...(manualAdd === undefined ? {} : { manualAdd }) };
}
