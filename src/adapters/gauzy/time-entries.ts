/**
 * Time entries = Gauzy time logs (`/timesheet/time-log`).
 *
 * The list endpoint answers one plain array for a date range, with no paging, filtering on
 * `startedAt` only. The adapter therefore:
 * - asks for `startedAt ∈ [from − 24 h, to)` so entries that began before `from` but run into it
 *   are found, then keeps those that overlap [from, to);
 * - pages the result itself by keyset (start descending, then id; see paging.ts): re-reading a
 *   token re-reads the same range, and a later page narrows `endDate` to its position;
 * - adds the caller's running log from `/timer/status`, because the list inner-joins time slots
 *   and a just-started timer has none yet.
 */
import type { TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers, Page, TimeEntryFilter } from '../contract.js';
import type { Query } from './client.js';
import { mergeGauzyLogUpdate, toGauzyManualLog, toTimeEntry } from './mappers/to-time-entry.js';
import { pageByStart, startPosition } from './paging.js';
import { mapLimit, orNotFound, type GauzyContext } from './support.js';
import { GauzyTimeLog, GauzyTimeLogList, GauzyTimerStatus, GauzyWriteResult } from './types.js';

const HOUR = 3_600_000;
/** How far before `from` a log may start and still be found overlapping it. */
export const LOOKBACK_MS = 24 * HOUR;
/** Gauzy needs both ends of the range; these stand for "unbounded". */
const EARLIEST = Date.parse('1970-01-01T00:00:00.000Z');
const LATEST = Date.parse('2100-01-01T00:00:00.000Z');
const TIMESHEET = { 'relations[]': ['timesheet'] };

const iso = (ms: number) => new Date(ms).toISOString();

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

export function gauzyTimeEntries(ctx: GauzyContext, now: () => number = Date.now): GauzyTimeEntries {
  const { client, source } = ctx;
  const path = (id: string) => `/timesheet/time-log/${client.seg(id)}`;
  const tenancy = () => ({ organizationId: client.organizationId, tenantId: client.tenantId });

  const fetchOne = (id: string) => orNotFound('TimeEntry', id, client.get(path(id), GauzyTimeLog, TIMESHEET));

  const complete = async (log: GauzyTimeLog) =>
    toTimeEntry(source, log.timesheetId && !log.timesheet ? await fetchOne(log.id) : log);

  /** The caller's running log, which the list misses until it has a time slot. */
  const running = async (start: number, end: number): Promise<GauzyTimeLog[]> => {
    const from = Math.max(start, now() - 7 * 24 * HOUR);
    const to = Math.min(end, now() + 24 * HOUR);
    if (from >= to) return [];
    const status = await client.get('/timesheet/timer/status', GauzyTimerStatus, { ...tenancy(), todayStart: iso(from), todayEnd: iso(to), ...TIMESHEET });
    return status.running && status.lastLog?.isRunning ? [status.lastLog] : [];
  };

  const fetchRange = async (filter: TimeEntryFilter, start: number, end: number): Promise<TimeEntry[]> => {
    if (start >= end) return [];
    const query: Query = { ...tenancy(), startDate: iso(start), endDate: iso(end), ...TIMESHEET };
    if (filter.userIds?.length) query['employeeIds[]'] = [...filter.userIds];
    if (filter.projectIds?.length) query['projectIds[]'] = [...filter.projectIds];
    if (filter.taskIds?.length) query['taskIds[]'] = [...filter.taskIds];
    // A running log can only be missing from the list if it started recently.
    const wantRunning = filter.running !== false && end > now() - 24 * HOUR;
    const [body, extra] = await Promise.all([client.get('/timesheet/time-log', GauzyTimeLogList, query), wantRunning ? running(start, end) : []]);
    const logs = new Map<string, GauzyTimeLog>();
    for (const log of [...(Array.isArray(body) ? body : body.items), ...extra]) if (!logs.has(log.id)) logs.set(log.id, log);
    return [...logs.values()].map((log) => toTimeEntry(source, log));
  };

  const list = async (filter: TimeEntryFilter, page: { token: string | null; size: number }): Promise<Page<TimeEntry>> => {
    if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) return { items: [], nextPage: null };
    const start = filter.from ? filter.from.getTime() - LOOKBACK_MS : EARLIEST;
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
      const created = await client.write('POST', '/timesheet/time-log', GauzyTimeLog, { body: toGauzyManualLog({ ...input, end: input.end }, employeeId) });
      ctx.snapshots.clear();
      return complete(created);
    },
    update: async (id, patch) => {
      const current = await fetchOne(id);
      const body = mergeGauzyLogUpdate(current, patch);
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
