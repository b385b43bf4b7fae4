/**
 * Projects (p:projects): list with `projectName` / `clientName` substring search, read, create
 * (`projectName` + `clientName` required, the client must exist), update (all fields; a new
 * `clientName` must exist too), delete (inferred from the other pages).
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { badRequest, created, noContent, ok } from '../envelope.js';
import { paginate } from '../paging.js';
import { resolveClient } from '../resolve.js';
import { projectJson } from '../serialize.js';
import { allocateId, type ProjectRecord, type TimeTrackState } from '../state.js';
import { money, name, parseBody, text } from '../validate.js';
import { bail, containsFilter, findById, handler, route, unwrap } from './shared.js';

const editable = z
  .object({
    projectName: name,
    clientName: name,
    projectEnabled: z.boolean(),
    notes: text,
    hourRate: money,
    /** Minutes. */
    timeEstimated: z.number().min(0).nullable(),
    budgetEstimated: money,
  })
  .partial();

const createSchema = editable.required({ projectName: true, clientName: true });

export function projectRoutes(state: TimeTrackState): SimRoute[] {
  const clash = (projectName: string, clientId: number, except?: number) =>
    state.projects.some((p) => p.projectName === projectName && p.clientId === clientId && p.id !== except);

  return [
    ...route(
      'GET',
      '/projects',
      handler((req) => {
        const byProject = containsFilter(req.query, 'projectName');
        const byClient = containsFilter(req.query, 'clientName');
        const rows = state.projects.map((p) => projectJson(state, p)).filter((p) => byProject(p.projectName) && byClient(p.clientName));
        return ok(unwrap(paginate(rows, req.query)));
      }),
    ),
    ...route(
      'GET',
      '/projects/:id',
      handler((req) => ok(projectJson(state, unwrap(findById(req, state.projects, 'Project'))))),
    ),
    ...route(
      'POST',
      '/projects',
      handler((req) => {
        const body = unwrap(parseBody(createSchema, req.body));
        const client = unwrap(resolveClient(state, body.clientName));
        // Entries reference a project by (clientName, projectName), so that pair must be unique.
        if (clash(body.projectName, client.id)) bail(badRequest(`Project '${body.projectName}' already exists for client '${client.name}'`));
        const record: ProjectRecord = {
          id: allocateId(state, 'project'),
          projectName: body.projectName,
          clientId: client.id,
          projectEnabled: body.projectEnabled ?? true,
          notes: body.notes ?? null,
          hourRate: body.hourRate ?? null,
          timeEstimated: body.timeEstimated ?? null,
          budgetEstimated: body.budgetEstimated ?? null,
        };
        state.projects.push(record);
        return created(projectJson(state, record));
      }),
    ),
    ...route(
      'PUT',
      '/projects/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.projects, 'Project'));
        const body = unwrap(parseBody(editable, req.body));
        const clientId = body.clientName !== undefined ? unwrap(resolveClient(state, body.clientName)).id : record.clientId;
        const projectName = body.projectName ?? record.projectName;
        if (clash(projectName, clientId, record.id)) bail(badRequest(`Project '${projectName}' already exists for that client`));
        record.projectName = projectName;
        record.clientId = clientId;
        if (body.projectEnabled !== undefined) record.projectEnabled = body.projectEnabled;
        if (body.notes !== undefined) record.notes = body.notes;
        if (body.hourRate !== undefined) record.hourRate = body.hourRate;
        if (body.timeEstimated !== undefined) record.timeEstimated = body.timeEstimated;
        if (body.budgetEstimated !== undefined) record.budgetEstimated = body.budgetEstimated;
        return ok(projectJson(state, record));
      }),
    ),
    ...route(
      'DELETE',
      '/projects/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.projects, 'Project'));
        const used = state.entries.filter((e) => e.projectId === record.id).length;
        if (used > 0) bail(badRequest(`Project '${record.projectName}' has ${used} project time entries`));
        if ([...state.timers.values()].some((t) => t.status !== 'stopped' && t.projectId === record.id)) {
          bail(badRequest(`Project '${record.projectName}' has a running timer`));
        }
        state.projects.splice(state.projects.indexOf(record), 1);
        return noContent();
      }),
    ),
  ];
}
