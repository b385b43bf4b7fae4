/**
 * Time entries (https://help.getharvest.com/api-v2/timesheets-api/timesheets/time-entries/):
 * list with filters, get, create via duration or via start and end time, PATCH update, delete,
 * stop and restart.
 *
 * Timer model (same page, "The time entry object"): a running entry has `is_running: true` and
 * `timer_started_at`; `hours` is `hours_without_timer` plus the time since the timer started.
 * Accounts either track by duration or by start/end time (`wants_timestamp_timers`, Company);
 * in the latter a restart creates a new entry (see `restart` below).
 */
import type { SimRequest, SimRoute } from '../../kit.js';
import { created, forbidden, notFound, ok, paginate, route, unprocessable } from '../envelope.js';
import { optInt, optNumber, optString, pathId, queryBool, queryDateTime, queryInt, readBody, type Body } from '../input.js';
import { findById, type HarvestState, type StoredTimeEntry, type StoredUser } from '../state.js';
import { formatClock, ianaZone, instantAt, isDate, localDate, parseClock, toHours } from '../time.js';
import { timeEntryView } from '../views.js';
import { pageContext, V2, type RouteContext } from './context.js';

const zoneOf = (state: HarvestState, userId: number): string => ianaZone(findById(state.users, userId)?.timezone ?? 'UTC');

/**
 * The project must exist and be active, the task must be assigned to it, and the user to it
 * (time is tracked against a project's task assignments: Time Entries, `task_assignment`).
 * Messages are Rails-style validation texts; their exact wording is not documented.
 */
function checkBooking(state: HarvestState, userId: number, projectId: number, taskId: number): void {
  const project = findById(state.projects, projectId);
  if (!project) throw unprocessable('Project must exist');
  if (!project.isActive) throw unprocessable('Project is archived');
  const assignment = state.taskAssignments.find((a) => a.projectId === projectId && a.taskId === taskId && a.isActive);
  if (!assignment) throw unprocessable('Task must be assigned to the project');
  if (!state.userAssignments.some((a) => a.projectId === projectId && a.userId === userId && a.isActive)) {
    throw unprocessable('User is not assigned to the project');
  }
}

function readClock(body: Body, field: string): number | undefined {
  const raw = body[field];
  if (raw === undefined || raw === null || raw === '') return undefined;
  const minutes = parseClock(raw);
  if (minutes === null) throw unprocessable(`${field} must be a time such as 8:00am or 14:30`);
  return minutes;
}

/** Minutes after local midnight of an instant, for "defaults to the current time". */
function clockNow(ms: number, zone: string): number {
  const text = formatClock(ms, zone);
  return parseClock(text) ?? 0;
}

type Booking = Pick<StoredTimeEntry, 'userId' | 'projectId' | 'taskId' | 'spentDate' | 'notes'>;

/** A fresh, stopped, empty entry for a booking; callers then set its hours or start its timer. */
function newEntry(state: HarvestState, booking: Booking): StoredTimeEntry {
  const now = state.now();
  return {
    id: state.nextId(),
    ...booking,
    hoursWithoutTimer: 0,
    timerStartedAt: null,
    startedAt: null,
    endedAt: null,
    isLocked: false,
    isBilled: false,
    isClosed: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Stops a running entry now: the elapsed time joins `hours_without_timer`. */
function stopEntry(state: HarvestState, entry: StoredTimeEntry): void {
  if (entry.timerStartedAt === null) return;
  const now = state.now();
  if (entry.startedAt !== null) {
    entry.endedAt = now;
    entry.hoursWithoutTimer = toHours(now - entry.startedAt);
  } else {
    entry.hoursWithoutTimer = Math.round((entry.hoursWithoutTimer + toHours(now - entry.timerStartedAt)) * 100) / 100;
  }
  entry.timerStartedAt = null;
  entry.updatedAt = now;
}

/**
 * One timer per person: starting one stops the person's other running timer. This is how
 * Harvest's timesheet behaves, but neither the v2 Time Entries page nor anything we found says
 * the API does it (unverified; docs/vendors/harvest.md §6). An adapter that relies on it should
 * stop the running entry itself first, so the simulator's choice cannot hide a missing stop.
 */
function stopOtherTimers(state: HarvestState, userId: number, exceptId: number): void {
  for (const e of state.timeEntries) if (e.userId === userId && e.id !== exceptId && e.timerStartedAt !== null) stopEntry(state, e);
}

function findEntry(ctx: RouteContext, req: SimRequest): StoredTimeEntry {
  const id = pathId(req);
  const entry = id === null ? undefined : findById(ctx.state.timeEntries, id);
  // "Members can only see their own tracked time" (permissions); another's entry is simply not
  // found for them, the way Harvest answers missing permission with 404 (harvesthq/api#109).
  if (!entry || !canSee(ctx.caller(req), entry)) throw notFound();
  return entry;
}

const canSee = (caller: StoredUser, entry: StoredTimeEntry): boolean => caller.accessRole !== 'member' || entry.userId === caller.id;

/** Newest spent_date first (List: "sorted by spent_date"); same day: newest created first. */
function bySpentDate(a: StoredTimeEntry, b: StoredTimeEntry): number {
  return b.spentDate.localeCompare(a.spentDate) || b.createdAt - a.createdAt || b.id - a.id;
}

export function timeEntryRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const view = (e: StoredTimeEntry) => timeEntryView(state, e);

  return [
    route('GET', `${V2}/time_entries`, (req) => {
      const caller = ctx.caller(req);
      const q = req.query;
      const userId = queryInt(q, 'user_id');
      const clientId = queryInt(q, 'client_id');
      const projectId = queryInt(q, 'project_id');
      const taskId = queryInt(q, 'task_id');
      const isBilled = queryBool(q, 'is_billed');
      const isRunning = queryBool(q, 'is_running');
      const since = queryDateTime(q, 'updated_since');
      const from = q.get('from') || undefined;
      const to = q.get('to') || undefined;
      if (from !== undefined && !isDate(from)) throw unprocessable('from must be a date (YYYY-MM-DD)');
      if (to !== undefined && !isDate(to)) throw unprocessable('to must be a date (YYYY-MM-DD)');
      const items = state.timeEntries
        .filter((e) => {
          if (!canSee(caller, e)) return false;
          if (userId !== undefined && e.userId !== userId) return false;
          if (clientId !== undefined && findById(state.projects, e.projectId)?.clientId !== clientId) return false;
          if (projectId !== undefined && e.projectId !== projectId) return false;
          if (taskId !== undefined && e.taskId !== taskId) return false;
          if (isBilled !== undefined && e.isBilled !== isBilled) return false;
          if (isRunning !== undefined && (e.timerStartedAt !== null) !== isRunning) return false;
          if (since !== undefined && e.updatedAt < since) return false;
          // from/to compare the spent_date, a calendar date: "on or after" / "on or before".
          if (from !== undefined && e.spentDate < from) return false;
          if (to !== undefined && e.spentDate > to) return false;
          return true;
        })
        .sort(bySpentDate);
      return paginate('time_entries', items, view, pageContext(req, false));
    }),

    route('GET', `${V2}/time_entries/:id`, (req) => ok(view(findEntry(ctx, req)))),

    route('POST', `${V2}/time_entries`, (req) => {
      const caller = ctx.caller(req);
      const body = readBody(req);
      // "user_id ... Defaults to the currently authenticated user's ID."
      const userId = optInt(body, 'user_id') ?? caller.id;
      if (!findById(state.users, userId)) throw unprocessable('User must exist');
      if (userId !== caller.id && caller.accessRole === 'member') throw forbidden();
      const projectId = optInt(body, 'project_id');
      if (projectId === undefined) throw unprocessable("Project can't be blank");
      const taskId = optInt(body, 'task_id');
      if (taskId === undefined) throw unprocessable("Task can't be blank");
      const spentDate = body['spent_date'];
      if (spentDate === undefined || spentDate === null || spentDate === '') throw unprocessable("Spent date can't be blank");
      if (!isDate(spentDate)) throw unprocessable('Spent date must be a date (YYYY-MM-DD)');
      checkBooking(state, userId, projectId, taskId);

      const now = state.now();
      const zone = zoneOf(state, userId);
      const hours = optNumber(body, 'hours');
      const entry = newEntry(state, { userId, projectId, taskId, spentDate, notes: optString(body, 'notes') ?? null });
      if (hours !== undefined) {
        // Via duration: "If provided, ... is_running will be set to false."
        entry.hoursWithoutTimer = Math.round(hours * 100) / 100;
      } else if (state.company.wantsTimestampTimers) {
        // Via start and end time: started_time "Defaults to the current time"; without
        // ended_time "is_running will be set to true".
        const startMinutes = readClock(body, 'started_time') ?? clockNow(now, zone);
        entry.startedAt = instantAt(spentDate, startMinutes, zone);
        const endMinutes = readClock(body, 'ended_time');
        if (endMinutes !== undefined) {
          entry.endedAt = instantAt(spentDate, endMinutes, zone);
          if (entry.endedAt < entry.startedAt) throw unprocessable('Ended time must be after started time');
          entry.hoursWithoutTimer = toHours(entry.endedAt - entry.startedAt);
        } else {
          entry.timerStartedAt = entry.startedAt;
        }
      } else {
        // Via duration without hours: "hours will be set to 0.0 and is_running will be set to true".
        entry.timerStartedAt = now;
      }
      if (entry.timerStartedAt !== null) stopOtherTimers(state, userId, entry.id);
      state.timeEntries.push(entry);
      return created(view(entry));
    }),

    // "Any parameters not provided will be left unchanged" (Update a time entry).
    route('PATCH', `${V2}/time_entries/:id`, (req) => {
      const entry = findEntry(ctx, req);
      if (entry.isLocked) throw unprocessable('Time entry is locked');
      const body = readBody(req);
      const projectId = optInt(body, 'project_id') ?? entry.projectId;
      const taskId = optInt(body, 'task_id') ?? entry.taskId;
      if (projectId !== entry.projectId || taskId !== entry.taskId) checkBooking(state, entry.userId, projectId, taskId);
      const spentDate = body['spent_date'] ?? entry.spentDate;
      if (!isDate(spentDate)) throw unprocessable('Spent date must be a date (YYYY-MM-DD)');
      const zone = zoneOf(state, entry.userId);
      const hours = optNumber(body, 'hours');
      const startMinutes = readClock(body, 'started_time');
      const endMinutes = readClock(body, 'ended_time');
      const notes = optString(body, 'notes');

      // Times are wall-clock times on the spent_date: moving the date keeps the clock times.
      const clockOf = (ms: number | null) => (ms === null ? undefined : clockNow(ms, zone));
      const start = startMinutes ?? clockOf(entry.startedAt);
      const end = endMinutes ?? clockOf(entry.endedAt);
      const timed = state.company.wantsTimestampTimers && (start !== undefined || end !== undefined);
      if (timed && start !== undefined) {
        const startedAt = instantAt(spentDate, start, zone);
        const endedAt = end === undefined ? null : instantAt(spentDate, end, zone);
        if (endedAt !== null && endedAt < startedAt) throw unprocessable('Ended time must be after started time');
        entry.startedAt = startedAt;
        if (endedAt !== null) {
          // Giving an end time to a running entry ends it.
          entry.endedAt = endedAt;
          entry.timerStartedAt = null;
          entry.hoursWithoutTimer = toHours(endedAt - startedAt);
        } else if (entry.timerStartedAt !== null) {
          entry.timerStartedAt = startedAt;
        }
      }
      if (hours !== undefined) {
        entry.hoursWithoutTimer = Math.round(hours * 100) / 100;
        if (entry.startedAt !== null && entry.timerStartedAt === null) entry.endedAt = entry.startedAt + entry.hoursWithoutTimer * 3_600_000;
      }
      entry.projectId = projectId;
      entry.taskId = taskId;
      entry.spentDate = spentDate;
      if (notes !== undefined) entry.notes = notes;
      entry.updatedAt = state.now();
      return ok(view(entry));
    }),

    // "only possible if it's not closed and the associated project and task haven't been
    // archived. However, Admins can delete closed entries." 200 OK.
    route('DELETE', `${V2}/time_entries/:id`, (req) => {
      const entry = findEntry(ctx, req);
      const project = findById(state.projects, entry.projectId);
      const task = findById(state.tasks, entry.taskId);
      if (!project?.isActive || !task?.isActive) throw unprocessable('Time entries on archived projects or tasks cannot be deleted');
      if (entry.isClosed && ctx.caller(req).accessRole !== 'administrator') throw unprocessable('Closed time entries cannot be deleted');
      state.timeEntries.splice(state.timeEntries.indexOf(entry), 1);
      return { status: 200 };
    }),

    // "Stopping a time entry is only possible if it's currently running." 200 OK.
    route('PATCH', `${V2}/time_entries/:id/stop`, (req) => {
      const entry = findEntry(ctx, req);
      if (entry.timerStartedAt === null) throw unprocessable('Time entry is not running');
      stopEntry(state, entry);
      return ok(view(entry));
    }),

    /**
     * "Restarting a time entry is only possible if it isn't currently running." 200 OK.
     * With timestamp timers the answer is a NEW entry (the doc's example restarts 662202797 and
     * answers id 662204379 with a fresh `started_time`; v1 docs: "If your account uses timesheet
     * timestamps, timers cannot be restarted. Instead, a new timer is created"); by duration the
     * same entry runs again and keeps its `hours_without_timer`.
     */
    route('PATCH', `${V2}/time_entries/:id/restart`, (req) => {
      const entry = findEntry(ctx, req);
      if (entry.timerStartedAt !== null) throw unprocessable('Time entry is already running');
      const now = state.now();
      if (state.company.wantsTimestampTimers) {
        const { userId, projectId, taskId, notes } = entry;
        const fresh = newEntry(state, { userId, projectId, taskId, notes, spentDate: localDate(now, zoneOf(state, userId)) });
        fresh.timerStartedAt = now;
        fresh.startedAt = now;
        stopOtherTimers(state, entry.userId, fresh.id);
        state.timeEntries.push(fresh);
        return ok(view(fresh));
      }
      stopOtherTimers(state, entry.userId, entry.id);
      entry.timerStartedAt = now;
      entry.updatedAt = now;
      return ok(view(entry));
    }),
  ];
}
