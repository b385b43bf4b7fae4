/**
 * Time-tracking rules shared by the time-log, timer and timesheet routes: derived time slots,
 * the weekly timesheet a log belongs to, timesheet totals, and Gauzy's "overwrite" handling of
 * overlapping time (DeleteTimeSpanCommand).
 */
import { createHash } from 'node:crypto';
import { uuidFrom } from './ids.js';
import { baseColumns, logDuration, weekBounds, type GauzyState, type TimeLogRow, type TimesheetRow } from './state.js';

export interface TimeSlotJson {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: null;
  isActive: boolean;
  isArchived: boolean;
  archivedAt: null;
  tenantId: string;
  organizationId: string;
  employeeId: string;
  duration: number;
  keyboard: number;
  mouse: number;
  overall: number;
  startedAt: string;
  stoppedAt: string;
  percentage: number;
  keyboardPercentage: number;
  mousePercentage: number;
}

const SLOT_MS = 600_000;

function activity(seed: string, max: number): number {
  const byte = createHash('sha1').update(seed).digest()[0] ?? 0;
  return Math.round(max * (0.35 + (byte / 255) * 0.55));
}

/**
 * Gauzy stores tracked time as 10-minute time slots linked to logs. The simulator derives them
 * from the log interval (deterministically) instead of storing them. A freshly started timer
 * (stoppedAt == startedAt) has none, which matters: the time-log list inner-joins time slots, so
 * such a log is not listed until it has tracked time.
 */
export function timeSlotsOf(log: TimeLogRow): TimeSlotJson[] {
  const start = Date.parse(log.startedAt);
  const stop = Date.parse(log.stoppedAt);
  const slots: TimeSlotJson[] = [];
  for (let block = start - (start % SLOT_MS); block < stop; block += SLOT_MS) {
    const duration = Math.trunc((Math.min(block + SLOT_MS, stop) - Math.max(block, start)) / 1000);
    if (duration <= 0) continue;
    const seed = `${log.id}:${block}`;
    const tracked = log.logType !== 'MANUAL';
    const keyboard = tracked ? activity(`${seed}:k`, duration) : 0;
    const mouse = tracked ? activity(`${seed}:m`, duration) : 0;
    const overall = tracked ? Math.max(keyboard, mouse) : 0;
    const startedAt = new Date(block).toISOString();
    slots.push({
      id: uuidFrom(`slot:${seed}`),
      createdAt: log.createdAt,
      updatedAt: log.updatedAt,
      deletedAt: null,
      isActive: true,
      isArchived: false,
      archivedAt: null,
      tenantId: log.tenantId,
      organizationId: log.organizationId,
      employeeId: log.employeeId,
      duration,
      keyboard,
      mouse,
      overall,
      startedAt,
      stoppedAt: new Date(block + duration * 1000).toISOString(),
      percentage: duration ? Math.round((overall * 100) / duration) : 0,
      keyboardPercentage: duration ? Math.round((keyboard * 100) / duration) : 0,
      mousePercentage: duration ? Math.round((mouse * 100) / duration) : 0,
    });
  }
  return slots;
}

export const liveLogs = (state: GauzyState): TimeLogRow[] => [...state.timeLogs.values()].filter((l) => l.deletedAt === null);

/** TimesheetFirstOrCreate: the employee's timesheet for the week of `time`, created as PENDING if missing. */
export function timesheetFor(state: GauzyState, log: TimeLogRow, at: string, newId: () => string): TimesheetRow {
  const { start, end } = weekBounds(Date.parse(log.startedAt));
  for (const ts of state.timesheets.values()) {
    if (ts.employeeId === log.employeeId && ts.startedAt === start && ts.deletedAt === null) return ts;
  }
  const ts: TimesheetRow = {
    ...baseColumns(newId(), at),
    tenantId: log.tenantId,
    organizationId: log.organizationId,
    duration: 0,
    keyboard: 0,
    mouse: 0,
    overall: 0,
    startedAt: start,
    stoppedAt: end,
    approvedAt: null,
    submittedAt: null,
    lockedAt: null,
    editedAt: null,
    isBilled: false,
    status: 'PENDING', // the entity's column default
    reason: null,
    employeeId: log.employeeId,
    approvedById: null,
  };
  state.timesheets.set(ts.id, ts);
  return ts;
}

/** TimesheetRecalculate: totals are sums over the time slots of the sheet's live logs. */
export function recalcTimesheet(state: GauzyState, timesheetId: string | null): void {
  if (!timesheetId) return;
  const ts = state.timesheets.get(timesheetId);
  if (!ts) return;
  let duration = 0;
  let keyboard = 0;
  let mouse = 0;
  let overall = 0;
  for (const log of liveLogs(state)) {
    if (log.timesheetId !== timesheetId) continue;
    for (const slot of timeSlotsOf(log)) {
      duration += slot.duration;
      keyboard += slot.keyboard;
      mouse += slot.mouse;
      overall += slot.overall;
    }
  }
  Object.assign(ts, { duration, keyboard, mouse, overall });
}

/** Attach a (new or moved) log to its weekly timesheet and refresh the totals of old and new sheets. */
export function attachTimesheet(state: GauzyState, log: TimeLogRow, at: string, newId: () => string): void {
  const previous = log.timesheetId;
  log.timesheetId = timesheetFor(state, log, at, newId).id;
  recalcTimesheet(state, log.timesheetId);
  if (previous && previous !== log.timesheetId) recalcTimesheet(state, previous);
}

/**
 * Gauzy resolves overlaps by overwriting: time of the employee's other logs inside
 * [start, end) is removed (DeleteTimeSpanCommand). A log fully covered is soft-deleted, one
 * overlapping an edge is trimmed, and one that contains the whole span is split in two.
 * Running logs are left alone (their end is not final yet).
 */
export function overwriteSpan(
  state: GauzyState,
  span: { employeeId: string; organizationId: string; start: number; end: number; ignoreId?: string },
  at: string,
  newId: () => string,
): void {
  const touched = new Set<string>();
  for (const log of liveLogs(state)) {
    if (log.id === span.ignoreId || log.isRunning) continue;
    if (log.employeeId !== span.employeeId || log.organizationId !== span.organizationId) continue;
    const s = Date.parse(log.startedAt);
    const e = Date.parse(log.stoppedAt);
    if (!(s < span.end && e > span.start)) continue;
    if (log.timesheetId) touched.add(log.timesheetId);
    if (span.start <= s && e <= span.end) {
      log.deletedAt = at;
    } else if (s < span.start && e > span.end) {
      const tail: TimeLogRow = { ...log, ...baseColumns(newId(), at), startedAt: new Date(span.end).toISOString() };
      tail.createdByUserId = log.createdByUserId;
      log.stoppedAt = new Date(span.start).toISOString();
      state.timeLogs.set(tail.id, tail);
    } else if (s < span.start) {
      log.stoppedAt = new Date(span.start).toISOString();
    } else {
      log.startedAt = new Date(span.end).toISOString();
    }
    log.updatedAt = at;
  }
  for (const id of touched) recalcTimesheet(state, id);
}

export { logDuration };
