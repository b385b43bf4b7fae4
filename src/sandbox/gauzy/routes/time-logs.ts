/**
 * `/api/timesheet/time-log` (TimeLogController), following the code where the seed differs:
 * - the list is a **plain array** sorted by startedAt, not `{items, total}`, with employee(.user),
 *   project, task, organizationContact and timeSlots loaded; logs without time slots are
 *   inner-joined away; the date filter is `startedAt >= startDate AND startedAt < endDate` and
 *   only applies when both are given;
 * - manual create forces logType MANUAL / source BROWSER and overwrites overlapping time;
 * - update is a full PUT with the create's required fields (200), setting `editedAt`;
 * - delete takes `logIds[]` in the query (no `/:id` route), soft by default → UpdateResult.
 */
import type { SimRequest, SimRoute } from '../../kit.js';
import type { Caller } from '../auth.js';
import type { SimContext } from '../context.js';
import { badRequest, json, notAcceptable, notFound, uuidParam } from '../envelope.js';
import { isUuid } from '../ids.js';
import { checkOrganization, organizationIdOf } from '../listing.js';
import { asList, asString, parseQuery, parseRelations } from '../query.js';
import { timeLogJson } from '../serialize.js';
import { baseColumns, setTags, TIME_LOG_SOURCES, TIME_LOG_TYPES, type TimeLogRow } from '../state.js';
import { attachTimesheet, liveLogs, overwriteSpan, recalcTimesheet, timeSlotsOf } from '../tracking.js';
import * as v from '../validate.js';
import { callerCan } from '../permissions.js';
import { bodyOf } from './common.js';

/** The caller's employee in the organization (RequestContext.currentEmployeeId), if any. */
function employeeIn(caller: Caller, organizationId: string): string | undefined {
  return caller.employee && caller.employee.organizationId === organizationId ? caller.employee.id : undefined;
}

/** Relations the list service always loads (gauzy.md §2.1). */
const LIST_RELATIONS = ['employee', 'employee.user', 'project', 'task', 'organizationContact', 'timeSlots'];
const GROUP_BY = ['date', 'employee', 'project', 'client'] as const;

interface ManualInput {
  organizationId: string;
  employeeId: string;
  start: number;
  end: number;
}

/** ManualTimeLogDTO + TenantOrganizationBaseDTO, in the order class-validator reports them. */
function validateManual(ctx: SimContext, caller: Caller, body: Record<string, unknown>, update: boolean): ManualInput {
  const errors: v.Errors = [];
  checkOrganization(errors, ctx, caller, body);
  const start = v.toTime(body['startedAt']);
  const end = v.toTime(body['stoppedAt']);
  if (v.notEmpty(errors, 'startedAt', body['startedAt'], 'Started date should not be empty')) {
    if (!v.isEmpty(body['stoppedAt']) && !(start < end)) errors.push('Started date must be before stopped date');
  }
  v.notEmpty(errors, 'stoppedAt', body['stoppedAt'], 'Stopped date should not be empty');
  if (v.notEmpty(errors, 'employeeId', body['employeeId'])) v.uuid(errors, 'employeeId', body['employeeId'], true);
  if (update) {
    v.oneOf(errors, 'logType', body['logType'], TIME_LOG_TYPES);
    v.oneOf(errors, 'source', body['source'], TIME_LOG_SOURCES);
  }
  v.throwIfAny(errors);
  return { organizationId: organizationIdOf(body) ?? ctx.state.organization.id, employeeId: String(body['employeeId']), start, end };
}

/**
 * What the service checks after validation. Its whole body is wrapped in try/catch, so unknown
 * references (a DB error in Gauzy) come back as a generic 400; the future-date rule keeps its own
 * message (gauzy.md §2.1).
 */
function checkReferences(ctx: SimContext, body: Record<string, unknown>, input: ManualInput, failure: string): void {
  const { state } = ctx;
  if (!ctx.state.organization.futureDateAllowed && input.end > ctx.now().getTime()) {
    throw badRequest('Please select valid Date, start time and end time');
  }
  const employee = state.employees.get(input.employeeId);
  if (!employee || employee.deletedAt !== null || employee.organizationId !== input.organizationId) throw badRequest(failure);
  const refs: [string, Map<string, { deletedAt: string | null }>][] = [
    ['projectId', state.projects],
    ['taskId', state.tasks],
    ['organizationContactId', state.contacts],
    ['organizationTeamId', state.teams],
  ];
  for (const [field, table] of refs) {
    const id = body[field];
    if (v.isEmpty(id)) continue;
    if (!isUuid(id) || !table.get(id) || table.get(id)?.deletedAt !== null) throw badRequest(failure);
  }
  for (const field of ['description', 'reason']) if (!v.isEmpty(body[field]) && typeof body[field] !== 'string') throw badRequest(failure);
  if (body['isBillable'] !== undefined && body['isBillable'] !== null && typeof body['isBillable'] !== 'boolean') throw badRequest(failure);
  if (body['tags'] !== undefined && (!Array.isArray(body['tags']) || body['tags'].some((t) => !isUuid(typeof t === 'string' ? t : v.plainObject(t) ? t['id'] : t)))) {
    throw badRequest(failure);
  }
}

const optionalId = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const tagIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((t) => (typeof t === 'string' ? t : v.plainObject(t) ? String(t['id']) : '')).filter(Boolean) : [];

export function timeLogRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;

  const load = (id: string): TimeLogRow => {
    const log = state.timeLogs.get(id);
    if (!log || log.deletedAt !== null) throw notFound();
    return log;
  };

  /** TimeLogQueryDTO validation (whitelisted: unknown params are dropped, not rejected). */
  const listFilters = (req: SimRequest, caller: Caller) => {
    const q = parseQuery(req.query);
    const errors: v.Errors = [];
    checkOrganization(errors, ctx, caller, q);
    v.dateString(errors, 'startDate', q['startDate']);
    v.dateString(errors, 'endDate', q['endDate']);
    const start = v.toTime(q['startDate']);
    const end = v.toTime(q['endDate']);
    if (v.isIsoDate(q['startDate']) && v.isIsoDate(q['endDate']) && !(start < end)) errors.push('Start date must be before to the end date');
    const lists = {
      employeeIds: asList(q['employeeIds']),
      projectIds: asList(q['projectIds']),
      taskIds: asList(q['taskIds']),
      teamIds: asList(q['teamIds']),
    };
    for (const [name, values] of Object.entries(lists)) {
      // SelectorsQueryDTO (shared/dto/selectors-query.dto.ts): @IsArray() on each list, so a
      // lone value or the object qs makes of more than 20 `[]` items is a 400.
      if (q[name] !== undefined && !Array.isArray(q[name])) errors.push(`${name} must be an array`);
      v.uuidEach(errors, name, values);
    }
    const logType = asList(q['logType']);
    const source = asList(q['source']);
    v.oneOfEach(errors, 'logType', logType, TIME_LOG_TYPES);
    v.oneOfEach(errors, 'source', source, TIME_LOG_SOURCES);
    v.uuid(errors, 'timesheetId', q['timesheetId']);
    v.oneOf(errors, 'groupBy', q['groupBy'], GROUP_BY);
    v.throwIfAny(errors);
    return { q, start, end, lists, logType, source };
  };

  return [
    route('GET', '/api/timesheet/time-log', (req, caller) => {
      const f = listFilters(req, caller);
      const orgId = asString(f.q['organizationId']) ?? state.organization.id;
      // time-log.service.ts `getFilterTimeLogQuery` (L1239-1270): without
      // CHANGE_SELECTED_EMPLOYEE, a caller with an employee gets `employeeIds` replaced by their
      // own, silently (a team manager keeps the ids they manage; the simulator has no such case).
      const ownEmployee = employeeIn(caller, orgId);
      if (!callerCan(state, caller, 'CHANGE_SELECTED_EMPLOYEE') && ownEmployee) f.lists.employeeIds = [ownEmployee];
      const hasRange = !v.isEmpty(f.q['startDate']) && !v.isEmpty(f.q['endDate']);
      const isEdited = asString(f.q['isEdited']);
      const timesheetId = asString(f.q['timesheetId']);
      const logs = liveLogs(state)
        .filter((log) => {
          if (log.organizationId !== orgId || log.tenantId !== caller.tenantId) return false;
          const t = Date.parse(log.startedAt);
          if (hasRange && !(t >= f.start && t < f.end)) return false;
          if (f.lists.employeeIds.length && !f.lists.employeeIds.includes(log.employeeId)) return false;
          if (f.lists.projectIds.length && !f.lists.projectIds.includes(log.projectId ?? '')) return false;
          if (f.lists.teamIds.length && !f.lists.teamIds.includes(log.organizationTeamId ?? '')) return false;
          if (f.logType.length && !f.logType.includes(log.logType)) return false;
          if (f.source.length && !f.source.includes(log.source)) return false;
          if (timesheetId && log.timesheetId !== timesheetId) return false;
          if (isEdited !== undefined && (isEdited === 'true') !== !!log.editedAt) return false;
          // Inner joins on employee and timeSlots.
          return state.employees.has(log.employeeId) && timeSlotsOf(log).length > 0;
        })
        .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
      const rels = parseRelations(LIST_RELATIONS);
      for (const extra of parseRelations(f.q['relations'])) rels.add(extra);
      const now = ctx.now();
      return json(
        logs.map((log) => {
          const served = timeLogJson(state, log, rels, now);
          // TEST FAULT, not Gauzy behaviour (context.ts GauzyTestFaults): a record no reader can map.
          return ctx.testFaults.malformedTimeLogIds.has(log.id) ? { ...served, startedAt: null } : served;
        }),
      );
    }),
    route('GET', '/api/timesheet/time-log/conflict', (req, caller) => {
      const q = parseQuery(req.query);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.dateString(errors, 'startDate', q['startDate']);
      v.dateString(errors, 'endDate', q['endDate']);
      v.uuid(errors, 'employeeId', q['employeeId']);
      v.uuid(errors, 'ignoreId', q['ignoreId']);
      v.throwIfAny(errors);
      const start = v.toTime(q['startDate']);
      const end = v.toTime(q['endDate']);
      const employeeId = asString(q['employeeId']) ?? caller.employee?.id;
      const orgId = asString(q['organizationId']) ?? state.organization.id;
      // get-conflict-time-log.handler.ts `execute`: same employee, tenant and organization,
      // `(startedAt, stoppedAt) OVERLAPS (start, end)` (half-open), inner-joined to time slots.
      const conflicts = liveLogs(state).filter(
        (log) =>
          log.employeeId === employeeId &&
          log.organizationId === orgId &&
          log.id !== q['ignoreId'] &&
          Date.parse(log.startedAt) < end &&
          Date.parse(log.stoppedAt) > start &&
          timeSlotsOf(log).length > 0,
      );
      const now = ctx.now();
      const rels = parseRelations(q['relations']);
      rels.add('timeSlots');
      return json(conflicts.map((log) => timeLogJson(state, log, rels, now)));
    }),
    route('GET', '/api/timesheet/time-log/:id', (req) => {
      const log = load(uuidParam(req.params));
      return json(timeLogJson(state, log, parseRelations(parseQuery(req.query)['relations']), ctx.now()));
    }),
    route('POST', '/api/timesheet/time-log', (req, caller) => {
      const body = bodyOf(req);
      const input = validateManual(ctx, caller, body, false);
      checkReferences(ctx, body, input, 'Failed to add manual time log');
      const at = ctx.nowIso();
      overwriteSpan(state, { employeeId: input.employeeId, organizationId: input.organizationId, start: input.start, end: input.end }, at, ctx.newId);
      const log: TimeLogRow = {
        ...baseColumns(ctx.newId(), at, caller.user.id),
        tenantId: caller.tenantId,
        organizationId: input.organizationId,
        startedAt: new Date(input.start).toISOString(),
        stoppedAt: new Date(input.end).toISOString(),
        editedAt: null,
        // @Transform on CreateManualTimeLogDTO: whatever the client sends.
        logType: 'MANUAL',
        source: 'BROWSER',
        description: optionalId(body['description']),
        reason: optionalId(body['reason']),
        isBillable: body['isBillable'] === true,
        isRunning: false,
        version: null,
        employeeId: input.employeeId,
        timesheetId: null,
        projectId: optionalId(body['projectId']),
        taskId: optionalId(body['taskId']),
        organizationContactId: optionalId(body['organizationContactId']),
        organizationTeamId: optionalId(body['organizationTeamId']),
      };
      state.timeLogs.set(log.id, log);
      setTags(state, 'timeLog', log.id, tagIds(body['tags']));
      attachTimesheet(state, log, at, ctx.newId);
      return json(timeLogJson(state, log, new Set(), ctx.now()), 201);
    }),
    route('PUT', '/api/timesheet/time-log/:id', (req, caller) => {
      const id = uuidParam(req.params);
      const body = bodyOf(req);
      const input = validateManual(ctx, caller, body, true);
      const log = load(id);
      checkReferences(ctx, body, input, 'Failed to update manual time log');
      const at = ctx.nowIso();
      overwriteSpan(state, { employeeId: input.employeeId, organizationId: input.organizationId, start: input.start, end: input.end, ignoreId: log.id }, at, ctx.newId);
      const previousSheet = log.timesheetId;
      Object.assign(log, {
        startedAt: new Date(input.start).toISOString(),
        stoppedAt: new Date(input.end).toISOString(),
        employeeId: input.employeeId,
        organizationId: input.organizationId,
        editedAt: at,
        updatedAt: at,
        updatedByUserId: caller.user.id,
      });
      // Optional columns change only when sent (TypeORM save of a partial entity).
      for (const field of ['projectId', 'taskId', 'organizationContactId', 'organizationTeamId', 'description', 'reason'] as const) {
        if (field in body) log[field] = optionalId(body[field]);
      }
      if (typeof body['isBillable'] === 'boolean') log.isBillable = body['isBillable'];
      if (typeof body['logType'] === 'string') log.logType = body['logType'] as TimeLogRow['logType'];
      if (typeof body['source'] === 'string') log.source = body['source'] as TimeLogRow['source'];
      if ('tags' in body) setTags(state, 'timeLog', log.id, tagIds(body['tags']));
      attachTimesheet(state, log, at, ctx.newId);
      if (previousSheet && previousSheet !== log.timesheetId) recalcTimesheet(state, previousSheet);
      return json(timeLogJson(state, log, new Set(), ctx.now()));
    }),
    route('DELETE', '/api/timesheet/time-log', (req, caller) => {
      const q = parseQuery(req.query);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.throwIfAny(errors);
      const ids = asList(q['logIds']).filter((x): x is string => typeof x === 'string' && x !== '');
      if (ids.length === 0) throw notAcceptable('You cannot delete time logs without IDs');
      const orgId = organizationIdOf(q) ?? state.organization.id;
      const logs = ids
        .map((id) => state.timeLogs.get(id))
        .filter((log): log is TimeLogRow => !!log && log.deletedAt === null && log.organizationId === orgId);
      if (logs.length === 0) throw notAcceptable('No time logs found with the provided IDs');
      const force = q['forceDelete'] === 'true';
      const at = ctx.nowIso();
      const sheets = new Set<string>();
      for (const log of logs) {
        if (log.timesheetId) sheets.add(log.timesheetId);
        if (force) state.timeLogs.delete(log.id);
        else Object.assign(log, { deletedAt: at, updatedAt: at });
      }
      for (const id of sheets) recalcTimesheet(state, id);
      // Soft delete answers TypeORM's UpdateResult, hard delete its DeleteResult.
      return json(force ? { raw: [], affected: logs.length } : { generatedMaps: [], raw: [], affected: logs.length });
    }),
  ];
}
