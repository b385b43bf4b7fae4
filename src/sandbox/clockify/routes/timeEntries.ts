/**
 * Time entries: per-user listing, the workspace's in-progress list, get/update/delete by id,
 * create (own or another user's), stop the running timer, bulk edit/delete, duplicate and
 * "mark invoiced".
 *
 * Timer rules: an entry without `end` is a running timer. Creating one does not stop the
 * user's other running entry (see `createEntry`); a PUT that makes an entry run still does.
 * `PUT` is a full replace (docs §3): omitted optional fields, `customFields` included, are cleared.
 */
import type { SimRequest, SimRoute } from '../../kit.js';
import { badRequest, created, noContent, notFound, ok, paginate, route } from '../envelope.js';
import { findById, type ClockifyState, type StoredTimeEntry, type StoredUser, type TimeEntryType } from '../state.js';
import { formatInstant, parseInstant } from '../time.js';
import { optBool, optEnum, optString, optStringArray, queryBool, queryList, requireObject, type Body } from '../validate.js';
import { hydratedTimeEntryView, timeEntryView } from '../views.js';
import { ws, type RouteContext } from './context.js';

interface EntryInput {
  start: string;
  end: string | null;
  projectId: string | null;
  taskId: string | null;
  tagIds: string[];
  description: string;
  billable: boolean;
  type: TimeEntryType;
  customFieldValues: Array<{ customFieldId: string; value: unknown }>;
}

function findUser(state: ClockifyState, id: string | undefined): StoredUser {
  const user = findById(state.users, id ?? '');
  if (!user) throw notFound('User not found');
  return user;
}

function findEntry(state: ClockifyState, id: string | undefined): StoredTimeEntry {
  const entry = findById(state.timeEntries, id ?? '');
  if (!entry) throw notFound('Time entry not found');
  return entry;
}

function readInstant(body: Body, field: string): number | undefined {
  const raw = body[field];
  if (raw === undefined || raw === null) return undefined;
  const ms = parseInstant(raw);
  if (ms === null) throw badRequest(`Field '${field}' must be a UTC date-time in yyyy-MM-ddThh:mm:ssZ format`);
  return ms;
}

function readOptionalArray(body: Body, field: string, max: number): void {
  const raw = body[field];
  if (raw === undefined || raw === null) return;
  if (!Array.isArray(raw)) throw badRequest(`Field '${field}' must be an array`);
  if (raw.length > max) throw badRequest(`Field '${field}' must have at most ${max} items`);
}

/**
 * Validates a create/update body into a complete entry. `current` is the entry being replaced:
 * it may keep an archived project it already had, but nothing new may be booked onto one.
 */
function readEntryInput(state: ClockifyState, body: Body, current?: StoredTimeEntry): EntryInput {
  const start = readInstant(body, 'start');
  if (start === undefined) throw badRequest("Field 'start' is required");
  const end = readInstant(body, 'end');
  if (end !== undefined && end < start) throw badRequest('End time must be after start time');

  const projectRaw = optString(body, 'projectId');
  const projectId = projectRaw ? projectRaw : null;
  const project = projectId ? findById(state.projects, projectId) : undefined;
  if (projectId && !project) throw badRequest(`Project with id ${projectId} does not exist in the workspace`);
  if (project?.archived && current?.projectId !== project.id) throw badRequest('Cannot add time to an archived project');

  const taskRaw = optString(body, 'taskId');
  const taskId = taskRaw ? taskRaw : null;
  const task = taskId ? findById(state.tasks, taskId) : undefined;
  if (taskId) {
    if (!project) throw badRequest("Field 'taskId' requires a 'projectId'");
    if (!task || task.projectId !== project.id) throw badRequest(`Task with id ${taskId} does not belong to project ${project.id}`);
  }

  const tagIds = optStringArray(body, 'tagIds') ?? [];
  for (const id of tagIds) if (!findById(state.tags, id)) throw badRequest(`Tag with id ${id} does not exist in the workspace`);

  readOptionalArray(body, 'customFields', 50);
  readOptionalArray(body, 'customAttributes', 10);
  const customFieldValues = ((body['customFields'] as unknown[] | null | undefined) ?? []).map((item) => {
    const field = item as Body;
    if (typeof field !== 'object' || field === null || typeof field['customFieldId'] !== 'string') {
      throw badRequest("Each item of 'customFields' needs a 'customFieldId'");
    }
    return { customFieldId: field['customFieldId'], value: field['value'] ?? null };
  });
  return {
    start: formatInstant(start),
    end: end === undefined ? null : formatInstant(end),
    projectId,
    taskId,
    tagIds,
    description: optString(body, 'description', { max: 3000 }) ?? '',
    // Unset billable follows the task, then the project (Clockify's default billability).
    billable: optBool(body, 'billable') ?? task?.billable ?? project?.billable ?? false,
    type: optEnum(body, 'type', ['REGULAR', 'BREAK'] as const) ?? 'REGULAR',
    // Full replace (docs §3): a PUT without `customFields` clears the entry's values.
    customFieldValues,
  };
}

/** Keeps "one running timer per user": stops the user's other running entry at `at`. */
function stopOtherTimers(state: ClockifyState, userId: string, at: string, exceptId?: string): void {
  for (const e of state.timeEntries) {
    if (e.userId === userId && e.end === null && e.id !== exceptId) {
      e.end = Date.parse(at) >= Date.parse(e.start) ? at : e.start;
    }
  }
}

/**
 * A create without `end` starts a timer and leaves any other running entry of the user alone:
 * the docs do not say the server stops it (vendor-docs/clockify.md §3, "Start a timer"), and
 * the official CLI stops it itself before creating (lucassabreu/clockify-cli,
 * pkg/cmd/time-entry/util/out-in-progress.go `OutInProgressFn`, run before `CreateTimeEntryFn`).
 */
function createEntry(state: ClockifyState, userId: string, input: EntryInput): StoredTimeEntry {
  const entry: StoredTimeEntry = { id: state.nextId(), userId, isLocked: false, invoiced: false, ...input };
  state.timeEntries.push(entry);
  return entry;
}

function replaceEntry(state: ClockifyState, entry: StoredTimeEntry, input: EntryInput): void {
  if (entry.isLocked) throw badRequest('Time entry is locked');
  if (input.end === null) stopOtherTimers(state, entry.userId, input.start, entry.id);
  Object.assign(entry, input);
}

/** Newest first, the order Clockify lists a user's entries in; ties by id for stable pages. */
function newestFirst(a: StoredTimeEntry, b: StoredTimeEntry): number {
  return Date.parse(b.start) - Date.parse(a.start) || b.id.localeCompare(a.id);
}

function queryInstant(req: SimRequest, name: string): number | undefined {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = parseInstant(raw);
  if (ms === null) throw badRequest(`Invalid value for '${name}': ${raw} (expected yyyy-MM-ddThh:mm:ssZ)`);
  return ms;
}

/** A stored entry as a create/update body, for `from-entry` and `duplicate`. */
function entryAsBody(entry: StoredTimeEntry): Body {
  return {
    start: entry.start,
    end: entry.end,
    projectId: entry.projectId,
    taskId: entry.taskId,
    tagIds: entry.tagIds,
    description: entry.description,
    billable: entry.billable,
    type: entry.type,
    customFields: entry.customFieldValues ?? [],
  };
}

export function timeEntryRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const base = ws(ctx);
  return [
    route('POST', `${base}/time-entries`, (req) => {
      const input = readEntryInput(state, requireObject(req));
      return created(timeEntryView(state, createEntry(state, state.ownerId, input)));
    }),

    route('POST', `${base}/user/:userId/time-entries`, (req) => {
      const user = findUser(state, req.params['userId']);
      let body = requireObject(req);
      const fromId = req.query.get('from-entry');
      if (fromId) {
        const source = findById(state.timeEntries, fromId);
        if (!source) throw badRequest(`Time entry with id ${fromId} does not exist`);
        body = { ...entryAsBody(source), ...body };
      }
      return created(timeEntryView(state, createEntry(state, user.id, readEntryInput(state, body))));
    }),

    route('GET', `${base}/user/:userId/time-entries`, (req) => {
      const user = findUser(state, req.params['userId']);
      const q = req.query;
      const start = queryInstant(req, 'start');
      const end = queryInstant(req, 'end');
      const weekBefore = queryInstant(req, 'get-week-before');
      const project = q.get('project') || undefined;
      const task = q.get('task') || undefined;
      const tags = queryList(q, 'tags');
      const description = q.get('description')?.toLowerCase();
      const projectRequired = queryBool(q, 'project-required') ?? false;
      const taskRequired = queryBool(q, 'task-required') ?? false;
      const inProgress = queryBool(q, 'in-progress');
      const hydrated = queryBool(q, 'hydrated') ?? false;

      const entries = state.timeEntries
        .filter((e) => {
          if (e.userId !== user.id) return false;
          const at = Date.parse(e.start);
          // `start`/`end` bound the entry's start instant (inclusive).
          if (start !== undefined && at < start) return false;
          if (end !== undefined && at > end) return false;
          if (weekBefore !== undefined && (at >= weekBefore || at < weekBefore - 7 * 86_400_000 || (!e.projectId && !e.taskId))) return false;
          if (project !== undefined && e.projectId !== project) return false;
          if (task !== undefined && e.taskId !== task) return false;
          if (tags.length > 0 && !e.tagIds.some((id) => tags.includes(id))) return false;
          if (description && !e.description.toLowerCase().includes(description)) return false;
          if (projectRequired && !e.projectId) return false;
          if (taskRequired && !e.taskId) return false;
          if (inProgress === true && e.end !== null) return false;
          return true;
        })
        .sort(newestFirst);
      const page = paginate(entries, q);
      return ok(page.map((e) => (hydrated ? hydratedTimeEntryView(state, e) : timeEntryView(state, e, true))));
    }),

    // Stop the user's running timer; 404 when nothing runs.
    route('PATCH', `${base}/user/:userId/time-entries`, (req) => {
      const user = findUser(state, req.params['userId']);
      const body = requireObject(req);
      const end = readInstant(body, 'end');
      if (end === undefined) throw badRequest("Field 'end' is required");
      const running = state.timeEntries.find((e) => e.userId === user.id && e.end === null);
      if (!running) throw notFound('No time entry in progress for this user');
      if (end < Date.parse(running.start)) throw badRequest('End time must be after start time');
      running.end = formatInstant(end);
      return ok(timeEntryView(state, running));
    }),

    // Bulk edit: a JSON array, each item a full replacement carrying its `id`.
    route('PUT', `${base}/user/:userId/time-entries`, (req) => {
      const user = findUser(state, req.params['userId']);
      const hydrated = queryBool(req.query, 'hydrated') ?? false;
      if (!Array.isArray(req.body)) throw badRequest('Request body must be a JSON array of time entries');
      const plan = (req.body as unknown[]).map((item) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) throw badRequest('Each item must be an object');
        const body = item as Body;
        const id = optString(body, 'id');
        if (!id) throw badRequest("Field 'id' is required on every item");
        const entry = findById(state.timeEntries, id);
        if (!entry || entry.userId !== user.id) throw badRequest(`Time entry with id ${id} does not belong to the user`);
        return { entry, input: readEntryInput(state, body, entry) };
      });
      for (const { entry, input } of plan) replaceEntry(state, entry, input);
      return ok(plan.map(({ entry }) => (hydrated ? hydratedTimeEntryView(state, entry) : timeEntryView(state, entry))));
    }),

    // Bulk delete by repeated `time-entry-ids`; answers 200 with the deleted entries.
    route('DELETE', `${base}/user/:userId/time-entries`, (req) => {
      const user = findUser(state, req.params['userId']);
      const ids = queryList(req.query, 'time-entry-ids');
      if (ids.length === 0) throw badRequest("Required parameter 'time-entry-ids' is missing");
      const doomed = state.timeEntries.filter((e) => e.userId === user.id && ids.includes(e.id));
      state.timeEntries = state.timeEntries.filter((e) => !doomed.includes(e));
      return ok(doomed.map((e) => timeEntryView(state, e)));
    }),

    route('POST', `${base}/user/:userId/time-entries/:id/duplicate`, (req) => {
      const user = findUser(state, req.params['userId']);
      const source = findEntry(state, req.params['id']);
      if (source.userId !== user.id) throw notFound('Time entry not found');
      if (source.end === null) throw badRequest('A running time entry cannot be duplicated');
      const copy: StoredTimeEntry = { ...source, id: state.nextId(), tagIds: [...source.tagIds], invoiced: false };
      state.timeEntries.push(copy);
      return created(timeEntryView(state, copy));
    }),

    route('GET', `${base}/time-entries/status/in-progress`, (req) => {
      const running = state.timeEntries.filter((e) => e.end === null).sort(newestFirst);
      // Documented: page-size defaults to 10 here and must stay within 1..1000.
      const page = paginate(running, req.query, { defaultSize: 10, maxSize: 1000, rejectAboveMax: true });
      return ok(page.map((e) => timeEntryView(state, e, true)));
    }),

    route('PATCH', `${base}/time-entries/invoiced`, (req) => {
      const body = requireObject(req);
      const invoiced = optBool(body, 'invoiced');
      if (invoiced === undefined) throw badRequest("Field 'invoiced' is required");
      const raw = body['timeEntryIds'];
      if (!Array.isArray(raw) || raw.length === 0) throw badRequest("Field 'timeEntryIds' is required");
      // The schema says objects (`TimeEntryId`), the sample sends strings: accept both.
      const ids = (raw as unknown[]).map((item) => {
        if (typeof item === 'string') return item;
        if (typeof item === 'object' && item !== null && typeof (item as Body)['id'] === 'string') return (item as Body)['id'] as string;
        throw badRequest("Field 'timeEntryIds' must contain ids");
      });
      const entries = ids.map((id) => {
        const entry = findById(state.timeEntries, id);
        if (!entry) throw badRequest(`Time entry with id ${id} does not exist`);
        return entry;
      });
      for (const entry of entries) entry.invoiced = invoiced;
      return { status: 200 };
    }),

    route('GET', `${base}/time-entries/:id`, (req) => {
      const entry = findEntry(state, req.params['id']);
      const hydrated = queryBool(req.query, 'hydrated') ?? false;
      return ok(hydrated ? hydratedTimeEntryView(state, entry) : timeEntryView(state, entry, true));
    }),

    route('PUT', `${base}/time-entries/:id`, (req) => {
      const entry = findEntry(state, req.params['id']);
      replaceEntry(state, entry, readEntryInput(state, requireObject(req), entry));
      return ok(timeEntryView(state, entry));
    }),

    route('DELETE', `${base}/time-entries/:id`, (req) => {
      const entry = findEntry(state, req.params['id']);
      state.timeEntries.splice(state.timeEntries.indexOf(entry), 1);
      return noContent();
    }),
  ];
}
