/**
 * Clockify time entry ↔ unified TimeEntry. Instants go out as `yyyy-MM-ddThh:mm:ssZ` (the
 * documented request format, whole seconds). Clockify does not record whether an entry came
 * from a timer or was typed in, so origin is OTHER.
 */
import type { TimeEntry } from '../../../domain/entities.js';
import { enumMapper, type TimeEntryType } from '../../../domain/enums.js';
import { parseClockifyDuration } from '../../../domain/duration.js';
import { ValidationError } from '../../../domain/errors.js';
import type { ClockifyReportEntry, ClockifyTimeEntry, ClockifyTimeEntryBody } from '../types.js';

/** TimeEntryType has no OTHER; an unknown Clockify type still counts as work time. */
const ENTRY_TYPE = enumMapper<TimeEntryType>({ REGULAR: 'WORK', BREAK: 'BREAK' }, 'WORK');

/**
 * The end of an entry: `timeInterval.end` when present, else start + duration (some payloads,
 * like the docs' samples, carry only the duration), else null: the timer is running.
 */
export function entryEnd(start: Date, end: string | null | undefined, duration: string | number | null | undefined): Date | null {
  if (end) return new Date(end);
  const seconds = parseClockifyDuration(duration);
  return seconds === null ? null : new Date(start.getTime() + seconds * 1000);
}

export function toTimeEntry(raw: ClockifyTimeEntry, source: string): TimeEntry {
  const start = new Date(raw.timeInterval.start);
  return {
    source,
    remoteId: raw.id,
    raw,
    userId: raw.userId,
    projectId: raw.projectId || null,
    taskId: raw.taskId || null,
    description: raw.description || null,
    start,
    end: entryEnd(start, raw.timeInterval.end, raw.timeInterval.duration),
    billable: raw.billable ?? false,
    tagIds: [...new Set(raw.tagIds ?? [])],
    type: ENTRY_TYPE(raw.type).value,
    origin: 'OTHER',
    originLabel: null,
    timesheetStatus: null,
  };
}

/**
 * A detailed-report row → unified TimeEntry: the same entry as the regular API's, spelled the
 * Reports API's way (`_id`, tag objects, duration in seconds). The row itself travels as `raw`.
 */
export function reportRowToTimeEntry(row: ClockifyReportEntry, source: string): TimeEntry {
  const start = new Date(row.timeInterval.start);
  const tagIds = (row.tags ?? []).flatMap((t) => (t._id ?? t.id ? [(t._id ?? t.id)!] : []));
  return {
    source,
    remoteId: row._id,
    raw: row,
    userId: row.userId,
    projectId: row.projectId || null,
    taskId: row.taskId || null,
    description: row.description || null,
    start,
    end: entryEnd(start, row.timeInterval.end, row.timeInterval.duration),
    billable: row.billable ?? false,
    tagIds: [...new Set(tagIds)],
    type: ENTRY_TYPE(row.type).value,
    origin: 'OTHER',
    originLabel: null,
    timesheetStatus: null,
  };
}

/** Whole seconds, `Z`, no millis: Clockify's documented request format. */
export function clockifyInstant(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function toClockifyEntryType(type: TimeEntryType | null | undefined): 'REGULAR' | 'BREAK' {
  if (!type || type === 'WORK') return 'REGULAR';
  if (type === 'BREAK') return 'BREAK';
  throw ValidationError.field('input.type', `${type} cannot be stored in Clockify, which knows only WORK (REGULAR) and BREAK entries`);
}

/** Every field of an entry as Clockify stores it: what a create sends, and what a full-replace PUT needs. */
export interface ClockifyEntryFields {
  start: Date;
  end: Date | null;
  billable: boolean | null;
  description: string | null;
  projectId: string | null;
  taskId: string | null;
  tagIds: string[];
  type: 'REGULAR' | 'BREAK';
}

export function toClockifyTimeEntryBody(fields: ClockifyEntryFields): ClockifyTimeEntryBody {
  if (fields.end && fields.end.getTime() < fields.start.getTime()) throw ValidationError.field('input.end', 'is before input.start');
  const body: ClockifyTimeEntryBody = {
    start: clockifyInstant(fields.start),
    description: fields.description ?? '',
    tagIds: [...new Set(fields.tagIds)],
    type: fields.type,
  };
  if (fields.end) body.end = clockifyInstant(fields.end);
  if (fields.billable !== null) body.billable = fields.billable;
  if (fields.projectId) body.projectId = fields.projectId;
  if (fields.taskId) body.taskId = fields.taskId;
  return body;
}

/** The stored fields of a raw entry, the base a patch is merged onto before a full PUT. */
export function clockifyEntryFields(raw: ClockifyTimeEntry): ClockifyEntryFields {
  const entry = toTimeEntry(raw, '');
  return {
    start: entry.start,
    end: entry.end,
    billable: entry.billable,
    description: entry.description,
    projectId: entry.projectId,
    taskId: entry.taskId,
    tagIds: entry.tagIds,
    type: raw.type === 'BREAK' ? 'BREAK' : 'REGULAR',
  };
}
