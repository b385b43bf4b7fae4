/**
 * Project time entries (docs §3.4): list, read, create, update, delete. Only the list and its
 * filters are documented; read/create/update/delete follow the CRUD pattern of the other pages.
 *
 * References are names both ways. Reading: the users, projects and tasks lists are read once
 * per call (or served from the brief memo) and every entry's names resolve against them.
 * Writing: each id the input names is read by id (`GET /users/{id}` …) for its current name,
 * which is fresher than a memoised list; an id that names nothing is a ValidationError.
 *
 * Filters: `username` (one user), `projectName` + `clientName` (one project; substrings at the
 * vendor, so the exact match is made here) and `to` (see below) go to TimeTrack; several users
 * or projects, tasks, billable, running and the exact overlap with [from, to) are settled here.
 *
 * Entries that began before the window. TimeTrack's `from`/`to` filters bound an entry's
 * *start* (docs §3.4 gives the parameters, not their rule; the simulator reads them that way),
 * while the contract asks for every entry *overlapping* [from, to), however long ago it began.
 * No documented filter selects by end, so `from` is not sent: the list asks for the entries
 * that began before `to` (plus a day, in case a server bounds `to` by the end instead) and cuts
 * the overlap here.
 *
 * Cost (requests) of a complete `timeEntries` walk, L(n) = floor(n / 1000) + 1 pages of limit
 * 1000 (client.ts reads to the first short page):
 *   cold, any number of gateway pages:  L(E) `/project_time_entries`, E = entries that began
 *     before `to` + 1 day, for the one user / project the filter names or else the whole
 *     account (its history up to the window's end)
 *     + L(U) users + L(P) projects + L(T) tasks (entries name them; read to map names to ids)
 *   with project resolved: + L(C) clients (a project names its client; clientId needs the list)
 *   later pages while the memo is fresh: 0; warm: 0. The answer is memoised per query for
 *   `cacheTtlSeconds` and cut by keyset with a resume token after every item (`Page.cursors`),
 *   so the gateway continues exactly after the last item it handed out.
 *   1x demo (3 users, 40 entries) = 5, 10x (30 users, 400 entries) = 5 (bench/vendor-requests.ts).
 */
import type { TimeEntry } from '../../domain/entities.js';
import { ValidationError } from '../../domain/errors.js';
import type { CreateInputMap, EntityHandlers, TimeEntryFilter, UpdateInputMap } from '../contract.js';
import { projectNameOf } from './mappers/to-project.js';
import { entryInterval, toTimeEntry, toTimeTrackEntryBody, wireTo, type EntryNames, type NameResolver } from './mappers/to-time-entry.js';
import { pageByStart } from './paging.js';
import { buildResolver, knownProject, withKnown } from './refs.js';
import type { Query } from './client.js';
import {
  afterWrite,
  allProjects,
  allTasks,
  allUsers,
  getBatch,
  onRecord,
  PATHS,
  readOne,
  recordPath,
  referenced,
  resolverFor,
  type TimeTrackContext,
} from './support.js';
import { idOf, numberOf, TimeTrackProject, TimeTrackTask, TimeTrackTimeEntry, TimeTrackUser } from './types.js';

const LABEL = 'TimeEntry';
/** Slack on `to`, in case a server bounds `to` by an entry's end rather than its start. */
const MARGIN_MS = 24 * 3600 * 1000;

function overlaps(entry: TimeEntry, from: Date | null | undefined, to: Date | null | undefined): boolean {
  if (to && entry.start.getTime() >= to.getTime()) return false;
  if (!from) return true;
  // A zero-length entry at `from` belongs to the range; a longer one must end after `from`.
  return entry.end === null || entry.end.getTime() > from.getTime() || entry.start.getTime() >= from.getTime();
}

function matches(entry: TimeEntry, filter: TimeEntryFilter): boolean {
  const within = (ids: string[] | null | undefined, id: string | null) => !ids?.length || (id !== null && ids.includes(id));
  return (
    overlaps(entry, filter.from, filter.to) &&
    within(filter.userIds, entry.userId) &&
    within(filter.projectIds, entry.projectId) &&
    within(filter.taskIds, entry.taskId) &&
    (filter.billable === undefined || filter.billable === null || entry.billable === filter.billable) &&
    (filter.running === undefined || filter.running === null || (entry.end === null) === filter.running)
  );
}

/** What TimeTrack's own entries cannot hold; refused before any request. */
function refuseUnstorable(input: Partial<CreateInputMap['timeEntry']>): void {
  if (input.type && input.type !== 'WORK') throw ValidationError.field('input.type', `${input.type} entries cannot be stored on TimeTrack: breaks live inside an entry (breakMinutes)`);
  if (input.tagIds?.length) throw ValidationError.field('input.tagIds', 'cannot be stored on TimeTrack: it has no tag records, only free-text hashtags');
}

function assertOrder(start: Date, end: Date): void {
  if (end.getTime() < start.getTime()) throw ValidationError.field('input.end', 'is before input.start');
}

export interface WriteRefs {
  user: TimeTrackUser | null;
  project: TimeTrackProject | null;
  task: TimeTrackTask | null;
  /** The same records as name → id, to map the vendor's answer without reading any list. */
  known: Parameters<typeof withKnown>[0];
}

export interface TimeTrackTimeEntries extends EntityHandlers<'timeEntry'> {
  /** Maps raw entries with one resolver (users/projects/tasks read once for the lot). */
  mapAll(raws: TimeTrackTimeEntry[]): Promise<TimeEntry[]>;
  /** Reads the records a write names by id (concurrently); a missing one is a ValidationError. */
  namesFor(input: { userId?: string | null; projectId?: string | null; taskId?: string | null }): Promise<WriteRefs>;
}

export function timeTrackTimeEntries(ctx: TimeTrackContext): TimeTrackTimeEntries {
  const { client, source } = ctx;
  const mapAll = async (raws: TimeTrackTimeEntry[]) => {
    if (!raws.length) return [];
    const refs = await resolverFor(ctx);
    return raws.map((r) => toTimeEntry(source, r, refs, ctx.clock));
  };
  const user = (id: string, field: string) => referenced(ctx, PATHS.user, TimeTrackUser, 'User', id, field);
  const project = (id: string, field: string) => referenced(ctx, PATHS.project, TimeTrackProject, 'Project', id, field);
  const task = (id: string, field: string) => referenced(ctx, PATHS.task, TimeTrackTask, 'Task', id, field);

  /** The vendor-side part of a filter; null when a named user or project does not exist (no entries). */
  async function vendorQuery(filter: TimeEntryFilter): Promise<{ query: Query; refs: NameResolver } | null> {
    const [users, projects, tasks] = await Promise.all([allUsers(ctx), allProjects(ctx), allTasks(ctx)]);
    const query: Query = {};
    // No `from`: an entry that began any time before the window may still run into it.
    if (filter.to) query['to'] = ctx.clock.toWire(new Date(filter.to.getTime() + MARGIN_MS));
    if (filter.userIds?.length === 1) {
      const named = users.find((u) => idOf(u) === filter.userIds![0]);
      if (!named?.username) return null;
      query['username'] = named.username;
    }
    if (filter.projectIds?.length === 1) {
      const named = projects.find((p) => idOf(p) === filter.projectIds![0]);
      if (!named) return null;
      query['projectName'] = projectNameOf(named);
      if (named.clientName) query['clientName'] = named.clientName;
    }
    return { query, refs: buildResolver(users, projects, tasks) };
  }

  async function namesFor(input: { userId?: string | null; projectId?: string | null; taskId?: string | null }): Promise<WriteRefs> {
    const [u, p, t] = await Promise.all([
      input.userId ? user(input.userId, 'input.userId') : null,
      input.projectId ? project(input.projectId, 'input.projectId') : null,
      input.taskId ? task(input.taskId, 'input.taskId') : null,
    ]);
    const known: Parameters<typeof withKnown>[0] = {};
    if (u?.username) known.userId = new Map([[u.username, idOf(u)]]);
    if (p?.clientName) known.projectId = knownProject(p.clientName, projectNameOf(p), idOf(p));
    if (t) known.taskId = new Map([[t.name, idOf(t)]]);
    return { user: u, project: p, task: t, known };
  }

  return {
    mapAll,
    namesFor,

    list: async (filter, page) => {
      const vendor = await vendorQuery(filter);
      if (!vendor) return { items: [], nextPage: null };
      const key = `entries?${new URLSearchParams(Object.entries(vendor.query).map(([k, v]) => [k, String(v)])).toString()}`;
      const raws = await ctx.memo.get(key, () => client.listAll(PATHS.timeEntry, TimeTrackTimeEntry, vendor.query));
      const entries = raws.map((r) => toTimeEntry(source, r, vendor.refs, ctx.clock)).filter((e) => matches(e, filter));
      return pageByStart(entries, page);
    },

    getMany: (ids) => getBatch(ctx, { label: LABEL, collection: PATHS.timeEntry, schema: TimeTrackTimeEntry, map: mapAll }, ids),

    create: async (input) => {
      refuseUnstorable(input);
      if (!input.end) throw ValidationError.field('input.end', 'is required: a TimeTrack entry is always finished (running time is the project timer)');
      assertOrder(input.start, input.end);
      if (!input.userId) throw ValidationError.field('input.userId', 'is required: every TimeTrack entry belongs to a user');
      if (!input.projectId) throw ValidationError.field('input.projectId', "is required: every TimeTrack entry books time on a client's project");
      const refs = await namesFor(input);
      if (!refs.user?.username || !refs.project?.clientName) throw ValidationError.field('input.projectId', 'names a record TimeTrack cannot refer to by name');
      const names: EntryNames = {
        username: refs.user.username,
        clientName: refs.project.clientName,
        projectName: projectNameOf(refs.project),
        task: refs.task?.name ?? null,
      };
      try {
        const raw = await client.write('POST', PATHS.timeEntry, TimeTrackTimeEntry, toTimeTrackEntryBody({ ...input, end: input.end }, names, ctx.clock));
        return toTimeEntry(source, raw, withKnown(refs.known), ctx.clock);
      } finally {
        afterWrite(ctx);
      }
    },

    update: async (id, patch: UpdateInputMap['timeEntry']) => {
      refuseUnstorable(patch);
      if (patch.end === null) throw ValidationError.field('input.end', 'cannot be cleared: a TimeTrack entry is always finished');
      if (patch.userId === null) throw ValidationError.field('input.userId', 'cannot be cleared: every TimeTrack entry belongs to a user');
      if (patch.projectId === null) throw ValidationError.field('input.projectId', 'cannot be cleared: every TimeTrack entry belongs to a project');
      const retimed = patch.start !== undefined || patch.end !== undefined;
      const [refs, current, resolver] = await Promise.all([
        namesFor(patch),
        retimed ? readOne(ctx, PATHS.timeEntry, TimeTrackTimeEntry, LABEL, id) : null,
        resolverFor(ctx),
      ]);
      const body: Record<string, unknown> = {};
      if (refs.user?.username) body['username'] = refs.user.username;
      if (refs.project) {
        body['projectName'] = projectNameOf(refs.project);
        if (refs.project.clientName) body['clientName'] = refs.project.clientName;
      }
      if (patch.taskId === null) body['task'] = null;
      else if (refs.task) body['task'] = refs.task.name;
      if (current) {
        // Moving start or end keeps the entry's break inside the new span.
        const now = entryInterval(current, ctx.clock);
        const start = patch.start ?? now.start;
        const end = patch.end ?? now.end;
        if (!end) throw ValidationError.field('input.end', 'is required: this entry has no end to keep');
        assertOrder(start, end);
        const breakMinutes = Math.max(0, numberOf(current.breakMinutes) ?? 0);
        if (breakMinutes * 60_000 > end.getTime() - start.getTime()) {
          throw ValidationError.field(patch.end !== undefined ? 'input.end' : 'input.start', `leaves less than the entry's ${breakMinutes}-minute break between start and end`);
        }
        body['from'] = ctx.clock.toWire(start);
        body['to'] = wireTo(end, ctx.clock);
        if (breakMinutes > 0) body['breakMinutes'] = breakMinutes;
      }
      if (patch.description !== undefined) body['details'] = patch.description;
      if (patch.billable !== undefined && patch.billable !== null) body['billable'] = patch.billable;
      const refsFor = withKnown(refs.known, resolver);
      if (!Object.keys(body).length) return toTimeEntry(source, await readOne(ctx, PATHS.timeEntry, TimeTrackTimeEntry, LABEL, id), refsFor, ctx.clock);
      try {
        const raw = await onRecord(LABEL, id, () => client.write('PUT', recordPath(PATHS.timeEntry, id), TimeTrackTimeEntry, body));
        return toTimeEntry(source, raw, refsFor, ctx.clock);
      } finally {
        afterWrite(ctx);
      }
    },

    delete: async (id) => {
      try {
        await onRecord(LABEL, id, () => client.remove(recordPath(PATHS.timeEntry, id)));
      } finally {
        afterWrite(ctx);
      }
    },
  };
}
