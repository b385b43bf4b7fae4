/**
 * Gauzy time logs → unified time entries, and the bodies of manual create / full PUT update.
 *
 * - Running state comes from `isRunning` only: a running log has `stoppedAt == startedAt`, not null.
 * - `duration` is virtual whole seconds; it is read as a fallback for a missing `stoppedAt`, never sent.
 * - `logType` gives the origin (IDLE also gives the entry type), `source` is kept as the label.
 * - Timesheet statuses are written `IN REVIEW`, with a space, in the code.
 */
import type { TimeEntry } from '../../../domain/entities.js';
import { enumMapper, type TimeEntryOrigin, type TimesheetStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { GauzyTimeLog } from '../types.js';

/** TimeLogType: IDLE time is still recorded by the tracker, RESUMED continues a tracked log. */
export const gauzyLogOrigin = enumMapper<TimeEntryOrigin>({ TRACKED: 'TIMER', RESUMED: 'TIMER', IDLE: 'TIMER', MANUAL: 'MANUAL' }, 'OTHER');

/** Integrations write logs that were tracked elsewhere: those are imports, whatever their logType. */
const IMPORT_SOURCES = new Set(['HUBSTAFF', 'UPWORK']);

const timesheetMapper = enumMapper<TimesheetStatus | 'UNKNOWN'>(
  { DRAFT: 'DRAFT', PENDING: 'PENDING', 'IN REVIEW': 'IN_REVIEW', IN_REVIEW: 'IN_REVIEW', APPROVED: 'APPROVED', DENIED: 'DENIED' },
  'UNKNOWN',
);

/** TimesheetStatus has no OTHER: an unknown status reads as null (the raw record keeps it). */
export function gauzyTimesheetStatus(raw: string | null | undefined): TimesheetStatus | null {
  const mapped = timesheetMapper(raw).value;
  return mapped === 'UNKNOWN' ? null : mapped;
}

/** Gauzy durations: integer seconds, as a number or a numeric string; anything else is null. */
export function parseGauzyDuration(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return null;
  return Math.round(n);
}

function instant(text: string, field: string): Date {
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw new TypeError(`Gauzy time log ${field} is not a date: ${text}`);
  return d;
}

function endOf(raw: GauzyTimeLog, start: Date): Date | null {
  if (raw.isRunning) return null;
  if (raw.stoppedAt) return instant(raw.stoppedAt, 'stoppedAt');
  const seconds = parseGauzyDuration(raw.duration);
  return new Date(start.getTime() + (seconds ?? 0) * 1000);
}

function originOf(raw: GauzyTimeLog): { value: TimeEntryOrigin; label: string | null } {
  const mapped = gauzyLogOrigin(raw.logType);
  // An unknown logType is the value worth keeping; otherwise the source says where it came from.
  if (mapped.value === 'OTHER') return mapped;
  if (raw.source && IMPORT_SOURCES.has(raw.source.toUpperCase())) return { value: 'IMPORTED', label: raw.source };
  return { value: mapped.value, label: raw.source ?? mapped.label };
}

function tagIdsOf(raw: GauzyTimeLog): string[] {
  return [...new Set((raw.tags ?? []).map((t) => (typeof t === 'string' ? t : t.id)))];
}

export function toTimeEntry(source: string, raw: GauzyTimeLog): TimeEntry {
  const start = instant(raw.startedAt, 'startedAt');
  const origin = originOf(raw);
  return {
    source,
    remoteId: raw.id,
    raw,
    userId: raw.employeeId,
    projectId: raw.projectId ?? null,
    taskId: raw.taskId ?? null,
    description: raw.description ?? null,
    start,
    end: endOf(raw, start),
    billable: raw.isBillable === true,
    tagIds: tagIdsOf(raw),
    type: raw.logType?.toUpperCase() === 'IDLE' ? 'IDLE' : 'WORK',
    origin: origin.value,
    originLabel: origin.label,
    timesheetStatus: gauzyTimesheetStatus(raw.timesheet?.status),
  };
}

function assertInterval(start: Date, end: Date): void {
  if (end.getTime() <= start.getTime()) throw ValidationError.field('input.end', 'must be after input.start');
}

/**
 * `POST /timesheet/time-log` (manual time). Gauzy forces logType MANUAL and source BROWSER on
 * create, so only WORK entries can be created; a BREAK has no Gauzy form at all.
 */
export function toGauzyManualLog(input: CreateInputMap['timeEntry'] & { end: Date }, employeeId: string): Record<string, unknown> {
  if (input.type && input.type !== 'WORK') throw ValidationError.field('input.type', `${input.type} entries cannot be created on a Gauzy source`);
  assertNoLogTags(input.tagIds);
  assertInterval(input.start, input.end);
  return {
    startedAt: input.start.toISOString(),
    stoppedAt: input.end.toISOString(),
    employeeId,
    ...(input.projectId ? { projectId: input.projectId } : {}),
    ...(input.taskId ? { taskId: input.taskId } : {}),
    ...(input.description ? { description: input.description } : {}),
    isBillable: input.billable === true,
  };
}

/**
 * Gauzy's TimeLog entity has no tag relation (the manual-time contract lists `tags`, but
 * nothing stores them), so tags on an entry are refused rather than silently dropped.
 */
export function assertNoLogTags(tagIds: readonly string[] | null | undefined): void {
  if (tagIds?.length) throw ValidationError.field('input.tagIds', 'cannot be stored: Gauzy time logs have no tags');
}

function logTypeFor(current: GauzyTimeLog, type: UpdateInputMap['timeEntry']['type']): string | null | undefined {
  if (type === undefined || type === null) return current.logType;
  if (type === 'BREAK') throw ValidationError.field('input.type', 'BREAK entries do not exist on a Gauzy source');
  if (type === 'IDLE') return 'IDLE';
  // Back from IDLE to work: tracked time again; any other log keeps its own type.
  return current.logType?.toUpperCase() === 'IDLE' ? 'TRACKED' : current.logType;
}

/**
 * `PUT /timesheet/time-log/{id}` needs the create's required fields every time, so the body is
 * the current log with the patch laid over it. A running log has no final end to write yet.
 */
export function mergeGauzyLogUpdate(current: GauzyTimeLog, patch: UpdateInputMap['timeEntry']): Record<string, unknown> {
  if (current.isRunning) throw ValidationError.field('input', 'a running Gauzy timer cannot be edited; stop it first');
  if (patch.end === null) throw ValidationError.field('input.end', 'cannot be cleared on a Gauzy source (start a timer instead)');
  if (patch.userId === null) throw ValidationError.field('input.userId', 'is required on a Gauzy source');
  const currentStart = instant(current.startedAt, 'startedAt');
  const start = patch.start ?? currentStart;
  const end = patch.end ?? endOf(current, currentStart) ?? currentStart;
  assertInterval(start, end);
  const pick = <T>(next: T | undefined, now: T) => (next === undefined ? now : next);
  const body: Record<string, unknown> = {
    startedAt: start.toISOString(),
    stoppedAt: end.toISOString(),
    employeeId: patch.userId ?? current.employeeId,
    projectId: pick(patch.projectId, current.projectId ?? null),
    // A new project without a new task drops the old task, which belonged to the old project.
    taskId: patch.taskId !== undefined ? patch.taskId : patch.projectId !== undefined && patch.projectId !== current.projectId ? null : (current.taskId ?? null),
    description: pick(patch.description, current.description ?? null),
    isBillable: patch.billable === undefined || patch.billable === null ? current.isBillable === true : patch.billable,
    reason: current.reason ?? null,
    organizationContactId: current.organizationContactId ?? null,
    organizationTeamId: current.organizationTeamId ?? null,
  };
  const logType = logTypeFor(current, patch.type);
  if (logType) body['logType'] = logType;
  if (current.source) body['source'] = current.source;
  assertNoLogTags(patch.tagIds);
  return body;
}
