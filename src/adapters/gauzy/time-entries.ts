/**
 * Time entries = Gauzy time logs (`/timesheet/time-log`).
 *
 * The list endpoint answers one plain array, with no paging, filtering `startedAt ∈
 * [startDate, endDate)` only and inner-joining time slots (time-log.service.ts
 * `getFilterTimeLogQuery`). The adapter therefore:
 * - reads `startedAt ∈ [from, to)` from the list, and the logs that began before `from` and run
 *   into it from `GET /timesheet/time-log/conflict` (get-conflict-time-log.handler.ts: logs of
 *   one employee whose (startedAt, stoppedAt) OVERLAPS the given span), asked for the instant
 *   `from`, once per employee in scope: whatever the length of the entry, it is found;
 * - adds running logs from `GET /timesheet/timer/status/worked` (timer.service.ts
 *   `getTimerWorkedStatus`: each employee's last log, no time-slot join), because a timer that
 *   has just started has no slot and is missing from the list; de-duplicated by id, so a log
 *   that has its first slot appears once;
 * - sends `employeeIds[]`, `projectIds[]` and `taskIds[]` in chunks of 20: past qs' arrayLimit
 *   (20) the server parses the array as an object and @IsArray() answers 400;
 * - refuses to present a narrowed answer as the whole one: without CHANGE_SELECTED_EMPLOYEE the
 *   server silently replaces `employeeIds` with the caller's own (getFilterTimeLogQuery
 *   L1255-1270), so a list that asks for anyone else fails for this source with
 *   UPSTREAM_SCOPE_NARROWED instead of answering one employee's logs as everyone's;
 * - pages the result itself by keyset (start descending, then id; see paging.ts).
 *
 * Cost of one `timeEntries` read (page 1; later pages come from the memo while it is fresh):
 * 1 list per chunk combination, + 1 conflict read per employee in scope when `from` is set
 * (4 at a time), + 1 `timer/status/worked` per 20 employees when the range reaches into the last
 * day (older running logs have time slots, so the list or the conflict read has them), + the
 * employee list (memoised with `users`) when no `userIds` filter names them, + one permission
 * check per adapter lifetime unless the token's `permissions` claim already answers it.
 *
 * Manual create and update refuse to overlap the employee's other logs: Gauzy would delete or
 * trim them (`addManualTime` / `updateManualTime` → DeleteTimeSpanCommand), so the adapter asks
 * the conflict endpoint first and answers a ConflictError naming them.
 */
import type { TimeEntry } from '../../domain/entities.js';
import { ConflictError, NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers, Page, TimeEntryFilter } from '../contract.js';
import type { Query } from './client.js';
import { mergeGauzyLogUpdate, toGauzyManualLog, toTimeEntry } from './mappers/to-time-entry.js';
import { pageByStart, startPosition } from './paging.js';
import { inOrganization, mapLimit, orNotFound, type GauzyContext } from './support.js';
import { GauzyTimeLog, GauzyTimeLogList, GauzyTimeLogs, GauzyTimerStatuses, GauzyWriteResult } from './types.js';

const HOUR = 3_600_000;
/** Gauzy needs both ends of the range; these stand for "unbounded". */
const EARLIEST = Date.parse('1970-01-01T00:00:00.000Z');
const LATEST = Date.parse('2100-01-01T00:00:00.000Z');
const TIMESHEET = { 'relations[]': ['timesheet'] };
/** qs' default arrayLimit: Express parses a longer `key[]` array as an object. */
export const MAX_ARRAY_PARAM = 20;
/** How recent a start must be for a running log to still lack its first time slot (with margin). */
const RECENT_MS = 24 * HOUR;
/** Conflict reads run this many at a time. */
const PARALLEL = 4;

const iso = (ms: number) => new Date(ms).toISOString();

export function chunk<T>(items: readonly T[], size = MAX_ARRAY_PARAM): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function overlaps(filter: TimeEntryFilter, e: TimeEntry): boolean {
  if (filter.to && e.start.getTime() >= filter.to.getTime()) return false;
  if (filter.from && e.end && e.end.getTime() <= filter.from.getTime()) return false;
  if (filter.userIds?.length && !(e.userId && filter.userIds.includes(e.userId))) return false;
  if (filter.projectIds?.length && !(e.projectId && filter.projectIds.includes(e.projectId))) return false;
  if (filter.taskIds?.length && !(e.taskId && filter.taskIds.includes(e.taskId))) return false;
  if (filter.running !== undefined && filter.running !== null && (e.end === null) !== filter.running) return false;
  if (filter.billable !== undefined && filter.billable !== null && e.billable !== filter.billable) return false;
  return true;
}

export interface GauzyTimeEntries extends EntityHandlers<'timeEntry'> {
  /** Maps a log the way reads do, fetching its timesheet status when the answer lacks it. */
  complete(log: GauzyTimeLog): Promise<TimeEntry>;
}

export interface TimeEntryDeps {
  /** Every employee id of the organization (the users list, memoised there). */
  employeeIds(): Promise<string[]>;
  now?: () => number;
}

export function gauzyTimeEntries(ctx: GauzyContext, deps: TimeEntryDeps): GauzyTimeEntries {
  const { client, source } = ctx;
  const now = deps.now ?? Date.now;
  const path = (id: string) => `/timesheet/time-log/${client.seg(id)}`;
  const tenancy = () => ({ organizationId: client.organizationId, tenantId: client.tenantId });

  const fetchOne = async (id: string) => {
    const log = await orNotFound('TimeEntry', id, client.get(path(id), GauzyTimeLog, TIMESHEET));
    if (!inOrganization(ctx, log)) throw new NotFoundError('TimeEntry', id);
    return log;
  };

  const complete = async (log: GauzyTimeLog) =>
    toTimeEntry(source, log.timesheetId && !log.timesheet ? await fetchOne(log.id) : log);

  /**
   * The employees whose entries the answer covers, or an UPSTREAM_SCOPE_NARROWED failure when
   * the credentials would silently get only their own employee's logs for a wider question.
   */
  const scope = async (filter: TimeEntryFilter): Promise<string[]> => {
    const asked = filter.userIds?.length ? [...new Set(filter.userIds)] : null;
    if (!(await client.seesOtherEmployees())) {
      const own = await client.ownEmployeeId();
      if (own && (!asked || asked.some((id) => id !== own))) {
        throw new UpstreamError(
          'UPSTREAM_SCOPE_NARROWED',
          source,
          `the Gauzy credentials lack CHANGE_SELECTED_EMPLOYEE, so Gauzy answers only employee ${own}'s time logs; ask for userIds: ["${own}"] or use credentials that may read other employees`,
        );
      }
    }
    return asked ?? (await deps.employeeIds());
  };

  /** Logs that began before `from` and are still going at `from`, of every employee in scope. */
  const spanning = async (employees: string[], from: number): Promise<GauzyTimeLog[]> => {
    const found: GauzyTimeLog[] = [];
    await mapLimit(employees, PARALLEL, async (employeeId) => {
      const query: Query = { ...tenancy(), employeeId, startDate: iso(from), endDate: iso(from + 1), ...TIMESHEET };
      found.push(...(await client.get('/timesheet/time-log/conflict', GauzyTimeLogs, query)));
    });
    return found;
  };

  /** Running logs of the employees in scope (the list misses them until their first slot). */
  const running = async (employees: string[]): Promise<GauzyTimeLog[]> => {
    const out: GauzyTimeLog[] = [];
    for (const ids of chunk(employees)) {
      const statuses = await client.get('/timesheet/timer/status/worked', GauzyTimerStatuses, { ...tenancy(), 'employeeIds[]': ids, ...TIMESHEET });
      for (const status of statuses) if (status.running && status.lastLog?.isRunning) out.push(status.lastLog);
    }
    return out;
  };

  /** The list for [start, end), one request per combination of ≤ 20-id chunks. */
  const listed = async (filter: TimeEntryFilter, start: number, end: number): Promise<GauzyTimeLog[]> => {
    const lists: [string, (readonly string[])[]][] = [];
    if (filter.userIds?.length) lists.push(['employeeIds[]', chunk([...new Set(filter.userIds)])]);
    if (filter.projectIds?.length) lists.push(['projectIds[]', chunk([...new Set(filter.projectIds)])]);
    if (filter.taskIds?.length) lists.push(['taskIds[]', chunk([...new Set(filter.taskIds)])]);
    let queries: Query[] = [{ ...tenancy(), startDate: iso(start), endDate: iso(end), ...TIMESHEET }];
    for (const [key, parts] of lists) queries = queries.flatMap((q) => parts.map((ids) => ({ ...q, [key]: [...ids] })));
    const out: GauzyTimeLog[] = [];
    for (const query of queries) {
      const body = await client.get('/timesheet/time-log', GauzyTimeLogList, query);
      out.push(...(Array.isArray(body) ? body : body.items));
    }
    return out;
  };

  const fetchRange = async (filter: TimeEntryFilter, start: number, end: number): Promise<TimeEntry[]> => {
    if (start >= end) return [];
    const employees = await scope(filter);
    // Only a timer without any time slot is missing from the list and the conflict read, and the
    // tracker saves a slot every 10 minutes: such a timer started moments ago. A day of margin.
    const wantRunning = filter.running !== false && now() > start && end > now() - RECENT_MS;
    const [inRange, before, live] = await Promise.all([
      listed(filter, start, end),
      // Also for `running: true`: a timer running for days has slots, and its `stoppedAt` (the
      // last slot) makes the conflict read find it.
      filter.from ? spanning(employees, start) : [],
      wantRunning ? running(employees) : [],
    ]);
    const logs = new Map<string, GauzyTimeLog>();
    for (const log of [...inRange, ...before, ...live]) if (!logs.has(log.id) && inOrganization(ctx, log)) logs.set(log.id, log);
    return [...logs.values()].map((log) => toTimeEntry(source, log));
  };

  const list = async (filter: TimeEntryFilter, page: { token: string | null; size: number }): Promise<Page<TimeEntry>> => {
    if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) return { items: [], nextPage: null };
    const start = filter.from ? filter.from.getTime() : EARLIEST;
    const end = filter.to ? filter.to.getTime() : LATEST;
    const key = `timeEntry:${JSON.stringify([start, end, filter.userIds ?? [], filter.projectIds ?? [], filter.taskIds ?? [], filter.running ?? null])}`;
    const position = startPosition(page.token);
    // The whole range read for page 1 serves every later page while it is fresh; otherwise a
    // later page reads only what lies at or before its position (startedAt < position + 1 ms).
    const held = ctx.snapshots.peek<TimeEntry[]>(key);
    const entries = held
      ? await held
      : position
        ? await fetchRange(filter, start, Math.min(end, position.start.getTime() + 1))
        : await ctx.snapshots.get(key, () => fetchRange(filter, start, end));
    return pageByStart(entries.filter((e) => overlaps(filter, e)), page);
  };

  /** Gauzy overwrites the employee's time that a manual log overlaps: refuse instead. */
  const assertNoOverlap = async (employeeId: string, start: Date, end: Date, ignoreId?: string) => {
    const query: Query = { ...tenancy(), employeeId, startDate: start.toISOString(), endDate: end.toISOString(), ...(ignoreId ? { ignoreId } : {}) };
    const others = (await client.get('/timesheet/time-log/conflict', GauzyTimeLogs, query)).filter((log) => log.id !== ignoreId);
    if (others.length) {
      throw new ConflictError(
        `the entry overlaps ${others.length} other time entr${others.length === 1 ? 'y' : 'ies'} of the same user (${others.map((l) => l.id).join(', ')}), which Gauzy would cut or delete; change the times or edit those entries first`,
      );
    }
  };

  return {
    complete,
    list,
    getMany: async (ids) => {
      const unique = [...new Set(ids)];
      const found = new Map<string, TimeEntry | Error>();
      await mapLimit(unique, 4, async (id) => {
        try {
          found.set(id, toTimeEntry(source, await fetchOne(id)));
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
          found.set(id, error);
        }
      });
      return ids.map((id) => found.get(id) ?? new NotFoundError('TimeEntry', id));
    },
    create: async (input) => {
      if (!input.end) throw ValidationError.field('input.end', 'is required on a Gauzy source; start a timer for a running entry');
      // Gauzy overwrites another employee's choice with the caller's unless told whose log it is.
      const employeeId = input.userId ?? (await client.ownEmployeeId());
      if (!employeeId) throw ValidationError.field('input.userId', 'is required: the Gauzy credentials belong to no employee');
      const body = toGauzyManualLog({ ...input, end: input.end }, employeeId);
      await assertNoOverlap(employeeId, input.start, input.end);
      const created = await client.write('POST', '/timesheet/time-log', GauzyTimeLog, { body });
      ctx.snapshots.clear();
      return complete(created);
    },
    update: async (id, patch) => {
      const current = await fetchOne(id);
      const body = mergeGauzyLogUpdate(current, patch);
      await assertNoOverlap(String(body['employeeId']), new Date(String(body['startedAt'])), new Date(String(body['stoppedAt'])), id);
      const updated = await orNotFound('TimeEntry', id, client.write('PUT', path(id), GauzyTimeLog, { body }));
      ctx.snapshots.clear();
      // The timesheet only changes when the log moved to another week.
      const sameSheet = !updated.timesheet && current.timesheet && updated.timesheetId === current.timesheetId;
      return sameSheet ? toTimeEntry(source, { ...updated, timesheet: current.timesheet }) : complete(updated);
    },
    delete: async (id) => {
      try {
        await client.write('DELETE', '/timesheet/time-log', GauzyWriteResult, { query: { 'logIds[]': [id], ...tenancy(), forceDelete: false } });
      } catch (error) {
        // Gauzy answers 406 "No time logs found with the provided IDs" for an unknown id.
        if (error instanceof UpstreamError && (error.status === 404 || (error.status === 406 && /not found|no time logs/i.test(error.message)))) {
          throw new NotFoundError('TimeEntry', id);
        }
        throw error;
      } finally {
        ctx.snapshots.clear();
      }
    },
  };
}
