/**
 * Time entries: docs/api/time_entries.
 *   GET    /me/time_entries                     the caller's own entries (start_date/end_date)
 *   GET    /me/time_entries/current             the running entry, or `null`
 *   GET    /me/time_entries/{id}
 *   POST   /workspaces/{wid}/time_entries       create (negative `duration` = start a timer)
 *   PUT    /workspaces/{wid}/time_entries/{id}  update the given fields
 *   PATCH  /workspaces/{wid}/time_entries/{id}/stop
 *   DELETE /workspaces/{wid}/time_entries/{id}
 * Only the token owner's entries are served by /me; other people's entries are read through the
 * Reports API (./reports.ts).
 */
import type { SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { json, textError } from '../envelope.js';
import type { StoredTimeEntry } from '../state.js';
import { parseDateOrInstant, parseInstant } from '../time.js';
import { timeEntryView } from '../views.js';
import { isResponse, objectBody, owner, pathInt, ws, workspaceOf, type RouteContext } from './context.js';

/**
 * Without a date range the list is "latest time entries"; capped at 1000 (the v8 docs' limit,
 * toggl_api_docs chapters/time_entries.md via toggl_api_docs/issues/416; Pipedream's v9 action
 * says "the last thousand"). Toggl's backend answered that the default window is ~10 days
 * (github.com/toggl/mobileapp/issues/536); not modelled.
 */
const LATEST_CAP = 1000;

export function timeEntryRoutes(ctx: RouteContext): SimRoute[] {
  const base = `${ws(ctx)}/time_entries`;
  const me = () => owner(ctx);
  const mine = (e: StoredTimeEntry) => e.userId === me().id && me().workspaceIds.includes(e.workspaceId);
  const view = (e: StoredTimeEntry) => timeEntryView(ctx.state, e);

  const find = (req: SimRequest): { entry: StoredTimeEntry } | { error: SimResponse } => {
    const w = workspaceOf(ctx, req);
    if ('error' in w) return w;
    const id = pathInt(req.params['entryId']);
    const entry = ctx.state.timeEntries.find((e) => e.id === id && e.workspaceId === w.id);
    return entry ? { entry } : { error: textError(404, 'Time entry not found') };
  };

  /** One running entry per user: starting a timer stops the running one at the new start (assumption, see docs/vendors/toggl.md). */
  const stopRunning = (userId: number, at: number, exceptId?: number) => {
    for (const e of ctx.state.timeEntries) {
      if (e.userId === userId && e.stop === null && e.id !== exceptId) {
        e.stop = Math.max(e.start, at);
        e.at = ctx.state.now();
      }
    }
  };

  /**
   * Applies `start`, `stop`, `duration`, `description`, `project_id`/`pid`, `task_id`/`tid`,
   * `tag_ids`, `tags` (names) and `billable` from a create/update body onto a copy.
   * duration semantics (docs/tracking "About the duration field"): a positive duration with a
   * start means a finished entry (stop = start + duration); a negative duration means running.
   */
  const apply = (entry: StoredTimeEntry, body: Record<string, unknown>, creating: boolean): SimResponse | undefined => {
    if ('start' in body) {
      const start = parseInstant(body['start']);
      if (start === undefined) return textError(400, 'Invalid start time, must be RFC3339');
      entry.start = start;
    } else if (creating) {
      return textError(400, 'Start time is required');
    }
    const hasStop = 'stop' in body && body['stop'] !== null;
    if (hasStop) {
      const stop = parseInstant(body['stop']);
      if (stop === undefined) return textError(400, 'Invalid stop time, must be RFC3339');
      entry.stop = stop;
    }
    if ('duration' in body) {
      const duration = body['duration'];
      if (typeof duration !== 'number' || !Number.isInteger(duration)) return textError(400, 'duration must be an integer');
      if (duration < 0) entry.stop = null;
      else if (!hasStop) entry.stop = entry.start + duration * 1000;
    } else if ('stop' in body && body['stop'] === null) {
      entry.stop = null;
    } else if (creating && !hasStop) {
      return textError(400, 'duration or stop is required');
    }
    if (entry.stop !== null && entry.stop < entry.start) return textError(400, 'Stop time must be after start time');
    if ('description' in body) entry.description = typeof body['description'] === 'string' ? body['description'] : null;
    if (typeof body['billable'] === 'boolean') entry.billable = body['billable'];
    const projectId = body['project_id'] ?? body['pid'];
    if (projectId !== undefined) {
      if (projectId === null) entry.projectId = null;
      else if (!ctx.state.projects.some((p) => p.id === projectId && p.workspaceId === entry.workspaceId)) return textError(400, 'Invalid project_id');
      else entry.projectId = projectId as number;
    }
    const taskId = body['task_id'] ?? body['tid'];
    if (taskId !== undefined) {
      if (taskId === null) entry.taskId = null;
      else {
        const task = ctx.state.tasks.find((t) => t.id === taskId && t.workspaceId === entry.workspaceId);
        if (!task) return textError(400, 'Invalid task_id');
        entry.taskId = task.id;
        entry.projectId = task.projectId;
      }
    }
    if (Array.isArray(body['tag_ids'])) {
      const ids = body['tag_ids'] as unknown[];
      if (!ids.every((id) => ctx.state.tags.some((t) => t.id === id && t.workspaceId === entry.workspaceId))) return textError(400, 'Invalid tag_ids');
      entry.tagIds = ids as number[];
    } else if (Array.isArray(body['tags'])) {
      // Tag names that do not exist yet are created in the workspace (docs/api/time_entries body `tags`; creation behaviour assumed).
      entry.tagIds = (body['tags'] as unknown[]).filter((n): n is string => typeof n === 'string').map((name) => {
        const found = ctx.state.tags.find((t) => t.workspaceId === entry.workspaceId && t.name === name);
        if (found) return found.id;
        const tag = { id: ctx.state.nextId(), workspaceId: entry.workspaceId, name, at: ctx.state.now() };
        ctx.state.tags.push(tag);
        return tag.id;
      });
    }
    entry.at = ctx.state.now();
    return undefined;
  };

  return [
    {
      method: 'GET',
      pattern: `${ctx.api}/me/time_entries`,
      handler: (req) => {
        const startRaw = req.query.get('start_date');
        const endRaw = req.query.get('end_date');
        let entries = ctx.state.timeEntries.filter(mine);
        if (startRaw !== null || endRaw !== null) {
          // "start_date ... To be used with end_date" and vice versa (Query table): both or neither.
          if (startRaw === null || endRaw === null) return textError(400, 'start_date and end_date must be used together');
          const from = parseDateOrInstant(startRaw);
          const to = parseDateOrInstant(endRaw);
          // v8 answered an out-of-range or unparsable date with 400 "Invalid start date" / "Invalid end date"
          // (github.com/toggl/toggl_api_docs/issues/294); assumed unchanged in v9.
          if (from === undefined) return textError(400, 'Invalid start date');
          if (to === undefined) return textError(400, 'Invalid end date');
          if (to < from) return textError(400, 'Invalid end date');
          // "API will fail when asking for >3 months ago" (github.com/toggl/mobileapp/issues/405; Toggl's
          // own maintainer: "For fetching time entries for longer period than 3 months use the reporting
          // API", toggl_api_docs/issues/294). Off unless `meHistoryDays` is set: the demo data is fixed in time.
          if (ctx.meHistoryDays > 0 && from < ctx.state.now() - ctx.meHistoryDays * 86_400_000) return textError(400, 'Invalid start date');
          // "Get entries with start time, from start_date ... until end_date": selection by start only
          // ("the api does not look at end times of time entries", github.com/toggl/mobileapp/pull/2284).
          entries = entries.filter((e) => e.start >= from && e.start < to);
        }
        const before = req.query.get('before');
        if (before !== null) {
          const limit = parseDateOrInstant(before);
          if (limit === undefined) return textError(400, 'Invalid date, use YYYY-MM-DD or RFC3339');
          entries = entries.filter((e) => e.start < limit);
        }
        // "Lists latest time entries": newest first, one unpaged array.
        entries.sort((a, b) => b.start - a.start || b.id - a.id);
        if (startRaw === null) entries = entries.slice(0, LATEST_CAP);
        return json(entries.map(view));
      },
    },
    {
      method: 'GET',
      pattern: `${ctx.api}/me/time_entries/current`,
      handler: () => {
        // "Load running time entry for user ID." — `null` when nothing runs (docs/api/time_entries, Response "null").
        const running = ctx.state.timeEntries.find((e) => mine(e) && e.stop === null);
        return json(running ? view(running) : null);
      },
    },
    {
      method: 'GET',
      pattern: `${ctx.api}/me/time_entries/:entryId`,
      handler: (req) => {
        const id = pathInt(req.params['entryId']);
        const entry = ctx.state.timeEntries.find((e) => e.id === id && mine(e));
        return entry ? json(view(entry)) : textError(404, 'Time entry not found');
      },
    },
    {
      method: 'POST',
      pattern: base,
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        if ('error' in w) return w.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        // "created_with" names the client app; required (v8 docs "created_with ... required"; v9 tutorial sends it).
        if (typeof body['created_with'] !== 'string' || body['created_with'] === '') return textError(400, 'created_with needs to be provided a valid value');
        // "Remember to replace {workspace_id} ... both in the URL path and in the payload" (docs/tracking).
        const bodyWid = body['workspace_id'] ?? body['wid'];
        if (bodyWid !== undefined && bodyWid !== w.id) return textError(400, 'Workspace ID in the body does not match the path');
        const entry: StoredTimeEntry = {
          id: ctx.state.nextId(),
          workspaceId: w.id,
          userId: me().id,
          projectId: null,
          taskId: null,
          tagIds: [],
          description: null,
          billable: false,
          start: 0,
          stop: null,
          createdWith: body['created_with'],
          at: 0,
        };
        const bad = apply(entry, body, true);
        if (bad) return bad;
        if (entry.stop === null) stopRunning(entry.userId, entry.start);
        ctx.state.timeEntries.push(entry);
        return json(view(entry));
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/:entryId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        const copy: StoredTimeEntry = { ...found.entry, tagIds: [...found.entry.tagIds] };
        const bad = apply(copy, body, false);
        if (bad) return bad;
        if (copy.stop === null && found.entry.stop !== null) stopRunning(copy.userId, copy.start, copy.id);
        Object.assign(found.entry, copy);
        return json(view(found.entry));
      },
    },
    {
      method: 'PATCH',
      pattern: `${base}/:entryId/stop`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        // Stopping a stopped entry is a conflict (status/wording not verified).
        if (found.entry.stop !== null) return textError(409, 'Time entry already stopped');
        found.entry.stop = Math.max(found.entry.start, ctx.state.now());
        found.entry.at = ctx.state.now();
        return json(view(found.entry));
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:entryId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        ctx.state.timeEntries.splice(ctx.state.timeEntries.indexOf(found.entry), 1);
        // "DELETE WorkspaceTimeEntries ... Response 200 Successful operation." with no body.
        return { status: 200 };
      },
    },
  ];
}
