/**
 * Projects: docs/api/projects (GET/POST /workspaces/{wid}/projects, GET/PUT/DELETE
 * .../projects/{project_id}); docs/projects (the tutorial page) shows the same paths.
 * The list is paged with `page`/`per_page` (see ../paging.ts) and filtered by `active`
 * (`true` default, `false`, `both`).
 */
import type { SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { json, textError } from '../envelope.js';
import { pageOf } from '../paging.js';
import type { StoredProject } from '../state.js';
import { projectView } from '../views.js';
import { boolFilter, isResponse, objectBody, pathInt, ws, workspaceOf, type RouteContext } from './context.js';

export function projectRoutes(ctx: RouteContext): SimRoute[] {
  const base = `${ws(ctx)}/projects`;
  const find = (req: SimRequest): { project: StoredProject } | { error: SimResponse } => {
    const w = workspaceOf(ctx, req);
    if ('error' in w) return w;
    const id = pathInt(req.params['projectId']);
    const project = ctx.state.projects.find((p) => p.id === id && p.workspaceId === w.id);
    return project ? { project } : { error: textError(404, 'Project not found') };
  };
  const apply = (project: StoredProject, body: Record<string, unknown>): SimResponse | undefined => {
    if ('name' in body) {
      if (typeof body['name'] !== 'string' || body['name'].trim() === '') return textError(400, 'Project name must not be empty');
      const taken = ctx.state.projects.some((p) => p.id !== project.id && p.workspaceId === project.workspaceId && p.name === body['name']);
      if (taken) return textError(400, 'Name has already been taken');
      project.name = body['name'];
    }
    const clientId = body['client_id'] ?? body['cid'];
    if (clientId !== undefined) {
      if (clientId === null) project.clientId = null;
      else if (!ctx.state.clients.some((c) => c.id === clientId && c.workspaceId === project.workspaceId)) return textError(400, 'Client with the ID not found');
      else project.clientId = clientId as number;
    }
    if (typeof body['active'] === 'boolean') project.active = body['active'];
    if (typeof body['is_private'] === 'boolean') project.isPrivate = body['is_private'];
    if (typeof body['billable'] === 'boolean') project.billable = body['billable'];
    if (typeof body['color'] === 'string') project.color = body['color'];
    if (typeof body['rate'] === 'number' || body['rate'] === null) project.rate = body['rate'] as number | null;
    if (typeof body['currency'] === 'string' || body['currency'] === null) project.currency = body['currency'] as string | null;
    if (typeof body['estimated_hours'] === 'number' || body['estimated_hours'] === null) project.estimatedHours = body['estimated_hours'] as number | null;
    project.at = ctx.state.now();
    return undefined;
  };
  return [
    {
      method: 'GET',
      pattern: base,
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        if ('error' in w) return w.error;
        const active = boolFilter(req.query.get('active')) ?? true;
        const matching = ctx.state.projects
          .filter((p) => p.workspaceId === w.id)
          .filter((p) => active === 'both' || p.active === active)
          .sort((a, b) => a.id - b.id);
        const page = pageOf(req, matching);
        return isResponse(page) ? page : json(page.map((p) => projectView(ctx.state, p)));
      },
    },
    {
      method: 'GET',
      pattern: `${base}/:projectId`,
      handler: (req) => {
        const found = find(req);
        return 'error' in found ? found.error : json(projectView(ctx.state, found.project));
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
        if (typeof body['name'] !== 'string') return textError(400, 'Project name must not be empty');
        const now = ctx.state.now();
        const project: StoredProject = {
          id: ctx.state.nextId(),
          workspaceId: w.id,
          clientId: null,
          name: '',
          color: '#0b83d9',
          active: true,
          isPrivate: true,
          billable: false,
          template: false,
          estimatedHours: null,
          rate: null,
          currency: null,
          createdAt: now,
          at: now,
        };
        const bad = apply(project, body);
        if (bad) return bad;
        ctx.state.projects.push(project);
        return json(projectView(ctx.state, project));
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/:projectId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        const copy = { ...found.project };
        const bad = apply(copy, body);
        if (bad) return bad;
        Object.assign(found.project, copy);
        return json(projectView(ctx.state, found.project));
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:projectId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        const id = found.project.id;
        ctx.state.projects.splice(ctx.state.projects.indexOf(found.project), 1);
        // Deleting a project deletes its tasks; its time entries stay, without a project
        // (docs/api/projects "DELETE WorkspaceProject", query `teDeletionMode`: "unassign" keeps them; default assumed).
        ctx.state.tasks = ctx.state.tasks.filter((t) => t.projectId !== id);
        for (const e of ctx.state.timeEntries) if (e.projectId === id) (e.projectId = null), (e.taskId = null);
        return { status: 200 };
      },
    },
  ];
}
