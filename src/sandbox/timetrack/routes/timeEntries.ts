/**
 * Project time entries (p:pte). List and its filters are documented; read, create, update and
 * delete are inferred from the CRUD pattern of the fully readable pages. References are by
 * name (`username`/`user`, `clientName` + `projectName`, `task`); durations are whole minutes
 * and obey `workedMinutes = (to − from) − breakMinutes`, which the server computes
 * (vendor-docs/timetrack.md §2.4: `workedMinutes` "excludes breaks"; §3.4 invariant). `from`
 * and `to` are the wall-clock span, the break lies inside it: `to` is when work stopped.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { badRequest, created, fail, noContent, ok, pass, type Outcome } from '../envelope.js';
import { paginate } from '../paging.js';
import { clientOf, projectOf, resolveProject, resolveTask, resolveUser } from '../resolve.js';
import { entryJson } from '../serialize.js';
import { allocateId, type EntryRecord, type TimeTrackState } from '../state.js';
import { MINUTE_MS, parseTimestamp, TIMESTAMP_HINT } from '../time.js';
import { coordinate, money, name, parseBody, text, timestamp } from '../validate.js';
import { bail, containsFilter, findById, handler, route, unwrap } from './shared.js';

const fields = z
  .object({
    // The object calls the user `user`, create bodies and filters call it `username`: accept both.
    username: name,
    user: name,
    clientName: name,
    projectName: name,
    task: name.nullable(),
    from: timestamp,
    to: timestamp,
    breakMinutes: z.number().int().min(0),
    workedMinutes: z.number().int().min(0),
    hourRate: money,
    billable: z.boolean(),
    flatRate: z.boolean(),
    details: text,
    tags: text,
    latitude: coordinate,
    longitude: coordinate,
    latitude1: coordinate,
    longitude1: coordinate,
  })
  .partial();

const createSchema = fields.required({ clientName: true, projectName: true, from: true, to: true });

type EntryFields = z.output<typeof fields>;

function pickUsername(body: EntryFields): Outcome<string | undefined> {
  if (body.username !== undefined && body.user !== undefined && body.username !== body.user) {
    return fail(badRequest('username and user name different users'));
  }
  return pass(body.username ?? body.user);
}

/**
 * Settles the minutes for a span. `breakMinutes` wins when sent; a lone `workedMinutes` implies
 * the break; sending both requires them to agree with the span, since the server computes.
 */
function settleMinutes(from: number, to: number, body: EntryFields, previousBreak: number): Outcome<number> {
  if (to <= from) return fail(badRequest('to must be after from'));
  const span = Math.floor((to - from) / MINUTE_MS);
  let breakMinutes = body.breakMinutes ?? previousBreak;
  if (body.breakMinutes === undefined && body.workedMinutes !== undefined) breakMinutes = span - body.workedMinutes;
  if (breakMinutes < 0 || breakMinutes > span) {
    return fail(badRequest(`breakMinutes must be between 0 and the ${span} minutes from 'from' to 'to'`));
  }
  if (body.workedMinutes !== undefined && body.workedMinutes !== span - breakMinutes) {
    return fail(badRequest(`workedMinutes must equal (to - from) - breakMinutes = ${span - breakMinutes}`));
  }
  return pass(breakMinutes);
}

function timeFilter(query: URLSearchParams, key: 'from' | 'to'): Outcome<number | undefined> {
  const raw = query.get(key);
  if (raw === null || raw === '') return pass(undefined);
  const ms = parseTimestamp(raw);
  return ms === undefined ? fail(badRequest(`${key}: ${TIMESTAMP_HINT}`)) : pass(ms);
}

export function timeEntryRoutes(state: TimeTrackState): SimRoute[] {
  return [
    ...route(
      'GET',
      '/project_time_entries',
      handler((req) => {
        const q = req.query;
        // Tables say `user`, every example says `username`; both select one user exactly.
        const username = q.get('username') || q.get('user');
        const userId = username ? unwrap(resolveUser(state, username)).id : undefined;
        const byClient = containsFilter(q, 'clientName');
        const byProject = containsFilter(q, 'projectName');
        // `from`/`to` bound the entry's start, inclusively, so an entry belongs to the day it began.
        // The docs (vendor-docs/timetrack.md §3.4, p:pte "search") give the parameters with a
        // date range as the example but not which end of an entry they bound; TimeTrack's daily
        // reports book an entry on the day it began (§2.10 `workDate`), so the start is bound here.
        // A long entry that began before `from` is therefore not in a list that sends `from`.
        const from = unwrap(timeFilter(q, 'from'));
        const to = unwrap(timeFilter(q, 'to'));
        const rows = state.entries
          .filter((e) => userId === undefined || e.userId === userId)
          .filter((e) => (from === undefined || e.from >= from) && (to === undefined || e.from <= to))
          .filter((e) => {
            const project = projectOf(state, e.projectId);
            return byProject(project.projectName) && byClient(clientOf(state, project.clientId).name);
          })
          .sort((a, b) => a.from - b.from || a.id - b.id);
        return ok(unwrap(paginate(rows, q)).map((e) => entryJson(state, e)));
      }),
    ),
    ...route(
      'GET',
      '/project_time_entries/:id',
      handler((req) => ok(entryJson(state, unwrap(findById(req, state.entries, 'Project time entry'))))),
    ),
    ...route(
      'POST',
      '/project_time_entries',
      handler((req) => {
        const body = unwrap(parseBody(createSchema, req.body));
        const username = unwrap(pickUsername(body));
        if (username === undefined) bail(badRequest('username is required'));
        const user = unwrap(resolveUser(state, username));
        const project = unwrap(resolveProject(state, body.projectName, body.clientName));
        const task = body.task ? unwrap(resolveTask(state, body.task)) : null;
        const breakMinutes = unwrap(settleMinutes(body.from, body.to, body, 0));
        const record: EntryRecord = {
          id: allocateId(state, 'entry'),
          userId: user.id,
          projectId: project.id,
          taskId: task?.id ?? null,
          // Without an explicit rate the most specific known one applies: task, then project.
          hourRate: body.hourRate !== undefined ? body.hourRate : (task?.hourRate ?? project.hourRate),
          latitude: body.latitude ?? null,
          longitude: body.longitude ?? null,
          latitude1: body.latitude1 ?? null,
          longitude1: body.longitude1 ?? null,
          billable: body.billable ?? true,
          flatRate: body.flatRate ?? false,
          details: body.details ?? null,
          tags: body.tags ?? null,
          from: body.from,
          to: body.to,
          breakMinutes,
        };
        state.entries.push(record);
        return created(entryJson(state, record));
      }),
    ),
    ...route(
      'PUT',
      '/project_time_entries/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.entries, 'Project time entry'));
        const body = unwrap(parseBody(fields, req.body));
        const username = unwrap(pickUsername(body));
        const userId = username !== undefined ? unwrap(resolveUser(state, username)).id : record.userId;
        // A partial reference is completed from the current one, so moving to a project of
        // another client needs both names, exactly as on create.
        const current = projectOf(state, record.projectId);
        const projectId =
          body.projectName !== undefined || body.clientName !== undefined
            ? unwrap(
                resolveProject(
                  state,
                  body.projectName ?? current.projectName,
                  body.clientName ?? clientOf(state, current.clientId).name,
                ),
              ).id
            : record.projectId;
        const taskId = body.task === undefined ? record.taskId : body.task === null ? null : unwrap(resolveTask(state, body.task)).id;
        const from = body.from ?? record.from;
        const to = body.to ?? record.to;
        const breakMinutes = unwrap(settleMinutes(from, to, body, record.breakMinutes));
        Object.assign(record, { userId, projectId, taskId, from, to, breakMinutes });
        if (body.hourRate !== undefined) record.hourRate = body.hourRate;
        if (body.billable !== undefined) record.billable = body.billable;
        if (body.flatRate !== undefined) record.flatRate = body.flatRate;
        if (body.details !== undefined) record.details = body.details;
        if (body.tags !== undefined) record.tags = body.tags;
        if (body.latitude !== undefined) record.latitude = body.latitude;
        if (body.longitude !== undefined) record.longitude = body.longitude;
        if (body.latitude1 !== undefined) record.latitude1 = body.latitude1;
        if (body.longitude1 !== undefined) record.longitude1 = body.longitude1;
        return ok(entryJson(state, record));
      }),
    ),
    ...route(
      'DELETE',
      '/project_time_entries/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.entries, 'Project time entry'));
        state.entries.splice(state.entries.indexOf(record), 1);
        return noContent();
      }),
    ),
  ];
}
