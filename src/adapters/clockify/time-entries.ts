/**
 * Time entries. Clockify lists entries per user only, so the workspace-wide list is a merge of
 * one newest-first stream per user (the user directory, or the `userIds` filter).
 *
 * Paging is a keyset over (start, id), newest first, the order the gateway merges sources
 * in: a token is the last entry handed out plus the users whose entries are all handed out.
 * Each page asks every other user for up to `size` entries that started at or before the
 * keyset (Clockify's `end` bounds the start instant), merges them, and hands out only what no
 * unread entry can precede: nothing past the oldest entry read from a user whose page came
 * back full. The same token therefore always yields the same page, whatever size is asked.
 *
 * Vendor-order caveats: this relies on Clockify listing a user's entries newest first
 * (observed, not documented). Entries within one second are ordered here by id (descending);
 * if Clockify breaks such ties differently and more than `size` of one user's entries share a
 * second, a page boundary inside them can repeat or skip one.
 *
 * Filters: `from`/`to` select entries overlapping [from, to). Clockify filters on the start
 * only, so the vendor is asked from 24 hours before `from` and the overlap is checked here;
 * an entry that started more than 24 hours before `from` and ran into it is not found.
 * One project/task id goes to the vendor (`project`, `task`); several, `billable` and
 * `running: false` are applied here. `running: true` reads the workspace's in-progress list.
 * Entries of users Clockify no longer lists (deleted accounts) are not reachable.
 *
 * Cost: list one request per user not yet exhausted, per page (more only when a full page of
 * one user sits inside one second), plus the user directory (ceil(users / 200), none while
 * warm); running list ceil(running / 1000), usually 1; getMany one GET per id; create 1
 * (+1 once for the key owner when a userId is given, + the task catalogue when a task is given
 * without its project); update 2 (GET, then a full-replace PUT; + the catalogue when a new
 * task comes without its project); delete 1.
 */
import { z } from 'zod';
import type { TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { CreateInputMap, EntityHandlers, Page, PageRequest, TimeEntryFilter } from '../contract.js';
import {
  clockifyEntryFields,
  clockifyInstant,
  toClockifyEntryType,
  toClockifyTimeEntryBody,
  toTimeEntry,
  type ClockifyEntryFields,
} from './mappers/to-time-entry.js';
import { decodeToken, encodeToken, pageSize } from './paging.js';
import { byId, eachById, isNotFound, type ClockifyContext } from './support.js';
import { findTask } from './tasks.js';

/** How far before `from` the vendor is asked, to catch entries running into the range. */
export const OVERLAP_LOOKBACK_MS = 24 * 60 * 60 * 1000;
/** Pages read from one user in one call when they all sit at or before the keyset. */
const MAX_STREAM_PAGES = 20;

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

const EntryCursor = z
  .object({ t: z.number().int(), i: z.string().max(100), d: z.array(z.string().max(100)).max(10_000) })
  .strict();

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

interface Stream {
  userId: string;
  /** Entries after the keyset, in listing order. */
  items: TimeEntry[];
  /** The last entry read when the user has more; null when the user is exhausted. */
  boundary: Key | null;
}

export function clockifyTimeEntries(ctx: ClockifyContext): {
  handlers: EntityHandlers<'timeEntry'>;
  insert: (input: CreateInputMap['timeEntry']) => Promise<TimeEntry>;
} {
  const { api, source } = ctx;
  const map = (raw: Parameters<typeof toTimeEntry>[0]) => toTimeEntry(raw, source);

  const readStream = async (userId: string, query: Record<string, string | undefined>, after: Key | null, size: number): Promise<Stream> => {
    const items: TimeEntry[] = [];
    for (let page = 1; page <= MAX_STREAM_PAGES; page++) {
      let raw: Awaited<ReturnType<typeof api.userTimeEntries>>;
      try {
        raw = await api.userTimeEntries(userId, query, page, size);
      } catch (error) {
        // A `userIds` filter naming someone not in the workspace matches nothing.
        if (isNotFound(error)) return { userId, items, boundary: null };
        throw error;
      }
      const batch = raw.map(map).sort(compareEntries);
      const fresh = after ? batch.filter((e) => compareKeys(keyOf(e), after) > 0) : batch;
      items.push(...fresh);
      if (batch.length < size) return { userId, items, boundary: null };
      // Only entries at or before the keyset (many in one second): read on, or no page moves.
      if (fresh.length > 0) return { userId, items, boundary: keyOf(batch[batch.length - 1]!) };
    }
    throw new UpstreamError('UPSTREAM_REJECTED', source, `clockify source "${source}": more than ${MAX_STREAM_PAGES * size} entries of user ${userId} start in one second; ask with a larger page size`);
  };

  const listRunning = async (filter: TimeEntryFilter, page: PageRequest): Promise<Page<TimeEntry>> => {
    const cursor = decodeToken(page.token, EntryCursor);
    const size = pageSize(page.size);
    const after = cursor ? { start: cursor.t, id: cursor.i } : null;
    const running = (await api.walk((p, s) => api.inProgress(p, s), 1000)).map(map).filter(matcher(filter)).sort(compareEntries);
    const rest = after ? running.filter((e) => compareKeys(keyOf(e), after) > 0) : running;
    const items = rest.slice(0, size);
    const last = items[items.length - 1];
    return { items, nextPage: rest.length > size && last ? encodeToken({ t: last.start.getTime(), i: last.remoteId, d: [] }) : null };
  };

  const list = async (filter: TimeEntryFilter, page: PageRequest): Promise<Page<TimeEntry>> => {
    if (filter.running === true) return listRunning(filter, page);
    const cursor = decodeToken(page.token, EntryCursor);
    const size = pageSize(page.size);
    const after = cursor ? { start: cursor.t, id: cursor.i } : null;
    const done = new Set(cursor?.d ?? []);
    const users = filter.userIds?.length ? [...new Set(filter.userIds)] : (await ctx.directory.get()).value.map((u) => u.id);

    // Over-asking is safe (everything is re-checked here); under-asking would lose entries,
    // hence the start bound rounded down and the end bound rounded up to whole seconds.
    const upper = Math.min(after?.start ?? Infinity, filter.to?.getTime() ?? Infinity);
    const query = {
      start: filter.from ? clockifyInstant(filter.from.getTime() - OVERLAP_LOOKBACK_MS) : undefined,
      end: Number.isFinite(upper) ? clockifyInstant(Math.ceil(upper / 1000) * 1000) : undefined,
      project: filter.projectIds?.length === 1 ? filter.projectIds[0] : undefined,
      task: filter.taskIds?.length === 1 ? filter.taskIds[0] : undefined,
    };
    const streams = await Promise.all(users.filter((u) => !done.has(u)).map((u) => readStream(u, query, after, size)));

    // Nothing may be handed out past the earliest point where some user still has unread entries.
    const cutoff = streams.flatMap((s) => (s.boundary ? [s.boundary] : [])).sort(compareKeys)[0] ?? null;
    const keep = matcher(filter);
    const candidates = streams
      .flatMap((s) => s.items)
      .filter((e) => (!cutoff || compareKeys(keyOf(e), cutoff) <= 0) && keep(e))
      .sort(compareEntries);
    const items = candidates.slice(0, size);
    const last = items[items.length - 1];
    const next = candidates.length > size && last ? keyOf(last) : cutoff;
    if (!next) return { items, nextPage: null };
    // A user whose every entry is read and handed out by `next` is not asked again.
    for (const s of streams) if (!s.boundary && s.items.every((e) => compareKeys(keyOf(e), next) <= 0)) done.add(s.userId);
    return { items, nextPage: encodeToken({ t: next.start, i: next.id, d: [...done].sort() }) };
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
      return map(await byId('TimeEntry', id, () => api.updateTimeEntry(id, toClockifyTimeEntryBody(fields))));
    },
    delete: (id) => byId('TimeEntry', id, () => api.deleteTimeEntry(id)),
  };
  return { handlers, insert };
}
