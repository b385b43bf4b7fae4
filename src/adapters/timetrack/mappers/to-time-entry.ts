/**
 * TimeTrack project time entry ⇄ unified TimeEntry (docs §2.4, §2.9).
 *
 * Start, end and worked time. A TimeTrack entry has a wall-clock span `from`–`to` and a
 * `breakMinutes` inside it; `workedMinutes` = span − break is what TimeTrack bills
 * (hourRate / 60 × workedMinutes; vendor-docs/timetrack.md §2.4, §3.4). The unified entry keeps
 * both, as ARCHITECTURE.md §3 defines them:
 *
 *   start = from,   end = to (the wall-clock stop),   breakSeconds = breakMinutes × 60
 *
 * so durationSeconds (end − start − breakSeconds) is the worked time. When a server omits `to`,
 * end = from + workedMinutes + breakMinutes, the same instant by the vendor's invariant. Writes
 * send `to` = end and keep the entry's break. Minutes are whole, so an entry written with
 * seconds reads back to the minute. Every timestamp is the user's wall clock with a `Z`
 * (docs §1.4 "local timestamp"): the caller's WallClock converts it, both ways.
 *
 * References are names; the caller passes a resolver (pure lookups over lists it read).
 */
import type { TimeEntry } from '../../../domain/entities.js';
import { minutesToSeconds } from '../../../domain/duration.js';
import { enumMapper, type TimeEntryOrigin } from '../../../domain/enums.js';
import { flagOf, idOf, numberOf, type TimeTrackTimeEntry, type TimeTrackTimer } from '../types.js';
import type { WallClock } from '../wall-clock.js';

export interface NameResolver {
  userId(username: string | null | undefined): string | null;
  projectId(clientName: string | null | undefined, projectName: string | null | undefined): string | null;
  taskId(name: string | null | undefined): string | null;
}

/** Entries do not say how they were made; the attendance object's `manual` flag is read if present. */
export const originOf = enumMapper<TimeEntryOrigin>({ manual: 'MANUAL', timer: 'TIMER' }, 'OTHER');

/** Worked seconds, breaks excluded; null when the server sent no `workedMinutes`. */
export function workedSeconds(raw: Pick<TimeTrackTimeEntry, 'workedMinutes'>): number | null {
  const seconds = minutesToSeconds(numberOf(raw.workedMinutes));
  return seconds === null ? null : Math.max(0, seconds);
}

export function breakSeconds(raw: Pick<TimeTrackTimeEntry, 'breakMinutes'>): number {
  return Math.max(0, minutesToSeconds(numberOf(raw.breakMinutes)) ?? 0);
}

/** The unified interval of an entry, as described at the top of this file. */
export function entryInterval(raw: Pick<TimeTrackTimeEntry, 'from' | 'to' | 'workedMinutes' | 'breakMinutes'>, clock: WallClock): { start: Date; end: Date | null } {
  const start = clock.fromWire(raw.from);
  if (!start) throw new Error('entry without a valid `from` passed the schema');
  const to = raw.to ? clock.fromWire(raw.to) : null;
  if (to) return { start, end: new Date(Math.max(start.getTime(), to.getTime())) };
  const worked = workedSeconds(raw);
  if (worked === null) return { start, end: null };
  return { start, end: new Date(start.getTime() + (worked + breakSeconds(raw)) * 1000) };
}

export function toTimeEntry(source: string, raw: TimeTrackTimeEntry, refs: NameResolver, clock: WallClock): TimeEntry {
  const { start, end } = entryInterval(raw, clock);
  const manual = flagOf(raw.manual);
  // A break longer than the span cannot be; the span bounds it so worked time is never negative.
  const spanSeconds = end ? Math.round((end.getTime() - start.getTime()) / 1000) : Infinity;
  const origin = originOf(manual === null ? null : manual ? 'manual' : 'timer');
  return {
    source,
    remoteId: idOf(raw),
    raw,
    userId: refs.userId(raw.user ?? raw.username),
    projectId: refs.projectId(raw.clientName, raw.projectName),
    taskId: refs.taskId(raw.task ?? raw.taskName),
    description: raw.details ?? null,
    start,
    end,
    breakSeconds: Math.min(breakSeconds(raw), spanSeconds),
    // Documented default: billable unless the entry says otherwise.
    billable: flagOf(raw.billable) ?? true,
    // `tags` is free text (`#a #b`), not tag records; it stays in raw.
    tagIds: [],
    type: 'WORK',
    origin: origin.value,
    originLabel: origin.label,
    timesheetStatus: null,
  };
}

/**
 * A playing or paused project timer as a running entry. It is not a project time entry yet
 * (TimeTrack books one on stop), so it has no TimeTrack id: the caller supplies a remote id.
 */
export function toRunningEntry(source: string, remoteId: string, raw: TimeTrackTimer, refs: NameResolver, fallbackStart: Date, clock: WallClock): TimeEntry {
  return {
    source,
    remoteId,
    raw,
    userId: refs.userId(raw.username),
    projectId: refs.projectId(raw.clientName, raw.projectName),
    taskId: refs.taskId(raw.taskName),
    description: raw.note ?? null,
    start: (raw.startedAt ? clock.fromWire(raw.startedAt) : null) ?? fallbackStart,
    end: null,
    // The last saved break (docs §2.9); a paused timer's current pause is not in it yet.
    breakSeconds: Math.max(0, numberOf(raw.breakSeconds) ?? 0),
    billable: true,
    tagIds: [],
    type: 'WORK',
    origin: 'TIMER',
    originLabel: null,
    timesheetStatus: null,
  };
}

export function timerState(raw: Pick<TimeTrackTimer, 'playing' | 'paused' | 'stopped'>): 'playing' | 'paused' | 'stopped' {
  if (flagOf(raw.playing)) return 'playing';
  if (flagOf(raw.paused)) return 'paused';
  return 'stopped';
}

/** The names a write refers to, resolved from the ids the caller gave. */
export interface EntryNames {
  username: string;
  clientName: string;
  projectName: string;
  task: string | null;
}

/** `to` for a unified end: the wall-clock stop (see the top of this file). */
export function wireTo(end: Date, clock: WallClock): string {
  return clock.toWire(end);
}

/**
 * Create body. Only `from` and `to` are sent, no minutes: the docs leave open whether the
 * server computes them, and a server that does would refuse minutes that disagree.
 */
export function toTimeTrackEntryBody(
  input: { start: Date; end: Date; description?: string | null; billable?: boolean | null },
  names: EntryNames,
  clock: WallClock,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    username: names.username,
    clientName: names.clientName,
    projectName: names.projectName,
    from: clock.toWire(input.start),
    to: wireTo(input.end, clock),
  };
  if (names.task) body['task'] = names.task;
  if (input.description !== undefined && input.description !== null) body['details'] = input.description;
  if (input.billable !== undefined && input.billable !== null) body['billable'] = input.billable;
  return body;
}
