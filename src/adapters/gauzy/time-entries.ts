/**
 * Time entries = Gauzy time logs (`/timesheet/time-log`).
 *
 * The list endpoint answers one plain array for the whole organization, with no paging,
 * filtering `startedAt ∈ [startDate, endDate)` only and inner-joining time slots
 * (time-log.service.ts `getTimeLogs` L72-97, `getFilterTimeLogQuery` L1239); without
 * `employeeIds` it covers every employee the credentials may see. The adapter therefore:
 * - reads every log that started before `to` in ONE list call (startDate = 1970): an entry that
 *   began long before `from` and runs into the range is in it whatever its length, and the
 *   overlap (end > from, or running) is checked here. This replaces the per-employee
 *   `/timesheet/time-log/conflict` reads (one request per employee, since that handler filters
 *   a single `employeeId`: get-conflict-time-log.handler.ts) at the price of a larger answer;
 * - adds running logs from `GET /timesheet/timer/status/worked` (timer.service.ts
 *   `getTimerWorkedStatus` L709-800: each requested employee's last log, no time-slot join),
 *   because a timer that has just started has no slot and is missing from the list; only when
 *   the range reaches into the last day (an older running log has slots, so the list has it);
 *   de-duplicated by id, so a log that has its first slot appears once;
 * - sends `employeeIds[]`, `projectIds[]` and `taskIds[]` in chunks of 20: past qs' arrayLimit
 *   (20) the server parses the array as an object and @IsArray() answers 400;
 * - refuses to present a narrowed answer as the whole one: without CHANGE_SELECTED_EMPLOYEE the
 *   server silently replaces `employeeIds` with the caller's own (getFilterTimeLogQuery
 *   L1255-1270), so a list that asks for anyone else fails for this source with
 *   UPSTREAM_SCOPE_NARROWED instead of answering one employee's logs as everyone's;
 * - reads record by record (#10 item 14): a log that cannot be read or mapped is an error of
 *   its own (`Page.errors`, reported with the walk's first page), the others are listed;
 * - pages the result itself by keyset (start descending, then id; see paging.ts), with a resume
 *   token after every item (`Page.cursors`), and keeps the walk's read in the memo: gateway
 *   pages after the first continue from it without asking Gauzy again.
 *
 * Cost (requests; C = combinations of ≤ 20-id chunks of the userIds / projectIds / taskIds
 * filters, 1 without filters; S = employees in scope; U = employees of the organization):
 *   complete walk, cold, any number of entries or pages:  C
 *     + ceil(S / 20) `status/worked` when the range reaches into the last day and `running`
 *       is not false
 *     + the employee list, floor(U / 100) + 1 pages, memoised with `users`, only for that
 *       running check when no userIds filter names the employees
 *     + 1 permission check per adapter lifetime unless the token's `permissions` claim answers it
 *   later pages while the memo is fresh (cacheTtlSeconds): 0; warm: 0.
 *   A later page after the memo expired reads [1970, its position] again: C (+ the running
 *   check if its position still reaches into the last day).
 *   With user, project and task resolved, add the employee list (if not already read), the
 *   project list (floor(P / 100) + 1) and the task list (floor(T / 100) + 1).
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
import { GauzyRawTimeLogList, GauzyTimeLog, GauzyTimeLogs, GauzyTimerStatuses, GauzyWriteResult } from './types.js';

const HOUR = 3_600_000;
/** Gauzy needs both ends of the range; these stand for "unbounded". */
const EARLIEST = Date.parse('1970-01-01T00:00:00.000Z');
const LATEST = Date.parse('2100-01-01T00:00:00.000Z');
const TIMESHEET = { 'relations[]': ['timesheet'] };
/** qs' default arrayLimit: Express parses a longer `key[]` array as an object. */
export const MAX_ARRAY_PARAM = 20;
/** How recent a start must be for a running log to still lack its first time slot (with margin). */
const RECENT_MS = 24 * HOUR;

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

/** Logs read from a list, and the records of it that could not be read. */
interface Read {
  logs: GauzyTimeLog[];
  errors: Error[];
}

/** One walk's read: the entries, and the records that could not be read or mapped. */
interface Snapshot {
  entries: TimeEntry[];
  errors: Error[];
}

/** A time log that cannot be read: an error of its own; the rest of the list is listed. */
function unreadableLog(source: string, record: unknown, issue: { path: PropertyKey[]; message: string } | undefined): UpstreamError {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  const which = typeof id === 'string' && id ? `time log ${id}` : 'a time log without an id';
  return new UpstreamError(
    'RESPONSE_VALIDATION_FAILED',
    source,
    `gauzy source "${source}": ${which} could not be read (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}); it is left out`,
  );
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
   * The employees the filter names (null: all of them), or an UPSTREAM_SCOPE_NARROWED failure
   * when the credentials would silently get only their own employee's logs for a wider question.
   */
  const scope = async (filter: TimeEntryFilter): Promise<string[] | null> => {
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
    return asked;
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

  /** The list for [start, end), one request per combination of ≤ 20-id chunks, read record by record. */
  const listed = async (filter: TimeEntryFilter, start: number, end: number): Promise<Read> => {
    const lists: [string, (readonly string[])[]][] = [];
    if (filter.userIds?.length) lists.push(['employeeIds[]', chunk([...new Set(filter.userIds)])]);
    if (filter.projectIds?.length) lists.push(['projectIds[]', chunk([...new Set(filter.projectIds)])]);
    if (filter.taskIds?.length) lists.push(['taskIds[]', chunk([...new Set(filter.taskIds)])]);
    let queries: Query[] = [{ ...tenancy(), startDate: iso(start), endDate: iso(end), ...TIMESHEET }];
    for (const [key, parts] of lists) queries = queries.flatMap((q) => parts.map((ids) => ({ ...q, [key]: [...ids] })));
    const out: Read = { logs: [], errors: [] };
    for (const query of queries) {
      const body = await client.get('/timesheet/time-log', GauzyRawTimeLogList, query);
      for (const record of Array.isArray(body) ? body : body.items) {
        const parsed = GauzyTimeLog.safeParse(record);
        if (parsed.success) out.logs.push(parsed.data);
        else out.errors.push(unreadableLog(source, record, parsed.error.issues[0]));
      }
    }
    return out;
  };

  /**
   * Every log overlapping [from, end): one list of all that started before `end` (whatever their
   * length), plus running timers too fresh to have a time slot.
   */
  const fetchRange = async (filter: TimeEntryFilter, end: number): Promise<Snapshot> => {
    const named = await scope(filter);
    // Only a timer without any time slot is missing from the list, and the tracker saves a slot
    // every 10 minutes: such a timer started moments ago. A day of margin.
    const from = filter.from ? filter.from.getTime() : EARLIEST;
    const wantRunning = filter.running !== false && now() > from && end > now() - RECENT_MS;
    const [read, live] = await Promise.all([
      listed(filter, EARLIEST, end),
      wantRunning ? (async () => running(named ?? (await deps.employeeIds())))() : [],
    ]);
    const logs = new Map<string, GauzyTimeLog>();
    for (const log of [...read.logs, ...live]) if (!logs.has(log.id) && inOrganization(ctx, log)) logs.set(log.id, log);
    const entries: TimeEntry[] = [];
    const errors = [...read.errors];
    for (const log of logs.values()) {
      try {
        entries.push(toTimeEntry(source, log));
      } catch (error) {
        errors.push(unreadableLog(source, log, { path: [], message: error instanceof Error ? error.message : String(error) }));
      }
    }
    return { entries, errors };
  };

  const list = async (filter: TimeEntryFilter, page: { token: string | null; size: number }): Promise<Page<TimeEntry>> => {
    if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) return { items: [], nextPage: null };
    const end = filter.to ? filter.to.getTime() : LATEST;
    const key = `timeEntry:${JSON.stringify([filter.from?.getTime() ?? null, end, filter.userIds ?? [], filter.projectIds ?? [], filter.taskIds ?? [], filter.running ?? null])}`;
    const position = startPosition(page.token);
    // The walk's read (page 1) serves every later page while it is fresh; otherwise a later
    // page reads only what lies at or before its position (startedAt < position + 1 ms).
    const held = ctx.snapshots.peek<Snapshot>(key);
    const snapshot = held
      ? await held
      : position
        ? await fetchRange(filter, Math.min(end, position.start.getTime() + 1))
        : await ctx.snapshots.get(key, () => fetchRange(filter, end));
    const cut = pageByStart(snapshot.entries.filter((e) => overlaps(filter, e)), page);
    // Unreadable records are reported once per walk, with its first page.
    return !position && snapshot.errors.length ? { ...cut, errors: snapshot.errors } : cut;
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
