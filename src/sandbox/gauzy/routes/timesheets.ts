/**
 * `/api/timesheet` (TimeSheetController; CAN_APPROVE_TIMESHEET, which the SUPER_ADMIN login has).
 * - list: a plain array; `startedAt BETWEEN startDate AND endDate` (default: the current month);
 *   `status[]` is not filtered on by the service.
 * - `PUT /status` `{ids, status, organizationId}` sets any TimesheetStatus (`IN REVIEW` has a
 *   space); APPROVED stamps approvedAt/approvedById, DENIED stores `reason`. There are no
 *   `/approve` or `/deny` routes (the seed is wrong).
 * - `PUT /submit` `{ids, status: "submit"|"unsubmit"}` only sets/clears `submittedAt` and answers
 *   the sheets that are submitted afterwards (so `unsubmit` answers `[]`).
 */
import type { SimRoute } from '../../kit.js';
import type { SimContext } from '../context.js';
import { json, notAcceptable, notFound, uuidParam } from '../envelope.js';
import { checkOrganization, organizationIdOf } from '../listing.js';
import { asList, parseQuery, parseRelations } from '../query.js';
import { timesheetJson } from '../serialize.js';
import { TIMESHEET_STATUSES, type GauzyState, type TimesheetRow } from '../state.js';
import * as v from '../validate.js';
import { bodyOf } from './common.js';

/** The status and submit handlers reload sheets with a trimmed employee.user selection. */
function withEmployee(state: GauzyState, ts: TimesheetRow): Record<string, unknown> {
  const employee = state.employees.get(ts.employeeId);
  const user = employee ? state.users.get(employee.userId) : undefined;
  return {
    ...timesheetJson(state, ts),
    employee: employee
      ? {
          id: employee.id,
          organizationId: employee.organizationId,
          user: user ? { id: user.id, firstName: user.firstName, lastName: user.lastName, email: user.email } : null,
        }
      : null,
  };
}

export function timesheetRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;

  const query = (req: Parameters<Parameters<typeof route>[2]>[0], caller: Parameters<Parameters<typeof route>[2]>[1]) => {
    const q = parseQuery(req.query);
    const errors: v.Errors = [];
    checkOrganization(errors, ctx, caller, q);
    v.dateString(errors, 'startDate', q['startDate']);
    v.dateString(errors, 'endDate', q['endDate']);
    const employeeIds = asList(q['employeeIds']);
    v.uuidEach(errors, 'employeeIds', employeeIds);
    v.throwIfAny(errors);
    const now = ctx.now();
    const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    const monthEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 1;
    const from = v.isIsoDate(q['startDate']) ? v.toTime(q['startDate']) : monthStart;
    const to = v.isIsoDate(q['endDate']) ? v.toTime(q['endDate']) : monthEnd;
    const orgId = organizationIdOf(q) ?? state.organization.id;
    const rows = [...state.timesheets.values()].filter((ts) => {
      const t = Date.parse(ts.startedAt);
      return (
        ts.deletedAt === null &&
        ts.organizationId === orgId &&
        t >= from &&
        t <= to &&
        (employeeIds.length === 0 || employeeIds.includes(ts.employeeId)) &&
        state.employees.has(ts.employeeId)
      );
    });
    return { rows, relations: parseRelations(q['relations']) };
  };

  const idsOf = (errors: v.Errors, value: unknown, message?: string): string[] => {
    const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    if (ids.length === 0) errors.push(message ?? 'ids should not be empty');
    return ids.filter((id): id is string => typeof id === 'string');
  };

  return [
    route('GET', '/api/timesheet/count', (req, caller) => json(query(req, caller).rows.length)),
    route('PUT', '/api/timesheet/status', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      v.oneOf(errors, 'status', body['status'], TIMESHEET_STATUSES, true);
      const ids = idsOf(errors, body['ids']);
      v.throwIfAny(errors);
      if (ids.length === 0) throw notAcceptable('You cannot update timesheet status without providing IDs');
      const status = body['status'] as TimesheetRow['status'];
      const orgId = organizationIdOf(body) ?? state.organization.id;
      const at = ctx.nowIso();
      const rows = ids.map((id) => state.timesheets.get(id)).filter((ts): ts is TimesheetRow => !!ts && ts.deletedAt === null && ts.organizationId === orgId);
      for (const ts of rows) {
        ts.status = status;
        ts.approvedAt = status === 'APPROVED' ? at : null;
        if (status === 'APPROVED') ts.approvedById = caller.user.id;
        if (status === 'DENIED') ts.reason = typeof body['reason'] === 'string' && body['reason'].trim() ? body['reason'].trim() : null;
        ts.updatedAt = at;
      }
      return json(rows.map((ts) => withEmployee(state, ts)));
    }),
    route('PUT', '/api/timesheet/submit', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      const ids = idsOf(errors, body['ids'], 'At least one timesheet ID must be provided');
      // The DTO defaults status to "submit".
      const action = body['status'] === undefined ? 'submit' : body['status'];
      if (v.isEmpty(action)) errors.push('Status must not be empty');
      if (action !== 'submit' && action !== 'unsubmit') errors.push('Status must be either "submit" or "unsubmit"');
      v.throwIfAny(errors);
      if (ids.length === 0) throw notAcceptable('You can not submit timesheet');
      const orgId = organizationIdOf(body) ?? state.organization.id;
      const at = ctx.nowIso();
      const rows = ids.map((id) => state.timesheets.get(id)).filter((ts): ts is TimesheetRow => !!ts && ts.deletedAt === null && ts.organizationId === orgId);
      for (const ts of rows) Object.assign(ts, { submittedAt: action === 'submit' ? at : null, updatedAt: at });
      return json(rows.filter((ts) => ts.submittedAt !== null).map((ts) => withEmployee(state, ts)));
    }),
    route('GET', '/api/timesheet', (req, caller) => {
      const { rows, relations } = query(req, caller);
      return json(rows.map((ts) => timesheetJson(state, ts, relations)));
    }),
    route('GET', '/api/timesheet/:id', (req) => {
      const ts = state.timesheets.get(uuidParam(req.params));
      if (!ts || ts.deletedAt !== null) throw notFound();
      return json(timesheetJson(state, ts));
    }),
  ];
}
