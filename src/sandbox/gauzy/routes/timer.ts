/**
 * `/api/timesheet/timer` (TimerController). The timer always acts on the caller's own employee.
 * - start: StartTimerDTO requires `organizationId`, `source` and `logType` (the entity's @IsEnum
 *   without @IsOptional); stops the employee's previous running logs first; the new log has
 *   `isRunning: true` and `stoppedAt == startedAt` (duration 0). 201.
 * - stop: 406 when nothing runs; otherwise sets `stoppedAt` (request value or now) and overwrites
 *   overlapping time. 201.
 * - toggle: stop if running, else start. 201.
 * - status: today's (or todayStart…todayEnd) completed duration plus the running part,
 *   `{duration, running, lastLog, reWeeklyLimit, workedThisWeek}`.
 */
import type { SimRoute } from '../../kit.js';
import type { Caller } from '../auth.js';
import type { SimContext } from '../context.js';
import { forbidden, json, notAcceptable, notFound } from '../envelope.js';
import { checkOrganization } from '../listing.js';
import { asList, parseQuery, parseRelations } from '../query.js';
import { timeLogJson } from '../serialize.js';
import { baseColumns, logDuration, TIME_LOG_SOURCES, TIME_LOG_TYPES, weekBounds, type EmployeeRow, type TimeLogRow } from '../state.js';
import { attachTimesheet, liveLogs, overwriteSpan, recalcTimesheet, timeSlotsOf } from '../tracking.js';
import * as v from '../validate.js';
import { callerCan } from '../permissions.js';
import { bodyOf } from './common.js';

const TEN_MINUTES = 600_000;

/** StartTimerDTO (and StopTimerDTO, where source/logType become optional). */
function validateTimerBody(ctx: SimContext, caller: Caller, body: Record<string, unknown>, stop: boolean): void {
  const errors: v.Errors = [];
  checkOrganization(errors, ctx, caller, body);
  v.oneOf(errors, 'source', body['source'], TIME_LOG_SOURCES, !stop);
  v.oneOf(errors, 'logType', body['logType'], TIME_LOG_TYPES, !stop);
  v.boolean(errors, 'isBillable', body['isBillable']);
  v.string(errors, 'description', body['description']);
  v.string(errors, 'version', body['version']);
  for (const field of ['organizationTeamId', 'organizationContactId', 'projectId', 'taskId']) v.uuid(errors, field, body[field]);
  v.throwIfAny(errors);
}

const optional = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function timerRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;

  const ownEmployee = (caller: Caller): EmployeeRow => {
    if (!caller.employee) throw notFound('Employee record not found. Please verify your details and try again.');
    if (!caller.employee.isTrackingEnabled) throw forbidden('The time tracking functionality has been disabled for you.');
    return caller.employee;
  };

  const runningLogs = (employee: EmployeeRow): TimeLogRow[] =>
    liveLogs(state)
      .filter((l) => l.employeeId === employee.id && l.organizationId === employee.organizationId && l.isRunning)
      .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt));

  /**
   * ScheduleTimeLogEntries: a previous running log keeps its last saved `stoppedAt`; one that
   * never saved (no time slots) and is older than ten minutes gets startedAt + 10 s.
   */
  const closePending = (employee: EmployeeRow, at: string) => {
    for (const log of runningLogs(employee)) {
      if (timeSlotsOf(log).length === 0 && ctx.now().getTime() - Date.parse(log.startedAt) > TEN_MINUTES) {
        log.stoppedAt = new Date(Date.parse(log.startedAt) + 10_000).toISOString();
      }
      Object.assign(log, { isRunning: false, updatedAt: at });
      recalcTimesheet(state, log.timesheetId);
    }
  };

  const start = (caller: Caller, body: Record<string, unknown>) => {
    const employee = ownEmployee(caller);
    const at = ctx.nowIso();
    closePending(employee, at);
    const requested = v.toTime(body['startedAt']);
    const startedAt = new Date(Number.isNaN(requested) ? ctx.now().getTime() : requested).toISOString();
    const log: TimeLogRow = {
      ...baseColumns(ctx.newId(), at, caller.user.id),
      tenantId: caller.tenantId,
      organizationId: employee.organizationId,
      startedAt,
      stoppedAt: startedAt,
      editedAt: null,
      logType: (body['logType'] as TimeLogRow['logType'] | undefined) ?? 'TRACKED',
      source: (body['source'] as TimeLogRow['source'] | undefined) ?? 'BROWSER',
      description: optional(body['description']),
      reason: null,
      isBillable: body['isBillable'] === true,
      isRunning: true,
      version: optional(body['version']),
      employeeId: employee.id,
      timesheetId: null,
      projectId: optional(body['projectId']),
      taskId: optional(body['taskId']),
      organizationContactId: optional(body['organizationContactId']),
      organizationTeamId: optional(body['organizationTeamId']),
    };
    state.timeLogs.set(log.id, log);
    attachTimesheet(state, log, at, ctx.newId);
    Object.assign(employee, { isOnline: true, isTrackingTime: true });
    return json(timeLogJson(state, log, new Set(), ctx.now()), 201);
  };

  const stop = (caller: Caller, body: Record<string, unknown>) => {
    const employee = ownEmployee(caller);
    const [log] = runningLogs(employee);
    if (!log) throw notAcceptable("No running log found. Can't stop timer because it was already stopped.");
    const at = ctx.nowIso();
    const requested = v.toTime(body['stoppedAt']);
    const stoppedAt = Number.isNaN(requested) ? ctx.now().getTime() : requested;
    // A stop time before the start is ignored; only isRunning changes then.
    if (stoppedAt >= Date.parse(log.startedAt)) log.stoppedAt = new Date(stoppedAt).toISOString();
    Object.assign(log, { isRunning: false, updatedAt: at, updatedByUserId: caller.user.id });
    Object.assign(employee, { isOnline: false, isTrackingTime: false });
    closePending(employee, at);
    overwriteSpan(
      state,
      { employeeId: employee.id, organizationId: log.organizationId, start: Date.parse(log.startedAt), end: Date.parse(log.stoppedAt), ignoreId: log.id },
      at,
      ctx.newId,
    );
    recalcTimesheet(state, log.timesheetId);
    return json(timeLogJson(state, log, new Set(), ctx.now()), 201);
  };

  return [
    route('POST', '/api/timesheet/timer/start', (req, caller) => {
      const body = bodyOf(req);
      validateTimerBody(ctx, caller, body, false);
      return start(caller, body);
    }),
    route('POST', '/api/timesheet/timer/stop', (req, caller) => {
      const body = bodyOf(req);
      validateTimerBody(ctx, caller, body, true);
      return stop(caller, body);
    }),
    route('POST', '/api/timesheet/timer/toggle', (req, caller) => {
      const body = bodyOf(req);
      validateTimerBody(ctx, caller, body, false);
      const employee = ownEmployee(caller);
      return runningLogs(employee).length > 0 ? stop(caller, body) : start(caller, body);
    }),
    route('GET', '/api/timesheet/timer/status', (req, caller) => {
      const q = parseQuery(req.query);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.uuid(errors, 'employeeId', q['employeeId']);
      v.oneOf(errors, 'source', q['source'], TIME_LOG_SOURCES);
      v.dateString(errors, 'todayStart', q['todayStart']);
      v.dateString(errors, 'todayEnd', q['todayEnd']);
      v.throwIfAny(errors);
      // timer.service.ts `getTimerStatus` (L92-104): an explicit employeeId is honoured only with
      // CHANGE_SELECTED_EMPLOYEE; otherwise the caller's own employee in the organization, and
      // 404 when there is none (a user without an employee record, e.g. an admin).
      const orgId = typeof q['organizationId'] === 'string' ? q['organizationId'] : state.organization.id;
      const explicit = typeof q['employeeId'] === 'string' && callerCan(state, caller, 'CHANGE_SELECTED_EMPLOYEE');
      const employee = explicit ? state.employees.get(String(q['employeeId'])) : caller.employee;
      if (!employee || employee.deletedAt !== null || employee.organizationId !== orgId) {
        throw notFound("We couldn't find the employee you were looking for.");
      }
      const now = ctx.now();
      const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
      const from = v.isIsoDate(q['todayStart']) ? v.toTime(q['todayStart']) : today;
      const to = v.isIsoDate(q['todayEnd']) ? v.toTime(q['todayEnd']) : today + 86_400_000 - 1;
      const source = typeof q['source'] === 'string' ? q['source'] : undefined;
      const inRange = liveLogs(state).filter((l) => {
        const t = Date.parse(l.startedAt);
        return l.employeeId === employee.id && t >= from && t <= to && (!source || l.source === source);
      });
      const completed = inRange.filter((l) => !l.isRunning);
      const lastLog = [...inRange].sort(
        (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt),
      )[0];
      let duration = completed.reduce((sum, l) => sum + logDuration(l, now), 0);
      if (lastLog?.isRunning) duration += Math.abs(Math.trunc((now.getTime() - Date.parse(lastLog.startedAt)) / 1000));
      const week = weekBounds(from);
      let workedThisWeek = liveLogs(state)
        .filter((l) => l.employeeId === employee.id && l.startedAt >= week.start && l.startedAt <= week.end)
        .reduce((sum, l) => sum + logDuration(l, now), 0);
      if (lastLog?.isRunning) workedThisWeek += Math.trunc((now.getTime() - Date.parse(lastLog.stoppedAt)) / 1000);
      return json({
        duration,
        running: lastLog?.isRunning ?? false,
        lastLog: lastLog ? timeLogJson(state, lastLog, parseRelations(q['relations']), now) : null,
        reWeeklyLimit: employee.reWeeklyLimit,
        workedThisWeek,
      });
    }),
    route('GET', '/api/timesheet/timer/status/worked', (req, caller) => {
      const q = parseQuery(req.query);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      const requested = [...asList(q['employeeIds']), ...asList(q['employeeId'])];
      v.uuidEach(errors, 'employeeIds', requested);
      v.throwIfAny(errors);
      if (q['employeeIds'] !== undefined && !Array.isArray(q['employeeIds'])) errors.push('employeeIds must be an array');
      v.throwIfAny(errors);
      // timer.service.ts `getTimerWorkedStatus` (L716-724): with CHANGE_SELECTED_EMPLOYEE or
      // ORG_MEMBER_LAST_LOG_VIEW, the requested employees (none asked: none answered);
      // otherwise only the caller's own employee. One last log per employee (running or not)
      // of the organization, no inner join on time slots.
      const orgId = typeof q['organizationId'] === 'string' ? q['organizationId'] : state.organization.id;
      const mayView = callerCan(state, caller, 'CHANGE_SELECTED_EMPLOYEE') || callerCan(state, caller, 'ORG_MEMBER_LAST_LOG_VIEW');
      const employeeIds = mayView ? (requested as string[]) : caller.employee ? [caller.employee.id] : [];
      const now = ctx.now();
      const rels = parseRelations(q['relations']);
      const out = employeeIds.flatMap((employeeId) => {
        const last = liveLogs(state)
          .filter((l) => l.employeeId === employeeId && l.organizationId === orgId && l.tenantId === caller.tenantId)
          .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))[0];
        if (!last) return [];
        const idle = now.getTime() - Date.parse(last.stoppedAt) >= 86_400_000;
        return [
          {
            duration: logDuration(last, now),
            running: last.isRunning,
            lastLog: timeLogJson(state, last, rels, now),
            timerStatus: last.isRunning ? 'running' : idle ? 'idle' : 'pause',
            reWeeklyLimit: state.employees.get(employeeId)?.reWeeklyLimit ?? 0,
            workedThisWeek: 0,
          },
        ];
      });
      return json(out);
    }),
  ];
}
