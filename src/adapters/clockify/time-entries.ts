/**
 * Time entries. The workspace-wide list reads two vendor lists and merges them newest first:
 *  - completed entries from the Reports API's detailed report (one POST answers every user,
 *    up to 1000 rows a page, sorted by date descending; docs §5, §9.21), and
 *  - running timers from `GET /time-entries/status/in-progress` (the report leaves out a
 *    running timer: it has no duration yet; page-size up to 1000, docs §1.6).
 *
 * Overlap, whatever the length: `from`/`to` select entries overlapping [from, to). Clockify
 * filters reports by the entry's start only, so an entry that started long before `from` and
 * ran into the range can only be found by reading from the beginning of the workspace: the
 * report is asked for every entry that started before `to` (dateRangeStart = 1970), and the
 * overlap (end > from, or running) is checked here. Pages are read lazily, newest first, so
 * a first page stays cheap; a complete walk reads all history before `to`.
 *
 * Paging: a keyset over (start, id), newest first, the order the gateway merges sources in,
 * plus the report page the keyset lies on. Every item carries its own resume token
 * (`Page.cursors`), so the gateway continues after exactly the last entry it handed out.
 * Vendor pages read during a walk are kept for a short while (`PAGING_MEMO_SECONDS`), so
 * later gateway pages continue from what an earlier page read instead of asking again; a
 * walk's first page always asks (through the response cache), and writes drop the memo.
 *
 * Filters pushed to the report: users, projects, tasks (ids, CONTAINS), billable. `running`
 * true reads only the in-progress list, false only the report.
 *
 * Vendor-order caveats: entries starting in the same second are ordered here by id,
 * descending, as the simulator's report does; if Clockify breaks such ties differently, a page
 * boundary inside them can repeat or skip one. FREE plans cap a report at 366 days (docs §5):
 * there the report is refused and this list fails for the source (not handled yet).
 *
 * Cost (requests; E = completed entries starting before `to` that match the pushed filters,
 * R = running entries in the workspace):
 *   list, complete walk, cold: ceil(E / 1000) + ceil((R + 1) / 1000)  (warm or later pages: 0)
 *   list, first page only:     1 + ceil((R + 1) / 1000)
 *   e.g. 50 users x 780 entries, 1 running: 1 + 1 = 2; with user, project and task resolved:
 *   + ceil(users / 200) for the directory + ceil(projects / 200) for the catalogue (tasks ride
 *   in the hydrated catalogue) = 4.
 * getMany one GET per id; create 1 (+1 once for the key owner when a userId is given, + the
 * task catalogue when a task is given without its project); update 2 (GET, then a
 * full-replace PUT; + the catalogue when a new task comes without its project); delete 1.
 */
import { z } from 'zod';
import type { TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { CreateInputMap, EntityHandlers, Page, PageRequest, TimeEntryFilter } from '../contract.js';
import { createMemo } from '../memo.js';
import {
  clockifyEntryFields,
  reportRowToTimeEntry,
  toClockifyEntryType,
  toClockifyTimeEntryBody,
  toTimeEntry,
  type ClockifyEntryFields,
} from './mappers/to-time-entry.js';
import { decodeToken, encodeToken, pageSize } from './paging.js';
import { byId, eachById, isNotFound, type ClockifyContext } from './support.js';
import { findTask } from './tasks.js';
import { ClockifyReportEntry, type ClockifyTimeEntry } from './types.js';

/**
 * Rows asked per detailed-report page. Sources differ on the largest `detailedFilter.pageSize`
 * (1000 in some clients, 200 in others; the docs give none), so a page that comes back short
 * while the totals say more exist reveals the server's own cap, and paging continues in it.
 */
export const REPORT_PAGE_SIZE = 1000;
/** Largest page of `GET /time-entries/status/in-progress` (documented range 1..1000). */
const IN_PROGRESS_PAGE_SIZE = 1000;
/** Start of the report range: an entry that began any time before `from` may still overlap. */
const BEGINNING = '1970-01-01T00:00:00.000Z';
/** End of the report range when no `to` is given (entries may be booked in the future). */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';
/** How long vendor pages read during a walk are kept for the walk's later pages. */
export const PAGING_MEMO_SECONDS = 120;

interface Key {
  start: number;
  id: string;
}

const keyOf = (e: TimeEntry): Key => ({ start: e.start.getTime(), id: e.remoteId });

/** Negative when `a` is listed first: newest start first, then the higher id. */
export function compareKeys(a: Key, b: Key): number {
  if (a.start !== b.start) return b.start - a.start;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const compareEntries = (a: TimeEntry, b: TimeEntry) => compareKeys(keyOf(a), keyOf(b));

/** Last entry handed out (`t`, `i`), the report page it came from (`p`, 1-based) and that page's size (`s`). */
const EntryCursor = z
  .object({ t: z.number().int(), i: z.string().max(100), p: z.number().int().min(1).max(1_000_000), s: z.number().int().min(1).max(REPORT_PAGE_SIZE) })
  .strict();
type EntryCursor = z.infer<typeof EntryCursor>;

/** The part of a filter Clockify cannot apply itself (and a re-check of what it can). */
function matcher(filter: TimeEntryFilter): (e: TimeEntry) => boolean {
  const from = filter.from?.getTime();
  const to = filter.to?.getTime();
  const users = filter.userIds?.length ? new Set(filter.userIds) : null;
  const projects = filter.projectIds?.length ? new Set(filter.projectIds) : null;
  const tasks = filter.taskIds?.length ? new Set(filter.taskIds) : null;
  return (e) =>
    (to === undefined || e.start.getTime() < to) &&
    (from === undefined || e.end === null || e.end.getTime() > from) &&
    (filter.running !== true || e.end === null) &&
    (filter.running !== false || e.end !== null) &&
    (filter.billable === null || filter.billable === undefined || e.billable === filter.billable) &&
    (!users || (e.userId !== null && users.has(e.userId))) &&
    (!projects || (e.projectId !== null && projects.has(e.projectId))) &&
    (!tasks || (e.taskId !== null && tasks.has(e.taskId)));
}

/** `{ids, contains, status}`: the Reports API's id filter (docs §5, common filter fields). */
const containsIds = (ids: string[] | null | undefined) => (ids?.length ? { ids: [...new Set(ids)], contains: 'CONTAINS', status: 'ALL' } : undefined);

/** The detailed-report body for one page: everything that started before `to`, newest first. */
function reportBody(filter: TimeEntryFilter, page: number, pageSize: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    dateRangeStart: BEGINNING,
    // Inclusive on the vendor side; `start < to` is re-checked here.
    dateRangeEnd: filter.to ? filter.to.toISOString() : END_OF_TIME,
    sortOrder: 'DESCENDING',
    exportType: 'JSON',
    detailedFilter: { page, pageSize, sortColumn: 'DATE' },
  };
  const users = containsIds(filter.userIds);
  const projects = containsIds(filter.projectIds);
  const tasks = containsIds(filter.taskIds);
  if (users) body['users'] = users;
  if (projects) body['projects'] = projects;
  if (tasks) body['tasks'] = tasks;
  if (typeof filter.billable === 'boolean') body['billable'] = filter.billable;
  return body;
}

/** An entry's custom field values as a PUT body carries them (`{customFieldId, value}`). */
function customFieldsOf(raw: ClockifyTimeEntry): Array<{ customFieldId: string; value: unknown }> {
  return (raw.customFieldValues ?? []).map((v) => ({ customFieldId: v.customFieldId, value: v.value ?? null }));
}

const reportKey = (filter: TimeEntryFilter, page: number, size: number) => `report:${JSON.stringify(reportBody(filter, page, size))}`;

/** A report row that cannot be read: an error of its own, the rest of the page is listed. */
function unreadableRow(source: string, row: unknown, issue: { path: PropertyKey[]; message: string } | undefined): UpstreamError {
  const id = typeof row === 'object' && row !== null ? (row as { _id?: unknown })._id : undefined;
  const which = typeof id === 'string' && id ? `time entry ${id}` : 'a time entry without an id';
  return new UpstreamError('RESPONSE_VALIDATION_FAILED', source, `clockify source "${source}": ${which} in the detailed report could not be read (${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}); it is left out`);
}

interface ReportPage {
  items: TimeEntry[];
  /** Whether a later report page may hold more rows. */
  more: boolean;
  /** The server's page size when it served fewer rows than asked although more exist. */
  cappedAt: number | null;
  /** Rows that could not be read, each its own error. */
  errors: Error[];
}

export function clockifyTimeEntries(ctx: ClockifyContext): {
  handlers: EntityHandlers<'timeEntry'>;
  insert: (input: CreateInputMap['timeEntry']) => Promise<TimeEntry>;
  /** Drops the pages kept for walks in progress (after a write). */
  forget: () => void;
} {
  const { api, source } = ctx;
  const map = (raw: Parameters<typeof toTimeEntry>[0]) => toTimeEntry(raw, source);
  const memo = createMemo(PAGING_MEMO_SECONDS);

  /** A walk's first page asks the vendor (or the response cache); its later pages reuse what was read. */
  const kept = <T>(key: string, continuing: boolean, load: () => Promise<T>): Promise<T> => {
    if (!continuing) memo.clear(key);
    return memo.get(key, load);
  };

  const reportPage = (filter: TimeEntryFilter, page: number, size: number, continuing: boolean): Promise<ReportPage> => {
    const body = reportBody(filter, page, size);
    return kept(reportKey(filter, page, size), continuing, async () => {
      const report = await api.detailedReport(body);
      const total = report.totals?.[0]?.entriesCount;
      const rows = report.timeentries;
      const before = (page - 1) * size;
      const capped = typeof total === 'number' && rows.length > 0 && rows.length < size && before + rows.length < total;
      // The totals say how many rows exist; without them a short page is the end.
      const more = capped || (typeof total === 'number' ? before + rows.length < total && rows.length > 0 : rows.length >= size);
      const items: TimeEntry[] = [];
      const errors: Error[] = [];
      for (const row of rows) {
        const parsed = ClockifyReportEntry.safeParse(row);
        if (parsed.success) items.push(reportRowToTimeEntry(parsed.data, source));
        else errors.push(unreadableRow(source, row, parsed.error.issues[0]));
      }
      const read: ReportPage = { items, more, cappedAt: capped ? rows.length : null, errors };
      // Later pages ask in the server's size: this page is the same page in that size.
      if (capped) void memo.get(reportKey(filter, page, rows.length), () => Promise.resolve(read));
      return read;
    });
  };

  const running = (continuing: boolean): Promise<TimeEntry[]> =>
    kept('running', continuing, async () => (await api.walk((p, s) => api.inProgress(p, s), IN_PROGRESS_PAGE_SIZE)).map(map));

  const list = async (filter: TimeEntryFilter, page: PageRequest): Promise<Page<TimeEntry>> => {
    const cursor = decodeToken(page.token, EntryCursor);
    const size = pageSize(page.size);
    const after = cursor ? { start: cursor.t, id: cursor.i } : null;
    const continuing = cursor !== null;
    const keep = matcher(filter);
    const fresh = (e: TimeEntry) => (!after || compareKeys(keyOf(e), after) > 0) && keep(e);

    // Running timers: the report leaves them out. Merged whole: there are few.
    const live = filter.running === false ? [] : (await running(continuing)).filter(fresh);

    // Completed entries: report pages from the keyset's page on, until `size` are in hand.
    const done: Array<{ entry: TimeEntry; page: number }> = [];
    const errors: Error[] = [];
    let boundary: { key: Key; page: number } | null = null;
    let rowsPerPage = cursor?.s ?? REPORT_PAGE_SIZE;
    if (filter.running !== true) {
      let p = cursor?.p ?? 1;
      for (;;) {
        const read = await reportPage(filter, p, rowsPerPage, continuing);
        // A capped first page: pages were that size all along, so page numbers go on in it.
        if (read.cappedAt !== null) rowsPerPage = read.cappedAt;
        // Rows deleted since the keyset was handed out can shift rows back a page: step back.
        const first = read.items[0];
        if (after && p > 1 && first && compareKeys(keyOf(first), after) > 0 && p === cursor?.p) {
          p -= 1;
          continue;
        }
        for (const entry of read.items) if (fresh(entry)) done.push({ entry, page: p });
        // Reported once per walk: with the call that first reads the page.
        if (!cursor || p > cursor.p) errors.push(...read.errors);
        const last = read.items[read.items.length - 1];
        if (!read.more || !last) break;
        if (done.length >= size) {
          boundary = { key: keyOf(last), page: p };
          break;
        }
        p += 1;
      }
    }

    // Nothing is handed out past the last report row read while the report has more.
    const pageOf = new Map(done.map((d) => [d.entry.remoteId, d.page]));
    const merged = [...done.map((d) => d.entry), ...live]
      .filter((e) => !boundary || compareKeys(keyOf(e), boundary.key) <= 0)
      .sort(compareEntries);
    // The same entry from both lists (a report that does list running timers) counts once.
    const seen = new Set<string>();
    const unique = merged.filter((e) => (seen.has(e.remoteId) ? false : (seen.add(e.remoteId), true)));
    const items = unique.slice(0, size);
    // A running entry's resume page is the report page of the nearest completed entry before it.
    let resumePage = cursor?.p ?? 1;
    const cursors = items.map((e) => {
      resumePage = pageOf.get(e.remoteId) ?? resumePage;
      return encodeToken({ t: e.start.getTime(), i: e.remoteId, p: resumePage, s: rowsPerPage } satisfies EntryCursor);
    });
    const hasMore = unique.length > size || boundary !== null;
    const last = items[items.length - 1];
    let nextPage: string | null = null;
    if (hasMore && last) nextPage = cursors[cursors.length - 1]!;
    else if (hasMore && boundary) nextPage = encodeToken({ t: boundary.key.start, i: boundary.key.id, p: boundary.page, s: rowsPerPage } satisfies EntryCursor);
    return errors.length ? { items, nextPage, cursors, errors } : { items, nextPage, cursors };
  };
  /** The project a task belongs to: Clockify needs it next to every taskId. */
  const projectOfTask = async (taskId: string): Promise<string> => {
    try {
      return (await findTask(ctx, taskId)).projectId;
    } catch (error) {
      if (error instanceof NotFoundError) throw ValidationError.field('input.taskId', `refers to task ${taskId}, which does not exist`);
      throw error;
    }
  };

  const insert = async (input: CreateInputMap['timeEntry']): Promise<TimeEntry> => {
    const taskId = input.taskId ?? null;
    const fields: ClockifyEntryFields = {
      start: input.start,
      end: input.end ?? null,
      billable: input.billable ?? null,
      description: input.description ?? null,
      projectId: input.projectId ?? (taskId ? await projectOfTask(taskId) : null),
      taskId,
      tagIds: input.tagIds ?? [],
      type: toClockifyEntryType(input.type),
    };
    const body = toClockifyTimeEntryBody(fields);
    // Booking for someone else has its own endpoint (and needs the "add time for others" right).
    const forUser = input.userId && input.userId !== (await ctx.ownerId()) ? input.userId : null;
    try {
      return map(await api.createTimeEntry(body, forUser));
    } catch (error) {
      if (isNotFound(error) && forUser) throw ValidationError.field('input.userId', `refers to user ${forUser}, who is not in the workspace`);
      throw error;
    } finally {
      memo.clear();
    }
  };

  const handlers: EntityHandlers<'timeEntry'> = {
    list,
    getMany: (ids) => eachById('TimeEntry', ids, async (id) => map(await api.timeEntry(id))),
    create: insert,
    update: async (id, patch) => {
      const current = await byId('TimeEntry', id, () => api.timeEntry(id));
      if (patch.userId && patch.userId !== current.userId) throw ValidationError.field('input.userId', 'Clockify cannot move a time entry to another user');
      const base = clockifyEntryFields(current);
      // PUT replaces the whole entry, so every field is resent: the patch merged onto the current one.
      const projectChanged = patch.projectId !== undefined && (patch.projectId ?? null) !== base.projectId;
      const taskId = patch.taskId !== undefined ? patch.taskId : projectChanged ? null : base.taskId;
      let projectId = patch.projectId !== undefined ? patch.projectId : base.projectId;
      if (patch.taskId && patch.taskId !== base.taskId && patch.projectId === undefined) projectId = await projectOfTask(patch.taskId);
      const fields: ClockifyEntryFields = {
        start: patch.start ?? base.start,
        end: patch.end === undefined ? base.end : patch.end,
        billable: patch.billable ?? base.billable,
        description: patch.description === undefined ? base.description : patch.description,
        projectId: projectId ?? null,
        taskId: taskId ?? null,
        tagIds: patch.tagIds === undefined ? base.tagIds : (patch.tagIds ?? []),
        type: patch.type ? toClockifyEntryType(patch.type) : base.type,
      };
      // Custom field values are part of the replaced entry too: resent as they are.
      const body = { ...toClockifyTimeEntryBody(fields), customFields: customFieldsOf(current) };
      try {
        return map(await byId('TimeEntry', id, () => api.updateTimeEntry(id, body)));
      } finally {
        memo.clear();
      }
    },
    delete: async (id) => {
      try {
        await byId('TimeEntry', id, () => api.deleteTimeEntry(id));
      } finally {
        memo.clear();
      }
    },
  };
  return { handlers, insert, forget: () => memo.clear() };
}
